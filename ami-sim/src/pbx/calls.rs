//! Calls: the channel model, the call generator's lifecycle, Originate,
//! Hangup, and the channel listings (Status, CoreShowChannels).

use std::time::{Duration, Instant};

use ami_proto::Message;
use regex::Regex;

use super::Pbx;
use crate::frames::{error, event, list_complete, list_start, response};

#[derive(Debug, Clone)]
pub(super) struct Channel {
    pub(super) name: String,
    pub(super) uniqueid: String,
    pub(super) linkedid: String,
    pub(super) state: u8,
    pub(super) caller_num: String,
    pub(super) caller_name: String,
    pub(super) connected_num: String,
    pub(super) connected_name: String,
    pub(super) context: String,
    pub(super) exten: String,
    pub(super) priority: u32,
    pub(super) app: String,
    pub(super) data: String,
    pub(super) created: Instant,
    pub(super) vars: Vec<(String, String)>,
}

pub(super) fn state_desc(state: u8) -> &'static str {
    match state {
        0 => "Down",
        4 => "Ring",
        5 => "Ringing",
        6 => "Up",
        _ => "Unknown",
    }
}

#[derive(Debug)]
pub(super) struct Call {
    pub(super) a: Channel,
    pub(super) b: Option<Channel>,
    pub(super) step: u8,
    pub(super) next_at: Instant,
    pub(super) bridge: String,
    /// Whether the legs sit in `bridge` (a Local pair is joined by the
    /// Local channel driver instead, and leaves no bridge at hang-up).
    pub(super) bridged: bool,
}

/// Where an originated channel goes once answered.
#[derive(Debug, Clone)]
pub(super) enum OriginateTarget {
    /// `Application` and `Data`.
    App(String, String),
    /// `Context` and `Exten`.
    Exten(String, String),
}

/// Splits a `CallerID` value into (name, number) like Asterisk's
/// `ast_callerid_split`: `"Name" <num>`, `Name <num>`, a bare number, or a
/// bare name. A missing part reads `<unknown>`, as in channel events.
pub(super) fn parse_callerid(cid: &str) -> (String, String) {
    let cid = cid.trim();
    let (name, num) = match cid.rfind('<').zip(cid.rfind('>')) {
        Some((lt, gt)) if lt < gt => (cid[..lt].trim(), cid[lt + 1..gt].trim()),
        _ if !cid.is_empty()
            && cid
                .chars()
                .all(|c| c.is_ascii_digit() || "+*#-() ".contains(c)) =>
        {
            ("", cid)
        }
        _ => (cid, ""),
    };
    let name = name.trim_matches('"').trim();
    let unknown = |v: &str| {
        if v.is_empty() {
            "<unknown>".to_owned()
        } else {
            v.to_owned()
        }
    };
    (unknown(name), unknown(num))
}

/// A channel's snapshot fields with a prefix (`Dest`, `LocalOne`, ...), as
/// Asterisk writes them for the channels an event names after its first.
pub(super) fn snapshot(prefix: &str, ch: &Channel) -> Vec<(String, String)> {
    [
        ("Channel", ch.name.clone()),
        ("ChannelState", ch.state.to_string()),
        ("ChannelStateDesc", state_desc(ch.state).to_owned()),
        ("CallerIDNum", ch.caller_num.clone()),
        ("CallerIDName", ch.caller_name.clone()),
        ("ConnectedLineNum", ch.connected_num.clone()),
        ("ConnectedLineName", ch.connected_name.clone()),
        ("Language", "en".to_owned()),
        ("AccountCode", String::new()),
        ("Context", ch.context.clone()),
        ("Exten", ch.exten.clone()),
        ("Priority", ch.priority.to_string()),
        ("Uniqueid", ch.uniqueid.clone()),
        ("Linkedid", ch.linkedid.clone()),
    ]
    .into_iter()
    .map(|(k, v)| (format!("{prefix}{k}"), v))
    .collect()
}

/// Channel technologies an Originate may use.
const TECHS: &[&str] = &["PJSIP", "SIP", "IAX2", "DAHDI", "Local"];

impl Pbx {
    pub(super) fn new_uniqueid(&mut self) -> String {
        self.counter += 1;
        let prefix = self
            .system_name
            .as_deref()
            .map_or(String::new(), |s| format!("{s}-"));
        format!("{prefix}{}.{}", self.epoch, self.counter)
    }

    pub(super) fn new_channel(
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
            connected_num: "<unknown>".into(),
            connected_name: "<unknown>".into(),
            context: context.into(),
            exten: exten.into(),
            priority: 1,
            app: String::new(),
            data: String::new(),
            created: Instant::now(),
            vars: Vec::new(),
        }
    }

    pub(super) fn start_generated_call(&mut self, now: Instant) {
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
            bridged: true,
        });
    }

    /// Moves call `i` one step; true when it is over.
    pub(super) fn step_call(&mut self, i: usize, now: Instant) -> bool {
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
                if call.bridged {
                    self.leave_bridge(&a, b.as_ref(), &bridge);
                }
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

    /// Both legs leave the call's bridge, which goes away.
    fn leave_bridge(&mut self, a: &Channel, b: Option<&Channel>, bridge: &str) {
        self.emit_channel(
            "BridgeLeave",
            a,
            &[("BridgeUniqueid", bridge), ("BridgeNumChannels", "1")],
        );
        if let Some(b) = b {
            self.emit_channel(
                "BridgeLeave",
                b,
                &[("BridgeUniqueid", bridge), ("BridgeNumChannels", "0")],
            );
        }
        self.emit(
            "BridgeDestroy",
            &[
                ("BridgeUniqueid", bridge),
                ("BridgeType", "basic"),
                ("BridgeNumChannels", "0"),
            ],
        );
    }

    pub(super) fn hangup_channel(&mut self, ch: &Channel, cause: &str, text: &str) {
        self.emit_channel("SoftHangupRequest", ch, &[("Cause", cause)]);
        self.emit_channel("Hangup", ch, &[("Cause", cause), ("Cause-txt", text)]);
    }

    pub(super) fn all_channels(&self) -> impl Iterator<Item = &Channel> {
        self.calls
            .iter()
            .flat_map(|c| std::iter::once(&c.a).chain(c.b.as_ref()))
    }

    pub(super) fn find_channel_mut(&mut self, name: &str) -> Option<&mut Channel> {
        self.calls
            .iter_mut()
            .flat_map(|c| std::iter::once(&mut c.a).chain(c.b.as_mut()))
            .find(|ch| ch.name == name)
    }

    pub(super) fn status(
        &self,
        only: Option<String>,
        id: Option<&str>,
        out: &mut Vec<u8>,
        now: Instant,
    ) {
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

    pub(super) fn core_show_channels(&self, id: Option<&str>, out: &mut Vec<u8>, now: Instant) {
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

    pub(super) fn originate(
        &mut self,
        now: Instant,
        msg: &Message,
        id: Option<&str>,
        out: &mut Vec<u8>,
    ) {
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
        let app = g("Application");
        let n = self.counter + 1;
        let mut a = self.new_channel(format!("{channel}-{n:08x}"), None, &context, &exten);
        if let Some(cid) = g("CallerID") {
            (a.caller_name, a.caller_num) = parse_callerid(&cid);
        }
        a.app = app.clone().unwrap_or_default();
        a.data = g("Data").unwrap_or_default();
        a.vars = msg
            .get_all("Variable")
            .filter_map(|v| {
                let v = String::from_utf8_lossy(v);
                v.split_once('=')
                    .map(|(k, v)| (k.to_string(), v.to_string()))
            })
            .collect();
        let target = match (&app, &context, &exten) {
            (Some(app), _, _) => OriginateTarget::App(app.clone(), a.data.clone()),
            (None, ctx, ext) => OriginateTarget::Exten(ctx.clone(), ext.clone()),
        };
        if !tech_ok || busy {
            let reason = if busy { "5" } else { "0" };
            if is_async {
                let (num, name) = (a.caller_num.clone(), a.caller_name.clone());
                self.originate_response(
                    id, "Failure", &channel, &target, reason, "<null>", &num, &name,
                );
            }
            return;
        }
        if self.local_channel_pairs {
            if let Some(dest) = channel
                .get(..6)
                .filter(|t| t.eq_ignore_ascii_case("Local/"))
                .map(|_| &channel[6..])
            {
                let priority = g("Priority").and_then(|p| p.parse().ok()).unwrap_or(1);
                let has_cid = g("CallerID").is_some();
                self.originate_local(now, id, dest, a, &target, priority, has_cid, is_async);
                return;
            }
        }
        a.state = 6;
        self.emit_channel("Newchannel", &a, &[]);
        for (k, v) in a.vars.clone() {
            self.emit_channel("VarSet", &a, &[("Variable", &k), ("Value", &v)]);
        }
        self.emit_channel("Newstate", &a, &[]);
        if is_async {
            let (name, uid) = (a.name.clone(), a.uniqueid.clone());
            let (num, cname) = (a.caller_num.clone(), a.caller_name.clone());
            self.originate_response(id, "Success", &name, &target, "4", &uid, &num, &cname);
        }
        let bridge = format!("{:08x}-sim-bridge-{n}", self.rng.u32(..));
        self.calls.push(Call {
            a,
            b: None,
            step: 3,
            next_at: now + self.call_duration,
            bridge,
            bridged: true,
        });
    }

    /// Originate to `Local/exten@context[/options]` the way Asterisk 22 runs
    /// it (event order from `originate_async_events_on.raw`): the `;1` half
    /// is dialled (`AppDial2`), gets the caller ID, and is bridged by the
    /// Local driver to the `;2` half, which runs `exten@context`. The
    /// simulator has no dialplan: `;2` answers at priority 1, and a
    /// dialplan target runs a `NoOp` on `;1` (an application target runs
    /// on `;1` directly, without a `Newexten`, as in `event_stream.raw`).
    /// `orig` carries the uniqueid, caller ID, variables and target app.
    #[allow(clippy::too_many_arguments)]
    fn originate_local(
        &mut self,
        now: Instant,
        id: Option<&str>,
        dest: &str,
        orig: Channel,
        target: &OriginateTarget,
        priority: u32,
        has_cid: bool,
        is_async: bool,
    ) {
        let (dial, options) = dest.split_once('/').unwrap_or((dest, ""));
        let (exten, context) = dial.split_once('@').unwrap_or((dial, "default"));
        let n = self.counter;
        let base = format!("Local/{exten}@{context}-{n:08x}");
        let mut a = Channel {
            name: format!("{base};1"),
            state: 0,
            caller_num: "<unknown>".into(),
            caller_name: "<unknown>".into(),
            context: context.into(),
            exten: exten.into(),
            priority: 1,
            app: "AppDial2".into(),
            data: "(Outgoing Line)".into(),
            ..orig.clone()
        };
        let mut b = self.new_channel(
            format!("{base};2"),
            Some(a.uniqueid.clone()),
            context,
            exten,
        );
        b.state = 4;
        self.emit_channel("Newchannel", &a, &[]);
        self.emit_channel("Newchannel", &b, &[]);
        self.emit_channel(
            "Newexten",
            &a,
            &[
                ("Extension", exten),
                ("Application", "AppDial2"),
                ("AppData", "(Outgoing Line)"),
            ],
        );
        const PRES: (&str, &str) = ("CID-CallingPres", "0 (Presentation Allowed, Not Screened)");
        for (k, v) in &a.vars {
            self.emit_channel("VarSet", &a, &[("Variable", k), ("Value", v)]);
        }
        if has_cid {
            a.caller_num.clone_from(&orig.caller_num);
            a.caller_name.clone_from(&orig.caller_name);
            self.emit_channel("NewCallerid", &a, &[PRES]);
            a.connected_num.clone_from(&orig.caller_num);
            a.connected_name.clone_from(&orig.caller_name);
            self.emit_channel("NewConnectedLine", &a, &[]);
        }
        // `;2` inherits the variables (in reverse, as the capture shows) and
        // both caller and connected line at once.
        b.vars = a.vars.iter().rev().cloned().collect();
        for (k, v) in &b.vars {
            self.emit_channel("VarSet", &b, &[("Variable", k), ("Value", v)]);
        }
        if has_cid {
            b.caller_num.clone_from(&a.caller_num);
            b.caller_name.clone_from(&a.caller_name);
            b.connected_num.clone_from(&a.connected_num);
            b.connected_name.clone_from(&a.connected_name);
            self.emit_channel("NewCallerid", &b, &[PRES]);
            self.emit_channel("NewConnectedLine", &b, &[]);
        }
        let mut h = snapshot("LocalOne", &a);
        h.extend(snapshot("LocalTwo", &b));
        h.extend([
            ("Context".to_owned(), context.to_owned()),
            ("Exten".to_owned(), exten.to_owned()),
            (
                "LocalOptimization".to_owned(),
                if options.contains('n') { "No" } else { "Yes" }.to_owned(),
            ),
        ]);
        self.emit_owned("LocalBridge", &h);
        let mut h = snapshot("Dest", &a);
        h.push(("DialString".to_owned(), dest.to_owned()));
        self.emit_owned("DialBegin", &h);
        b.app = "Answer".into();
        b.data = String::new();
        self.emit_channel(
            "Newexten",
            &b,
            &[
                ("Extension", exten),
                ("Application", "Answer"),
                ("AppData", ""),
            ],
        );
        b.state = 6;
        self.emit_channel("Newstate", &b, &[]);
        a.state = 6;
        self.emit_channel("Newstate", &a, &[]);
        if is_async {
            let (name, uid) = (a.name.clone(), a.uniqueid.clone());
            let (num, cname) = (a.caller_num.clone(), a.caller_name.clone());
            self.originate_response(id, "Success", &name, target, "4", &uid, &num, &cname);
        }
        let mut h = snapshot("Dest", &a);
        h.push(("DialStatus".to_owned(), "ANSWER".to_owned()));
        self.emit_owned("DialEnd", &h);
        match target {
            OriginateTarget::App(app, data) => {
                a.app.clone_from(app);
                a.data.clone_from(data);
            }
            OriginateTarget::Exten(context, exten) => {
                a.context.clone_from(context);
                a.exten.clone_from(exten);
                a.priority = priority;
                a.app = "NoOp".into();
                a.data = String::new();
                self.emit_channel(
                    "Newexten",
                    &a,
                    &[
                        ("Extension", exten),
                        ("Application", "NoOp"),
                        ("AppData", ""),
                    ],
                );
            }
        }
        let bridge = format!("{:08x}-sim-bridge-{n}", self.rng.u32(..));
        self.calls.push(Call {
            a,
            b: Some(b),
            step: 3,
            next_at: now + self.call_duration,
            bridge,
            bridged: false,
        });
    }

    /// Broadcasts the `OriginateResponse` of an async Originate, shaped like
    /// Asterisk's (`manager.c`): the ActionID after Privilege and
    /// SystemName, then `Application`/`Data` for an application originate
    /// or `Context`/`Exten` for a dialplan one.
    // One argument per field of the event, in its order: clearer here than
    // a struct built for a single call site pair.
    #[allow(clippy::too_many_arguments)]
    fn originate_response(
        &mut self,
        id: Option<&str>,
        response: &str,
        channel: &str,
        target: &OriginateTarget,
        reason: &str,
        uniqueid: &str,
        cid_num: &str,
        cid_name: &str,
    ) {
        let mut h: Vec<(&str, &str)> = Vec::with_capacity(9);
        if let Some(id) = id {
            h.push(("ActionID", id));
        }
        h.extend_from_slice(&[("Response", response), ("Channel", channel)]);
        match target {
            OriginateTarget::App(app, data) => {
                h.extend_from_slice(&[("Application", app), ("Data", data)])
            }
            OriginateTarget::Exten(context, exten) => {
                h.extend_from_slice(&[("Context", context), ("Exten", exten)]);
            }
        }
        h.extend_from_slice(&[
            ("Reason", reason),
            ("Uniqueid", uniqueid),
            ("CallerIDNum", cid_num),
            ("CallerIDName", cid_name),
        ]);
        self.emit("OriginateResponse", &h);
    }

    pub(super) fn hangup(&mut self, channel: Option<String>, id: Option<&str>, out: &mut Vec<u8>) {
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

#[cfg(test)]
mod tests {
    use super::parse_callerid;

    #[test]
    fn callerid_splits_like_asterisk() {
        let p = parse_callerid;
        assert_eq!(p("Async <200>"), ("Async".into(), "200".into()));
        assert_eq!(
            p("\"Traffic 0\" <9000>"),
            ("Traffic 0".into(), "9000".into())
        );
        assert_eq!(p("+1 555-0100"), ("<unknown>".into(), "+1 555-0100".into()));
        assert_eq!(p("Dialer"), ("Dialer".into(), "<unknown>".into()));
        assert_eq!(p(""), ("<unknown>".into(), "<unknown>".into()));
    }
}
