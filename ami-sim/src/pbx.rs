//! The simulated PBX: its calls, variables, queues and endpoints, and the
//! handler that answers each action the way Asterisk 22 does (shapes follow
//! the captures in `testdata/asterisk22/`).

use std::collections::BTreeMap;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use ami_proto::actions::md5_key;
use ami_proto::{MAX_LINE_LEN, MAX_LINES, Message};
use regex::Regex;

use crate::config::{CommandStyle, Endpoint, Member, Queue, SimConfig, User};
use crate::events::{self, Class, Filters};
use crate::frames::{error, event, frame, list_complete, list_start, response};

/// Per-session protocol state.
#[derive(Debug)]
pub(crate) struct Session {
    pub(crate) user: Option<String>,
    pub(crate) write: bool,
    pub(crate) mask: Class,
    pub(crate) filters: Filters,
    pub(crate) challenge: Option<String>,
}

impl Session {
    pub(crate) fn new() -> Self {
        Self {
            user: None,
            write: false,
            mask: 0,
            filters: Filters::default(),
            challenge: None,
        }
    }

    /// Whether an event of `class`, encoded as `text`, goes to this session.
    pub(crate) fn wants(&self, class: Class, text: &[u8]) -> bool {
        self.user.is_some()
            && self.mask & class != 0
            && (self.filters.is_empty() || self.filters.passes(&String::from_utf8_lossy(text)))
    }
}

/// What handling an action did besides replying.
#[derive(Debug, Default)]
pub(crate) struct Effects {
    /// Close the connection once the reply is written.
    pub(crate) close: bool,
    /// Hold the reply this long first (failed login).
    pub(crate) delay: Duration,
    /// A login attempt to record: (user, success, auth kind).
    pub(crate) login: Option<(String, bool, &'static str)>,
}

/// An event for every session that wants it.
#[derive(Debug, Clone)]
pub(crate) struct Broadcast {
    pub(crate) class: Class,
    pub(crate) bytes: Vec<u8>,
}

#[derive(Debug, Clone)]
struct Channel {
    name: String,
    uniqueid: String,
    linkedid: String,
    state: u8,
    caller_num: String,
    caller_name: String,
    context: String,
    exten: String,
    priority: u32,
    app: String,
    data: String,
    created: Instant,
    vars: Vec<(String, String)>,
}

fn state_desc(state: u8) -> &'static str {
    match state {
        0 => "Down",
        4 => "Ring",
        5 => "Ringing",
        6 => "Up",
        _ => "Unknown",
    }
}

#[derive(Debug)]
struct Call {
    a: Channel,
    b: Option<Channel>,
    step: u8,
    next_at: Instant,
    bridge: String,
}

/// The simulated PBX.
#[derive(Debug)]
pub(crate) struct Pbx {
    users: Vec<User>,
    asterisk_version: String,
    ami_version: String,
    command_style: CommandStyle,
    system_name: Option<String>,
    call_duration: Duration,
    auth_fail_delay: Duration,
    queues: Vec<Queue>,
    endpoints: Vec<Endpoint>,
    globals: BTreeMap<String, String>,
    calls: Vec<Call>,
    calls_per_second: f64,
    next_generated: Option<Instant>,
    started: Instant,
    epoch: u64,
    counter: u64,
    processed: u64,
    rng: fastrand::Rng,
    broadcasts: Vec<Broadcast>,
}

/// Actions a reader (no write permission) may run.
const READER_ACTIONS: &[&str] = &[
    "ping",
    "events",
    "filter",
    "listcommands",
    "queuestatus",
    "queuesummary",
    "pjsipshowendpoints",
    "pjsipshowendpoint",
    "logoff",
];

/// Actions the simulator knows, for `ListCommands`: (name, description, privilege).
const COMMANDS: &[(&str, &str, &str)] = &[
    ("Challenge", "Generate Challenge for MD5 Auth.", "<none>"),
    ("Command", "Execute Asterisk CLI Command.", "command,all"),
    (
        "CoreSettings",
        "Show PBX core settings (version etc).",
        "system,reporting,all",
    ),
    (
        "CoreShowChannels",
        "List currently active channels.",
        "system,reporting,all",
    ),
    (
        "CoreStatus",
        "Show PBX core status variables.",
        "system,reporting,all",
    ),
    ("Events", "Control Event Flow.", "<none>"),
    (
        "Filter",
        "Dynamically add filters for the current manager session.",
        "system,all",
    ),
    (
        "Getvar",
        "Gets a channel variable or function value.",
        "call,reporting,all",
    ),
    ("Hangup", "Hangup channel.", "system,call,all"),
    ("ListCommands", "List available manager commands.", "<none>"),
    ("Login", "Login Manager.", "<none>"),
    ("Logoff", "Logoff Manager.", "<none>"),
    ("Originate", "Originate a call.", "originate,all"),
    (
        "PJSIPShowEndpoint",
        "Detail listing of an endpoint and its objects.",
        "system,all",
    ),
    ("PJSIPShowEndpoints", "Lists PJSIP endpoints.", "system,all"),
    ("Ping", "Keepalive command.", "<none>"),
    ("QueueAdd", "Add interface to queue.", "agent,all"),
    (
        "QueuePause",
        "Makes a queue member temporarily unavailable.",
        "agent,all",
    ),
    ("QueueRemove", "Remove interface from queue.", "agent,all"),
    ("QueueStatus", "Show queue status.", "<none>"),
    ("QueueSummary", "Show queue summary.", "<none>"),
    ("Redirect", "Redirect (transfer) a call.", "call,all"),
    (
        "Setvar",
        "Sets a channel variable or function value.",
        "call,all",
    ),
    (
        "Status",
        "List channel status.",
        "system,call,reporting,all",
    ),
    ("UserEvent", "Send an arbitrary event.", "user,all"),
];

/// Channel technologies an Originate may use.
const TECHS: &[&str] = &["PJSIP", "SIP", "IAX2", "DAHDI", "Local"];

impl Pbx {
    pub(crate) fn new(cfg: &SimConfig, now: Instant) -> Self {
        let epoch = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        Self {
            users: cfg.users.clone(),
            asterisk_version: cfg.asterisk_version.clone(),
            ami_version: cfg.ami_version.clone(),
            command_style: cfg.command_style,
            system_name: cfg.system_name.clone(),
            call_duration: cfg.call_duration,
            auth_fail_delay: cfg.auth_fail_delay,
            queues: cfg.queues.clone(),
            endpoints: cfg.endpoints.clone(),
            globals: BTreeMap::new(),
            calls: Vec::new(),
            calls_per_second: cfg.calls_per_second,
            next_generated: (cfg.calls_per_second > 0.0).then_some(now),
            started: now,
            epoch,
            counter: 0,
            processed: 0,
            rng: fastrand::Rng::with_seed(cfg.seed),
            broadcasts: Vec::new(),
        }
    }

    /// The banner line.
    pub(crate) fn banner(&self) -> Vec<u8> {
        format!("Asterisk Call Manager/{}\r\n", self.ami_version).into_bytes()
    }

    /// Sets the generated call rate (0 stops the generator).
    pub(crate) fn set_call_rate(&mut self, now: Instant, per_second: f64) {
        self.calls_per_second = per_second.max(0.0);
        self.next_generated = (self.calls_per_second > 0.0).then_some(now);
    }

    /// Live channels.
    pub(crate) fn channel_count(&self) -> usize {
        self.calls
            .iter()
            .map(|c| 1 + usize::from(c.b.is_some()))
            .sum()
    }

    /// Events produced since the last call.
    pub(crate) fn take_broadcasts(&mut self) -> Vec<Broadcast> {
        std::mem::take(&mut self.broadcasts)
    }

    /// The next moment something happens by itself.
    pub(crate) fn next_deadline(&self) -> Option<Instant> {
        let calls = self.calls.iter().map(|c| c.next_at).min();
        match (calls, self.next_generated) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// Runs what is due: generated calls start, calls move on.
    pub(crate) fn advance(&mut self, now: Instant) {
        // Bounded catch-up so a stalled loop does not start a storm of calls.
        let mut started = 0;
        while let Some(at) = self.next_generated {
            if at > now || started == 1000 {
                break;
            }
            self.start_generated_call(now);
            started += 1;
            let gap = Duration::from_secs_f64(1.0 / self.calls_per_second);
            self.next_generated = Some(at + gap);
        }
        let mut i = 0;
        while i < self.calls.len() {
            if self.calls[i].next_at <= now && self.step_call(i, now) {
                self.calls.swap_remove(i);
                self.processed += 1;
                continue;
            }
            i += 1;
        }
    }

    /// A shutdown notice, sent before a restart.
    pub(crate) fn shutdown_event(&self) -> Broadcast {
        let mut bytes = Vec::new();
        event(
            &mut bytes,
            "Shutdown",
            None,
            &[
                ("Privilege", "system,all"),
                ("Shutdown", "Cleanly"),
                ("Restart", "True"),
            ],
        );
        Broadcast {
            class: events::SYSTEM,
            bytes,
        }
    }

    fn new_uniqueid(&mut self) -> String {
        self.counter += 1;
        let prefix = self
            .system_name
            .as_deref()
            .map_or(String::new(), |s| format!("{s}-"));
        format!("{prefix}{}.{}", self.epoch, self.counter)
    }

    fn new_channel(
        &mut self,
        name: String,
        linkedid: Option<String>,
        context: &str,
        exten: &str,
    ) -> Channel {
        let uniqueid = self.new_uniqueid();
        Channel {
            linkedid: linkedid.unwrap_or_else(|| uniqueid.clone()),
            uniqueid,
            name,
            state: 0,
            caller_num: "<unknown>".into(),
            caller_name: "<unknown>".into(),
            context: context.into(),
            exten: exten.into(),
            priority: 1,
            app: String::new(),
            data: String::new(),
            created: Instant::now(),
            vars: Vec::new(),
        }
    }

    fn emit(&mut self, name: &str, headers: &[(&str, &str)]) {
        let class = events::class_of(name);
        let privilege = match class {
            events::SYSTEM => "system,all",
            events::DIALPLAN => "dialplan,all",
            events::USER => "user,all",
            events::CDR => "cdr,all",
            events::AGENT => "agent,all",
            events::SECURITY => "security,all",
            _ => "call,all",
        };
        let mut h: Vec<(&str, &str)> = vec![("Privilege", privilege)];
        if let Some(s) = &self.system_name {
            h.push(("SystemName", s));
        }
        h.extend_from_slice(headers);
        let mut bytes = Vec::new();
        event(&mut bytes, name, None, &h);
        self.broadcasts.push(Broadcast { class, bytes });
    }

    fn emit_channel(&mut self, name: &str, ch: &Channel, extra: &[(&str, &str)]) {
        let state = ch.state.to_string();
        let priority = ch.priority.to_string();
        let mut h: Vec<(&str, &str)> = vec![
            ("Channel", &ch.name),
            ("ChannelState", &state),
            ("ChannelStateDesc", state_desc(ch.state)),
            ("CallerIDNum", &ch.caller_num),
            ("CallerIDName", &ch.caller_name),
            ("ConnectedLineNum", "<unknown>"),
            ("ConnectedLineName", "<unknown>"),
            ("Language", "en"),
            ("AccountCode", ""),
            ("Context", &ch.context),
            ("Exten", &ch.exten),
            ("Priority", &priority),
            ("Uniqueid", &ch.uniqueid),
            ("Linkedid", &ch.linkedid),
        ];
        h.extend_from_slice(extra);
        self.emit(name, &h);
    }

    fn start_generated_call(&mut self, now: Instant) {
        let n = self.counter + 1;
        let from = 2000 + self.rng.u32(0..100);
        let to = 100 + self.rng.u32(0..50);
        let mut a = self.new_channel(
            format!("PJSIP/{from}-{n:08x}"),
            None,
            "from-internal",
            &to.to_string(),
        );
        a.caller_num = from.to_string();
        a.caller_name = format!("Caller {from}");
        a.state = 4;
        a.app = "Dial".into();
        a.data = format!("PJSIP/{to},30");
        self.emit_channel("Newchannel", &a.clone(), &[]);
        self.emit_channel(
            "VarSet",
            &a.clone(),
            &[("Variable", "CALLTYPE"), ("Value", "generated")],
        );
        self.emit_channel(
            "Newexten",
            &a.clone(),
            &[
                ("Extension", &to.to_string()),
                ("Application", "Dial"),
                ("AppData", &a.data.clone()),
            ],
        );
        let bridge = format!("{:08x}-sim-bridge-{n}", self.rng.u32(..));
        self.calls.push(Call {
            a,
            b: None,
            step: 1,
            next_at: now + Duration::from_millis(10),
            bridge,
        });
    }

    /// Moves call `i` one step; true when it is over.
    fn step_call(&mut self, i: usize, now: Instant) -> bool {
        let step = self.calls[i].step;
        match step {
            // Dial the callee.
            1 => {
                let a = self.calls[i].a.clone();
                let dest = a.exten.clone();
                let n = self.counter + 1;
                let mut b = self.new_channel(
                    format!("PJSIP/{dest}-{n:08x}"),
                    Some(a.linkedid.clone()),
                    "from-internal",
                    &dest,
                );
                b.state = 5;
                b.caller_num = dest.clone();
                self.emit_channel("Newchannel", &b, &[]);
                self.emit_channel(
                    "DialBegin",
                    &a,
                    &[
                        ("DestChannel", &b.name),
                        ("DestUniqueid", &b.uniqueid),
                        ("DialString", &dest),
                    ],
                );
                self.emit_channel("Newstate", &b, &[]);
                let call = &mut self.calls[i];
                call.b = Some(b);
                call.step = 2;
                call.next_at = now + Duration::from_millis(20);
            }
            // Answer and bridge.
            2 => {
                let call = &mut self.calls[i];
                call.a.state = 6;
                if let Some(b) = call.b.as_mut() {
                    b.state = 6;
                }
                let (a, b, bridge) = (call.a.clone(), call.b.clone(), call.bridge.clone());
                if let Some(b) = &b {
                    self.emit_channel("Newstate", b, &[]);
                    self.emit_channel(
                        "DialEnd",
                        &a,
                        &[
                            ("DestChannel", &b.name),
                            ("DestUniqueid", &b.uniqueid),
                            ("DialStatus", "ANSWER"),
                        ],
                    );
                }
                self.emit_channel("Newstate", &a, &[]);
                self.emit(
                    "BridgeCreate",
                    &[
                        ("BridgeUniqueid", &bridge),
                        ("BridgeType", "basic"),
                        ("BridgeTechnology", "simple_bridge"),
                        ("BridgeNumChannels", "0"),
                    ],
                );
                self.emit_channel(
                    "BridgeEnter",
                    &a,
                    &[("BridgeUniqueid", &bridge), ("BridgeNumChannels", "1")],
                );
                if let Some(b) = &b {
                    self.emit_channel(
                        "BridgeEnter",
                        b,
                        &[("BridgeUniqueid", &bridge), ("BridgeNumChannels", "2")],
                    );
                }
                let call = &mut self.calls[i];
                call.step = 3;
                call.next_at = now + self.call_duration;
            }
            // Hang up.
            _ => {
                let call = &self.calls[i];
                let (a, b, bridge) = (call.a.clone(), call.b.clone(), call.bridge.clone());
                self.emit_channel(
                    "BridgeLeave",
                    &a,
                    &[("BridgeUniqueid", &bridge), ("BridgeNumChannels", "1")],
                );
                if let Some(b) = &b {
                    self.emit_channel(
                        "BridgeLeave",
                        b,
                        &[("BridgeUniqueid", &bridge), ("BridgeNumChannels", "0")],
                    );
                }
                self.emit(
                    "BridgeDestroy",
                    &[
                        ("BridgeUniqueid", &bridge),
                        ("BridgeType", "basic"),
                        ("BridgeNumChannels", "0"),
                    ],
                );
                self.hangup_channel(&a, "16", "Normal Clearing");
                if let Some(b) = &b {
                    self.hangup_channel(b, "16", "Normal Clearing");
                }
                let secs = (now - a.created).as_secs().to_string();
                self.emit(
                    "Cdr",
                    &[
                        ("AccountCode", ""),
                        ("Source", &a.caller_num),
                        ("Destination", &a.exten),
                        ("DestinationContext", &a.context),
                        ("Channel", &a.name),
                        ("Duration", &secs),
                        ("BillableSeconds", &secs),
                        ("Disposition", "ANSWERED"),
                        ("UniqueID", &a.uniqueid),
                    ],
                );
                return true;
            }
        }
        false
    }

    fn hangup_channel(&mut self, ch: &Channel, cause: &str, text: &str) {
        self.emit_channel("SoftHangupRequest", ch, &[("Cause", cause)]);
        self.emit_channel("Hangup", ch, &[("Cause", cause), ("Cause-txt", text)]);
    }

    /// Answers one action from a session, appending reply frames to `out`.
    pub(crate) fn handle(
        &mut self,
        now: Instant,
        sess: &mut Session,
        msg: &Message,
        out: &mut Vec<u8>,
    ) -> Effects {
        let id_owned = msg.get_str("ActionID").map(|c| c.into_owned());
        let id = id_owned.as_deref();
        let mut fx = Effects::default();
        // Asterisk's input limits.
        if msg
            .as_bytes()
            .split(|&b| b == b'\n')
            .any(|l| l.len() + 1 > MAX_LINE_LEN)
        {
            error(out, id, "Failed to parse message: line too long");
            return fx;
        }
        if msg.len() > MAX_LINES {
            error(out, id, "Too many lines in message");
            return fx;
        }
        let Some(name) = msg.action_name().map(|c| c.into_owned()) else {
            error(out, id, "Missing action in request");
            return fx;
        };
        let lname = name.to_ascii_lowercase();
        let g = |k: &str| msg.get_str(k).map(|c| c.into_owned());
        if sess.user.is_none() && !matches!(lname.as_str(), "login" | "challenge" | "logoff") {
            error(out, id, "Permission denied");
            return fx;
        }
        if sess.user.is_some()
            && !sess.write
            && !READER_ACTIONS.contains(&lname.as_str())
            && lname != "login"
        {
            error(out, id, "Permission denied");
            return fx;
        }
        match lname.as_str() {
            "login" => self.login(sess, msg, id, out, &mut fx),
            "challenge" => {
                if g("AuthType").is_some_and(|a| a.eq_ignore_ascii_case("md5")) {
                    let c = self.rng.u32(100_000_000..1_000_000_000).to_string();
                    response(out, "Success", id, &[("Challenge", &c)]);
                    sess.challenge = Some(c);
                } else {
                    error(out, id, "Must specify AuthType");
                }
            }
            "logoff" => {
                response(
                    out,
                    "Goodbye",
                    id,
                    &[("Message", "Thanks for all the fish.")],
                );
                fx.close = true;
            }
            "ping" => {
                let ts = SystemTime::now()
                    .duration_since(UNIX_EPOCH)
                    .map_or(0.0, |d| d.as_secs_f64());
                response(
                    out,
                    "Success",
                    id,
                    &[("Ping", "Pong"), ("Timestamp", &format!("{ts:.6}"))],
                );
            }
            "events" => {
                sess.mask = events::parse_mask(&g("EventMask").unwrap_or_default());
                response(
                    out,
                    "Success",
                    id,
                    &[("Events", if sess.mask == 0 { "Off" } else { "On" })],
                );
            }
            "filter" => {
                let op = g("Operation").unwrap_or_else(|| "Add".into());
                match g("Filter") {
                    Some(f) if op.eq_ignore_ascii_case("add") && sess.filters.add(&f) => {
                        response(
                            out,
                            "Success",
                            id,
                            &[("Message", "Filter Added Successfully")],
                        );
                    }
                    Some(_) if !op.eq_ignore_ascii_case("add") => {
                        error(out, id, "Unknown operation")
                    }
                    _ => error(out, id, "Filter Not Added"),
                }
            }
            "command" => self.command(g("Command"), id, out),
            "coresettings" => {
                let sys = self.system_name.clone().unwrap_or_default();
                response(
                    out,
                    "Success",
                    id,
                    &[
                        ("AMIversion", &self.ami_version),
                        ("AsteriskVersion", &self.asterisk_version),
                        ("SystemName", &sys),
                        ("CoreMaxCalls", "0"),
                        ("CoreMaxLoadAvg", "0.000000"),
                        ("CoreRunUser", ""),
                        ("CoreRunGroup", ""),
                        ("CoreMaxFilehandles", "0"),
                        ("CoreRealTimeEnabled", "No"),
                        ("CoreCDRenabled", "Yes"),
                        ("CoreHTTPenabled", "No"),
                        ("SoundsSearchCustomDir", "No"),
                    ],
                );
            }
            "corestatus" => {
                let calls = self.calls.len().to_string();
                let processed = self.processed.to_string();
                response(
                    out,
                    "Success",
                    id,
                    &[
                        ("CoreStartupDate", "2026-11-26"),
                        ("CoreStartupTime", "17:37:14"),
                        ("CoreReloadDate", "2026-11-26"),
                        ("CoreReloadTime", "17:37:14"),
                        ("CoreCurrentCalls", &calls),
                        ("CoreProcessedCalls", &processed),
                    ],
                );
            }
            "status" => self.status(g("Channel"), id, out, now),
            "coreshowchannels" => self.core_show_channels(id, out, now),
            "queuestatus" => self.queue_status(g("Queue"), id, out),
            "queuesummary" => self.queue_summary(g("Queue"), id, out),
            "queueadd" => self.queue_add(msg, id, out),
            "queueremove" => self.queue_remove(g("Queue"), g("Interface"), id, out),
            "queuepause" => self.queue_pause(msg, id, out),
            "pjsipshowendpoints" => self.pjsip_endpoints(id, out),
            "pjsipshowendpoint" => self.pjsip_endpoint(g("Endpoint"), id, out),
            "originate" => self.originate(now, msg, id, out),
            "hangup" => self.hangup(g("Channel"), id, out),
            "redirect" => {
                let found = g("Channel").and_then(|c| {
                    self.find_channel_mut(&c).map(|ch| {
                        ch.context = g("Context").unwrap_or_default();
                        ch.exten = g("Exten").unwrap_or_default();
                    })
                });
                match found {
                    Some(()) => response(out, "Success", id, &[("Message", "Redirect successful")]),
                    None => error(out, id, "Channel not specified or not found"),
                }
            }
            "setvar" => {
                let (Some(var), value) = (g("Variable"), g("Value").unwrap_or_default()) else {
                    error(out, id, "No variable specified");
                    return fx;
                };
                match g("Channel") {
                    None => {
                        self.globals.insert(var, value);
                        response(out, "Success", id, &[("Message", "Variable Set")]);
                    }
                    Some(c) => match self.find_channel_mut(&c) {
                        Some(ch) => {
                            ch.vars.push((var, value));
                            response(out, "Success", id, &[("Message", "Variable Set")]);
                        }
                        None => error(out, id, "No such channel"),
                    },
                }
            }
            "getvar" => {
                let Some(var) = g("Variable") else {
                    error(out, id, "No variable specified");
                    return fx;
                };
                let value = match g("Channel") {
                    None => {
                        let key = var
                            .strip_prefix("GLOBAL(")
                            .and_then(|v| v.strip_suffix(')'))
                            .unwrap_or(&var);
                        Some(self.globals.get(key).cloned().unwrap_or_default())
                    }
                    Some(c) => self.find_channel_mut(&c).map(|ch| {
                        ch.vars
                            .iter()
                            .rev()
                            .find(|(k, _)| *k == var)
                            .map(|(_, v)| v.clone())
                            .unwrap_or_default()
                    }),
                };
                match value {
                    Some(v) => response(out, "Success", id, &[("Variable", &var), ("Value", &v)]),
                    None => error(out, id, "No such channel"),
                }
            }
            "userevent" => {
                let Some(name) = g("UserEvent") else {
                    error(out, id, "UserEvent header missing");
                    return fx;
                };
                let extra: Vec<(String, String)> = msg
                    .iter()
                    .filter(|h| !h.key.is_empty())
                    .filter(|h| {
                        !["action", "actionid", "userevent"]
                            .iter()
                            .any(|k| h.key.eq_ignore_ascii_case(k.as_bytes()))
                    })
                    .map(|h| (h.key_str().into_owned(), h.value_str().into_owned()))
                    .collect();
                let mut h: Vec<(&str, &str)> = vec![("UserEvent", &name)];
                h.extend(extra.iter().map(|(k, v)| (k.as_str(), v.as_str())));
                self.emit("UserEvent", &h);
                response(out, "Success", id, &[("Message", "Event Sent")]);
            }
            "listcommands" => {
                let rows: Vec<(String, String)> = COMMANDS
                    .iter()
                    .map(|(n, d, p)| ((*n).to_string(), format!("{d}  (Priv: {p})")))
                    .collect();
                let h: Vec<(&str, &str)> =
                    rows.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
                response(out, "Success", id, &h);
            }
            _ => error(
                out,
                id,
                &format!(
                    "Invalid/unknown command: {name}. Use Action: ListCommands to show available commands."
                ),
            ),
        }
        fx
    }

    fn login(
        &mut self,
        sess: &mut Session,
        msg: &Message,
        id: Option<&str>,
        out: &mut Vec<u8>,
        fx: &mut Effects,
    ) {
        let g = |k: &str| msg.get_str(k).map(|c| c.into_owned());
        let username = g("Username").unwrap_or_default();
        let md5 = g("AuthType").is_some_and(|a| a.eq_ignore_ascii_case("md5"));
        let user = self.users.iter().find(|u| u.username == username);
        let ok = match (user, md5) {
            (Some(u), false) => g("Secret").as_deref() == Some(u.secret.as_str()),
            (Some(u), true) => match (&sess.challenge, g("Key")) {
                (Some(c), Some(key)) => md5_key(c, &u.secret) == key,
                _ => false,
            },
            (None, _) => false,
        };
        let auth = if md5 { "md5" } else { "plain" };
        fx.login = Some((username.clone(), ok, auth));
        if !ok {
            error(out, id, "Authentication failed");
            fx.close = true;
            fx.delay = self.auth_fail_delay;
            return;
        }
        sess.write = user.is_some_and(|u| u.write);
        sess.user = Some(username);
        sess.mask = g("Events").map_or(events::ALL, |e| events::parse_mask(&e));
        response(
            out,
            "Success",
            id,
            &[("Message", "Authentication accepted")],
        );
        if sess.mask & events::SYSTEM != 0 {
            let up = self.started.elapsed().as_secs().to_string();
            let mut h: Vec<(&str, &str)> = vec![("Privilege", "system,all")];
            if let Some(s) = &self.system_name {
                h.push(("SystemName", s));
            }
            h.extend_from_slice(&[
                ("Uptime", &up),
                ("LastReload", &up),
                ("Status", "Fully Booted"),
            ]);
            event(out, "FullyBooted", None, &h);
        }
    }

    fn command(&mut self, cmd: Option<String>, id: Option<&str>, out: &mut Vec<u8>) {
        let Some(cmd) = cmd else {
            error(out, id, "No command provided");
            return;
        };
        let normalized = cmd
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_ascii_lowercase();
        let lines: Option<Vec<String>> = match normalized.as_str() {
            "core show version" => Some(vec![format!(
                "Asterisk {} built by sim @ ami-sim on a x86_64 running Linux",
                self.asterisk_version
            )]),
            "core show uptime" => Some(vec![
                format!(
                    "System uptime: {} seconds",
                    self.started.elapsed().as_secs()
                ),
                format!("Last reload: {} seconds", self.started.elapsed().as_secs()),
            ]),
            "core show channels" => {
                let mut l = vec![
                    "Channel              Location             State   Application(Data)"
                        .to_string(),
                ];
                for c in &self.calls {
                    for ch in std::iter::once(&c.a).chain(c.b.as_ref()) {
                        l.push(format!(
                            "{:<20} {:<20} {:<7} {}({})",
                            ch.name,
                            format!("{}@{}:{}", ch.exten, ch.context, ch.priority),
                            state_desc(ch.state),
                            ch.app,
                            ch.data
                        ));
                    }
                }
                l.push(format!("{} active channels", self.channel_count()));
                l.push(format!("{} active calls", self.calls.len()));
                l.push(format!("{} calls processed", self.processed));
                Some(l)
            }
            "queue show" => {
                let mut l = Vec::new();
                for q in &self.queues {
                    l.push(format!("{} has {} calls (max unlimited) in '{}' strategy (0s holdtime, 0s talktime), W:0, C:0, A:0, SL:0.0%, SL2:0.0% within 0s", q.name, q.callers.len(), q.strategy));
                    l.push("   Members: ".into());
                    for m in &q.members {
                        l.push(format!(
                            "      {} ({}){} (Not in use) has taken no calls yet",
                            m.name,
                            m.interface,
                            if m.paused { " (paused)" } else { "" }
                        ));
                    }
                    l.push(if q.callers.is_empty() {
                        "   No Callers".into()
                    } else {
                        "   Callers: ".into()
                    });
                    l.push(String::new());
                }
                Some(l)
            }
            _ => None,
        };
        let (ok, lines) = match lines {
            Some(l) => (true, l),
            None => (
                false,
                vec![format!(
                    "No such command '{cmd}' (type 'core show help {cmd}' for other possible commands)"
                )],
            ),
        };
        match self.command_style {
            CommandStyle::Modern => {
                let mut h: Vec<(&str, &str)> = vec![("Message", "Command output follows")];
                h.extend(lines.iter().map(|l| ("Output", l.as_str())));
                response(out, if ok { "Success" } else { "Error" }, id, &h);
            }
            CommandStyle::Legacy => {
                let mut h: Vec<(&str, &str)> =
                    vec![("Response", "Follows"), ("Privilege", "Command")];
                if let Some(id) = id {
                    h.push(("ActionID", id));
                }
                let mut head = Vec::new();
                frame(&mut head, &h);
                head.truncate(head.len() - 2); // the body follows the headers
                out.extend_from_slice(&head);
                for l in &lines {
                    out.extend_from_slice(l.as_bytes());
                    out.push(b'\n');
                }
                out.extend_from_slice(b"--END COMMAND--\r\n\r\n");
            }
        }
    }

    fn all_channels(&self) -> impl Iterator<Item = &Channel> {
        self.calls
            .iter()
            .flat_map(|c| std::iter::once(&c.a).chain(c.b.as_ref()))
    }

    fn find_channel_mut(&mut self, name: &str) -> Option<&mut Channel> {
        self.calls
            .iter_mut()
            .flat_map(|c| std::iter::once(&mut c.a).chain(c.b.as_mut()))
            .find(|ch| ch.name == name)
    }

    fn status(&self, only: Option<String>, id: Option<&str>, out: &mut Vec<u8>, now: Instant) {
        let chans: Vec<&Channel> = self
            .all_channels()
            .filter(|c| only.as_ref().is_none_or(|o| *o == c.name))
            .collect();
        if only.is_some() && chans.is_empty() {
            error(out, id, "No such channel");
            return;
        }
        list_start(out, id, "Channel status will follow");
        for ch in &chans {
            let state = ch.state.to_string();
            let priority = ch.priority.to_string();
            let secs = (now - ch.created).as_secs().to_string();
            let mut h: Vec<(&str, &str)> = vec![
                ("Privilege", "Call"),
                ("Channel", &ch.name),
                ("ChannelState", &state),
                ("ChannelStateDesc", state_desc(ch.state)),
                ("CallerIDNum", &ch.caller_num),
                ("CallerIDName", &ch.caller_name),
                ("Context", &ch.context),
                ("Exten", &ch.exten),
                ("Priority", &priority),
                ("Uniqueid", &ch.uniqueid),
                ("Linkedid", &ch.linkedid),
                ("Application", &ch.app),
                ("Data", &ch.data),
                ("Seconds", &secs),
            ];
            if let Some(id) = id {
                h.push(("ActionID", id));
            }
            event(out, "Status", None, &h);
        }
        let n = chans.len().to_string();
        event(
            out,
            "StatusComplete",
            id,
            &[("EventList", "Complete"), ("ListItems", &n), ("Items", &n)],
        );
    }

    fn core_show_channels(&self, id: Option<&str>, out: &mut Vec<u8>, now: Instant) {
        list_start(out, id, "Channels will follow");
        let mut n = 0;
        for ch in self.all_channels() {
            let state = ch.state.to_string();
            let priority = ch.priority.to_string();
            let d = (now - ch.created).as_secs();
            let dur = format!("{:02}:{:02}:{:02}", d / 3600, d / 60 % 60, d % 60);
            event(
                out,
                "CoreShowChannel",
                id,
                &[
                    ("Channel", &ch.name),
                    ("ChannelState", &state),
                    ("ChannelStateDesc", state_desc(ch.state)),
                    ("CallerIDNum", &ch.caller_num),
                    ("CallerIDName", &ch.caller_name),
                    ("Context", &ch.context),
                    ("Exten", &ch.exten),
                    ("Priority", &priority),
                    ("Uniqueid", &ch.uniqueid),
                    ("Linkedid", &ch.linkedid),
                    ("Application", &ch.app),
                    ("ApplicationData", &ch.data),
                    ("Duration", &dur),
                ],
            );
            n += 1;
        }
        list_complete(out, "CoreShowChannelsComplete", id, n);
    }

    fn queue_status(&self, only: Option<String>, id: Option<&str>, out: &mut Vec<u8>) {
        list_start(out, id, "Queue status will follow");
        let mut n = 0;
        for q in self
            .queues
            .iter()
            .filter(|q| only.as_ref().is_none_or(|o| *o == q.name))
        {
            let calls = q.callers.len().to_string();
            let mut h: Vec<(&str, &str)> = vec![
                ("Queue", &q.name),
                ("Max", "0"),
                ("Strategy", &q.strategy),
                ("Calls", &calls),
                ("Holdtime", "0"),
                ("TalkTime", "0"),
                ("Completed", "0"),
                ("Abandoned", "0"),
                ("ServiceLevel", "0"),
                ("ServicelevelPerf", "0.0"),
                ("Weight", "0"),
            ];
            if let Some(id) = id {
                h.push(("ActionID", id));
            }
            event(out, "QueueParams", None, &h);
            n += 1;
            for m in &q.members {
                member_event(out, "QueueMember", &q.name, m, id);
                n += 1;
            }
            for (pos, c) in q.callers.iter().enumerate() {
                let p = (pos + 1).to_string();
                let mut h: Vec<(&str, &str)> = vec![
                    ("Queue", &q.name),
                    ("Position", &p),
                    ("Channel", "PJSIP/caller-00000001"),
                    ("CallerIDNum", c),
                    ("CallerIDName", c),
                    ("Wait", "5"),
                    ("Priority", "0"),
                ];
                if let Some(id) = id {
                    h.push(("ActionID", id));
                }
                event(out, "QueueEntry", None, &h);
                n += 1;
            }
        }
        list_complete(out, "QueueStatusComplete", id, n);
    }

    fn queue_summary(&self, only: Option<String>, id: Option<&str>, out: &mut Vec<u8>) {
        list_start(out, id, "Queue summary will follow");
        let mut n = 0;
        for q in self
            .queues
            .iter()
            .filter(|q| only.as_ref().is_none_or(|o| *o == q.name))
        {
            let logged = q.members.len().to_string();
            let avail = q.members.iter().filter(|m| !m.paused).count().to_string();
            let callers = q.callers.len().to_string();
            let mut h: Vec<(&str, &str)> = vec![
                ("Queue", &q.name),
                ("LoggedIn", &logged),
                ("Available", &avail),
                ("Callers", &callers),
                ("HoldTime", "0"),
                ("TalkTime", "0"),
                ("LongestHoldTime", "0"),
            ];
            if let Some(id) = id {
                h.push(("ActionID", id));
            }
            event(out, "QueueSummary", None, &h);
            n += 1;
        }
        list_complete(out, "QueueSummaryComplete", id, n);
    }

    fn queue_add(&mut self, msg: &Message, id: Option<&str>, out: &mut Vec<u8>) {
        let g = |k: &str| msg.get_str(k).map(|c| c.into_owned());
        let (Some(queue), Some(interface)) = (g("Queue"), g("Interface")) else {
            error(out, id, "'Queue' and 'Interface' not set.");
            return;
        };
        let Some(q) = self.queues.iter_mut().find(|q| q.name == queue) else {
            error(out, id, "Unable to add interface to queue: No such queue");
            return;
        };
        if q.members.iter().any(|m| m.interface == interface) {
            error(out, id, "Unable to add interface: Already there");
            return;
        }
        let m = Member {
            name: g("MemberName").unwrap_or_else(|| interface.clone()),
            interface,
            penalty: g("Penalty").and_then(|p| p.parse().ok()).unwrap_or(0),
            paused: g("Paused").is_some_and(|p| p.eq_ignore_ascii_case("true") || p == "1"),
        };
        q.members.push(m.clone());
        response(
            out,
            "Success",
            id,
            &[("Message", "Added interface to queue")],
        );
        let mut ev = Vec::new();
        member_event(&mut ev, "QueueMemberAdded", &queue, &m, None);
        self.broadcasts.push(Broadcast {
            class: events::AGENT,
            bytes: ev,
        });
    }

    fn queue_remove(
        &mut self,
        queue: Option<String>,
        interface: Option<String>,
        id: Option<&str>,
        out: &mut Vec<u8>,
    ) {
        let (Some(queue), Some(interface)) = (queue, interface) else {
            error(out, id, "Need 'Queue' and 'Interface' parameters.");
            return;
        };
        let Some(q) = self.queues.iter_mut().find(|q| q.name == queue) else {
            error(out, id, "Unable to remove interface: No such queue");
            return;
        };
        let Some(at) = q.members.iter().position(|m| m.interface == interface) else {
            error(out, id, "Unable to remove interface: Not there");
            return;
        };
        let m = q.members.remove(at);
        response(
            out,
            "Success",
            id,
            &[("Message", "Removed interface from queue")],
        );
        let mut ev = Vec::new();
        member_event(&mut ev, "QueueMemberRemoved", &queue, &m, None);
        self.broadcasts.push(Broadcast {
            class: events::AGENT,
            bytes: ev,
        });
    }

    fn queue_pause(&mut self, msg: &Message, id: Option<&str>, out: &mut Vec<u8>) {
        let g = |k: &str| msg.get_str(k).map(|c| c.into_owned());
        let (Some(interface), Some(paused)) = (g("Interface"), g("Paused")) else {
            error(out, id, "Need 'Interface' and 'Paused' parameters.");
            return;
        };
        let paused = paused.eq_ignore_ascii_case("true") || paused == "1";
        let only = g("Queue");
        let mut changed = Vec::new();
        for q in self
            .queues
            .iter_mut()
            .filter(|q| only.as_ref().is_none_or(|o| *o == q.name))
        {
            for m in q.members.iter_mut().filter(|m| m.interface == interface) {
                m.paused = paused;
                changed.push((q.name.clone(), m.clone()));
            }
        }
        if changed.is_empty() {
            error(out, id, "Interface not found");
            return;
        }
        response(
            out,
            "Success",
            id,
            &[(
                "Message",
                if paused {
                    "Interface paused successfully"
                } else {
                    "Interface unpaused successfully"
                },
            )],
        );
        for (q, m) in changed {
            let mut ev = Vec::new();
            member_event(&mut ev, "QueueMemberPause", &q, &m, None);
            self.broadcasts.push(Broadcast {
                class: events::AGENT,
                bytes: ev,
            });
        }
    }

    fn pjsip_endpoints(&self, id: Option<&str>, out: &mut Vec<u8>) {
        list_start(
            out,
            id,
            "A listing of Endpoints follows, presented as EndpointList events",
        );
        for e in &self.endpoints {
            event(
                out,
                "EndpointList",
                id,
                &[
                    ("ObjectType", "endpoint"),
                    ("ObjectName", &e.name),
                    ("Transport", "transport-udp"),
                    ("Aor", &e.name),
                    ("Auths", &e.name),
                    ("OutboundAuths", ""),
                    ("Contacts", e.contact.as_deref().unwrap_or("")),
                    ("DeviceState", &e.state),
                    ("ActiveChannels", ""),
                ],
            );
        }
        list_complete(out, "EndpointListComplete", id, self.endpoints.len());
    }

    fn pjsip_endpoint(&self, name: Option<String>, id: Option<&str>, out: &mut Vec<u8>) {
        let Some(name) = name else {
            error(out, id, "Endpoint parameter missing.");
            return;
        };
        let Some(e) = self.endpoints.iter().find(|e| e.name == name) else {
            error(out, id, &format!("Unable to retrieve endpoint {name}"));
            return;
        };
        list_start(
            out,
            id,
            "Following are Events for each object associated with the Endpoint",
        );
        let mut n = 2;
        event(
            out,
            "EndpointDetail",
            id,
            &[
                ("ObjectType", "endpoint"),
                ("ObjectName", &e.name),
                ("Context", "from-internal"),
                ("Disallow", ""),
                ("Allow", "(ulaw|alaw)"),
                ("Aors", &e.name),
                ("Auth", &e.name),
                ("DeviceState", &e.state),
            ],
        );
        event(
            out,
            "AorDetail",
            id,
            &[
                ("ObjectType", "aor"),
                ("ObjectName", &e.name),
                ("MaxContacts", "1"),
                ("TotalContacts", if e.contact.is_some() { "1" } else { "0" }),
            ],
        );
        if let Some(c) = &e.contact {
            event(
                out,
                "ContactStatusDetail",
                id,
                &[
                    ("AOR", &e.name),
                    ("URI", c),
                    ("Status", "Reachable"),
                    ("RoundtripUsec", "512"),
                ],
            );
            n += 1;
        }
        list_complete(out, "EndpointDetailComplete", id, n);
    }

    fn originate(&mut self, now: Instant, msg: &Message, id: Option<&str>, out: &mut Vec<u8>) {
        let g = |k: &str| msg.get_str(k).map(|c| c.into_owned());
        let Some(channel) = g("Channel") else {
            error(out, id, "Channel not specified");
            return;
        };
        let is_async = g("Async").is_some_and(|a| {
            a.eq_ignore_ascii_case("true") || a.eq_ignore_ascii_case("yes") || a == "1"
        });
        let tech_ok = channel.split_once('/').is_some_and(|(t, rest)| {
            !rest.is_empty() && TECHS.iter().any(|x| x.eq_ignore_ascii_case(t))
        });
        let busy = channel.to_ascii_lowercase().contains("busy");
        if !tech_ok && !is_async {
            error(out, id, "Originate failed");
            return;
        }
        response(
            out,
            "Success",
            id,
            &[("Message", "Originate successfully queued")],
        );
        let context = g("Context").unwrap_or_else(|| "default".into());
        let exten = g("Exten").unwrap_or_else(|| "s".into());
        let n = self.counter + 1;
        let mut a = self.new_channel(format!("{channel}-{n:08x}"), None, &context, &exten);
        if let Some(cid) = g("CallerID") {
            a.caller_name = cid.clone();
            a.caller_num = cid;
        }
        a.app = g("Application").unwrap_or_default();
        a.data = g("Data").unwrap_or_default();
        a.vars = msg
            .get_all("Variable")
            .filter_map(|v| {
                let v = String::from_utf8_lossy(v);
                v.split_once('=')
                    .map(|(k, v)| (k.to_string(), v.to_string()))
            })
            .collect();
        if !tech_ok || busy {
            let reason = if busy { "5" } else { "0" };
            if is_async {
                let mut h: Vec<(&str, &str)> = vec![("Privilege", "call,all")];
                if let Some(id) = id {
                    h.push(("ActionID", id));
                }
                h.extend_from_slice(&[
                    ("Response", "Failure"),
                    ("Channel", &channel),
                    ("Context", &context),
                    ("Exten", &exten),
                    ("Reason", reason),
                    ("Uniqueid", "<null>"),
                ]);
                let mut bytes = Vec::new();
                event(&mut bytes, "OriginateResponse", None, &h);
                self.broadcasts.push(Broadcast {
                    class: events::CALL,
                    bytes,
                });
            }
            return;
        }
        a.state = 6;
        self.emit_channel("Newchannel", &a, &[]);
        for (k, v) in a.vars.clone() {
            self.emit_channel("VarSet", &a, &[("Variable", &k), ("Value", &v)]);
        }
        self.emit_channel("Newstate", &a, &[]);
        if is_async {
            let mut h: Vec<(&str, &str)> = vec![("Privilege", "call,all")];
            if let Some(id) = id {
                h.push(("ActionID", id));
            }
            let cid_num = a.caller_num.clone();
            let cid_name = a.caller_name.clone();
            h.extend_from_slice(&[
                ("Response", "Success"),
                ("Channel", &a.name),
                ("Context", &context),
                ("Exten", &exten),
                ("Reason", "4"),
                ("Uniqueid", &a.uniqueid),
                ("CallerIDNum", &cid_num),
                ("CallerIDName", &cid_name),
            ]);
            let mut bytes = Vec::new();
            event(&mut bytes, "OriginateResponse", None, &h);
            self.broadcasts.push(Broadcast {
                class: events::CALL,
                bytes,
            });
        }
        let bridge = format!("{:08x}-sim-bridge-{n}", self.rng.u32(..));
        self.calls.push(Call {
            a,
            b: None,
            step: 3,
            next_at: now + self.call_duration,
            bridge,
        });
    }

    fn hangup(&mut self, channel: Option<String>, id: Option<&str>, out: &mut Vec<u8>) {
        let Some(channel) = channel else {
            error(out, id, "No channel specified");
            return;
        };
        let regex = channel
            .strip_prefix('/')
            .and_then(|c| c.strip_suffix('/'))
            .map(Regex::new);
        let matches = |name: &str| match &regex {
            Some(Ok(re)) => re.is_match(name),
            Some(Err(_)) => false,
            None => name == channel,
        };
        let victims: Vec<usize> = (0..self.calls.len())
            .filter(|&i| {
                let c = &self.calls[i];
                matches(&c.a.name) || c.b.as_ref().is_some_and(|b| matches(&b.name))
            })
            .collect();
        if regex.is_none() && victims.is_empty() {
            error(out, id, "No such channel");
            return;
        }
        let mut hung = Vec::new();
        for &i in victims.iter().rev() {
            let call = self.calls.swap_remove(i);
            self.processed += 1;
            for ch in std::iter::once(&call.a).chain(call.b.as_ref()) {
                self.hangup_channel(ch, "16", "Normal Clearing");
                hung.push(ch.name.clone());
            }
        }
        if regex.is_some() {
            list_start(out, id, "Channels hung up will follow");
            for name in &hung {
                event(out, "ChannelHungup", id, &[("Channel", name)]);
            }
            list_complete(out, "ChannelsHungupListComplete", id, hung.len());
        } else {
            response(out, "Success", id, &[("Message", "Channel Hungup")]);
        }
    }
}

fn member_event(out: &mut Vec<u8>, name: &str, queue: &str, m: &Member, id: Option<&str>) {
    let penalty = m.penalty.to_string();
    let mut h: Vec<(&str, &str)> = vec![
        ("Queue", queue),
        ("Name", &m.name),
        ("Location", &m.interface),
        ("StateInterface", &m.interface),
        ("Membership", "static"),
        ("Penalty", &penalty),
        ("CallsTaken", "0"),
        ("LastCall", "0"),
        ("InCall", "0"),
        ("Status", "1"),
        ("Paused", if m.paused { "1" } else { "0" }),
        ("PausedReason", ""),
    ];
    if let Some(id) = id {
        h.push(("ActionID", id));
    }
    event(out, name, None, &h);
}
