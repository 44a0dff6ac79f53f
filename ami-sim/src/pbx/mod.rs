//! The simulated PBX: its calls, variables, queues and endpoints, and the
//! handler that answers each action the way Asterisk 22 does (shapes follow
//! the captures in `testdata/asterisk22/`).

use std::collections::{BTreeMap, HashMap};
use std::net::SocketAddr;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use ami_proto::actions::md5_key;
use ami_proto::{MAX_LINE_LEN, MAX_LINES, Message};

use crate::config::{CommandStyle, Endpoint, Queue, SimConfig, User};
use crate::events::{self, Class, Filters};
use crate::frames::{error, event, response};

mod calls;
mod command;
mod pjsip;
mod queues;

use calls::{Call, Channel, state_desc};

/// Per-session protocol state.
#[derive(Debug)]
pub(crate) struct Session {
    pub(crate) user: Option<String>,
    pub(crate) write: bool,
    pub(crate) mask: Class,
    pub(crate) filters: Filters,
    pub(crate) challenge: Option<String>,
    /// The connection's id, the simulator's stand-in for Asterisk's session
    /// pointer in `SessionID`.
    pub(crate) id: u64,
    /// The server's end of the connection (`LocalAddress`).
    pub(crate) local: Option<SocketAddr>,
    /// The client's end (`RemoteAddress`).
    pub(crate) peer: Option<SocketAddr>,
    /// When the connection was accepted (`SessionTV`).
    pub(crate) started: SystemTime,
}

impl Session {
    pub(crate) fn new(id: u64, local: Option<SocketAddr>, peer: Option<SocketAddr>) -> Self {
        Self {
            user: None,
            write: false,
            mask: 0,
            filters: Filters::default(),
            challenge: None,
            id,
            local,
            peer,
            started: SystemTime::now(),
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
    security_events: bool,
    local_channel_pairs: bool,
    queues: Vec<Queue>,
    endpoints: Vec<Endpoint>,
    /// Login and pause times of queue members, by (queue, interface); a
    /// configured member missing here was logged in at load.
    member_times: HashMap<(String, String), queues::MemberTimes>,
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
            security_events: cfg.security_events,
            local_channel_pairs: cfg.local_channel_pairs,
            queues: cfg.queues.clone(),
            endpoints: cfg.endpoints.clone(),
            member_times: HashMap::new(),
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

    /// [`Pbx::emit`] with owned headers.
    fn emit_owned(&mut self, name: &str, headers: &[(String, String)]) {
        let h: Vec<(&str, &str)> = headers
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        self.emit(name, &h);
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
            ("ConnectedLineNum", &ch.connected_num),
            ("ConnectedLineName", &ch.connected_name),
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
        if self.security_events {
            self.successful_auth(sess);
        }
    }

    /// `SuccessfulAuth` (security event version 1), broadcast so that every
    /// session with the `security` class sees it, the new one included, after
    /// the login reply: `event_stream.raw` shows it right after FullyBooted.
    fn successful_auth(&mut self, sess: &Session) {
        let now = event_tv(SystemTime::now());
        let started = event_tv(sess.started);
        // Asterisk prints its session pointer (`%p`); a made-up address of
        // the same shape, distinct per connection.
        let session_id = format!("{:#014x}", 0x7f39_0000_0000_u64 | (sess.id << 8));
        let local = security_addr(sess.local);
        let remote = security_addr(sess.peer);
        let account = sess.user.clone().unwrap_or_default();
        self.emit(
            "SuccessfulAuth",
            &[
                ("EventTV", &now),
                ("Severity", "Informational"),
                ("Service", "AMI"),
                ("EventVersion", "1"),
                ("AccountID", &account),
                ("SessionID", &session_id),
                ("LocalAddress", &local),
                ("RemoteAddress", &remote),
                // Asterisk never sets `using_password` for AMI logins.
                ("UsingPassword", "0"),
                ("SessionTV", &started),
            ],
        );
    }
}

/// An address as security events print it: `IPV4/TCP/127.0.0.1/5038`.
fn security_addr(addr: Option<SocketAddr>) -> String {
    match addr {
        Some(SocketAddr::V4(a)) => format!("IPV4/TCP/{}/{}", a.ip(), a.port()),
        Some(SocketAddr::V6(a)) => format!("IPV6/TCP/{}/{}", a.ip(), a.port()),
        None => String::new(),
    }
}

/// A time as security events print it, in UTC: `2026-11-26T17:38:03.879+0000`.
fn event_tv(t: SystemTime) -> String {
    let d = t.duration_since(UNIX_EPOCH).unwrap_or_default();
    let secs = d.as_secs();
    let (days, rem) = (secs / 86_400, secs % 86_400);
    let (y, m, day) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{day:02}T{:02}:{:02}:{:02}.{:03}+0000",
        rem / 3600,
        rem / 60 % 60,
        rem % 60,
        d.subsec_millis()
    )
}

/// (year, month, day) of a day count since 1970-01-01 (Howard Hinnant's
/// `civil_from_days`, for days on or after the epoch).
fn civil_from_days(days: u64) -> (u64, u64, u64) {
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z % 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + u64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use std::time::{Duration, UNIX_EPOCH};

    use super::event_tv;

    #[test]
    fn event_tv_is_utc_with_millis() {
        assert_eq!(event_tv(UNIX_EPOCH), "1970-01-01T00:00:00.000+0000");
        // The capture's first SuccessfulAuth: 2026-11-26T17:38:03.879.
        let t = UNIX_EPOCH + Duration::from_millis(1_795_714_683_879);
        assert_eq!(event_tv(t), "2026-11-26T17:38:03.879+0000");
        let leap = UNIX_EPOCH + Duration::from_secs(951_782_400); // 2000-02-29
        assert_eq!(event_tv(leap), "2000-02-29T00:00:00.000+0000");
    }
}
