//! The spec and the captures merged into what the code generators need.

use std::collections::BTreeMap;

use crate::captures::Captures;
use crate::names::{snake, type_name};
use crate::spec::{Field, Spec};

/// The hand-written actions in `ami-proto/src/actions/` (they carry
/// behaviour or predate the generator): the generator skips them and only
/// lists them, with an expression building one for the tests.
pub const HAND_WRITTEN: &[(&str, &str)] = &[
    ("Challenge", "Challenge::md5()"),
    ("Command", "Command::new(\"core show version\")"),
    ("CoreSettings", "CoreSettings"),
    ("CoreShowChannels", "CoreShowChannels"),
    ("CoreStatus", "CoreStatus"),
    ("Events", "Events::new(\"on\")"),
    ("Filter", "Filter::new(\"Event: Hangup\")"),
    ("Getvar", "Getvar::new(\"x\")"),
    ("Hangup", "Hangup::new(\"x\")"),
    ("ListCommands", "ListCommands"),
    ("Login", "Login::plain(\"x\", \"x\")"),
    ("Logoff", "Logoff"),
    (
        "Originate",
        "Originate::extension(\"x\", \"x\", \"x\", \"1\")",
    ),
    ("PJSIPShowEndpoint", "PJSIPShowEndpoint::new(\"x\")"),
    ("PJSIPShowEndpoints", "PJSIPShowEndpoints"),
    ("Ping", "Ping"),
    ("QueueAdd", "QueueAdd::new(\"x\", \"x\")"),
    ("QueuePause", "QueuePause::new(\"x\", true)"),
    ("QueueRemove", "QueueRemove::new(\"x\", \"x\")"),
    ("QueueStatus", "QueueStatus::new()"),
    ("QueueSummary", "QueueSummary::new()"),
    ("Redirect", "Redirect::new(\"x\", \"x\", \"x\", \"1\")"),
    ("Setvar", "Setvar::new(\"x\", \"x\")"),
    ("Status", "Status::new()"),
    ("UserEvent", "UserEvent::new(\"x\")"),
];

/// Actions that answer with a list only sometimes: they keep
/// `Completion::Response`, which follows a list when the answer says
/// `EventList: start`.
pub const CONDITIONAL_LISTS: &[(&str, &str)] = &[(
    "Hangup",
    "a list (ChannelsHungupListComplete) only when Channel is a /regex/",
)];

/// Rule 3: the actions Asterisk answers with `astman_send_listack`, and the
/// event its `astman_send_list_complete_start` names, read from the
/// Asterisk source (`git grep astman_send_list` in asterisk/asterisk).
/// Consulted only for actions neither the captures nor the spec decide.
pub const SOURCE_LISTS: &[(&str, &str)] = &[
    ("Agents", "AgentsComplete"),
    ("BridgeInfo", "BridgeInfoComplete"),
    ("BridgeList", "BridgeListComplete"),
    ("BridgeTechnologyList", "BridgeTechnologyListComplete"),
    ("ConfbridgeList", "ConfbridgeListComplete"),
    ("ConfbridgeListRooms", "ConfbridgeListRoomsComplete"),
    ("CoreShowChannelMap", "CoreShowChannelMapComplete"),
    ("CoreShowChannels", "CoreShowChannelsComplete"),
    ("DAHDIShowChannels", "DAHDIShowChannelsComplete"),
    ("DAHDIShowStatus", "DAHDIShowStatusComplete"),
    ("DBGet", "DBGetComplete"),
    ("DBGetTree", "DBGetTreeComplete"),
    ("DeviceStateList", "DeviceStateListComplete"),
    ("ExtensionStateList", "ExtensionStateListComplete"),
    ("FAXSessions", "FAXSessionsComplete"),
    ("IAXpeerlist", "PeerlistComplete"),
    ("IAXpeers", "PeerlistComplete"),
    ("IAXregistry", "RegistrationsComplete"),
    ("MeetmeList", "MeetmeListComplete"),
    ("MeetmeListRooms", "MeetmeListRoomsComplete"),
    ("MWIGet", "MWIGetComplete"),
    ("ParkedCalls", "ParkedCallsComplete"),
    ("Parkinglots", "ParkinglotsComplete"),
    ("PJSIPShowAors", "AorListComplete"),
    ("PJSIPShowAuths", "AuthListComplete"),
    ("PJSIPShowContacts", "ContactListComplete"),
    ("PJSIPShowEndpoint", "EndpointDetailComplete"),
    ("PJSIPShowEndpoints", "EndpointListComplete"),
    ("PJSIPShowMaintenance", "PJSIPMaintenanceStatusComplete"),
    (
        "PJSIPShowRegistrationInboundContactStatuses",
        "ContactStatusDetailComplete",
    ),
    (
        "PJSIPShowRegistrationsInbound",
        "InboundRegistrationDetailComplete",
    ),
    (
        "PJSIPShowRegistrationsOutbound",
        "OutboundRegistrationDetailComplete",
    ),
    ("PJSIPShowResourceLists", "ResourceListDetailComplete"),
    (
        "PJSIPShowSubscriptionsInbound",
        "InboundSubscriptionDetailComplete",
    ),
    (
        "PJSIPShowSubscriptionsOutbound",
        "OutboundSubscriptionDetailComplete",
    ),
    ("PresenceStateList", "PresenceStateListComplete"),
    ("QueueStatus", "QueueStatusComplete"),
    ("QueueSummary", "QueueSummaryComplete"),
    ("ShowDialPlan", "ShowDialPlanComplete"),
    ("Status", "StatusComplete"),
    ("VoicemailBoxSummary", "VoicemailBoxDetailComplete"),
    ("VoicemailUsersList", "VoicemailUserEntryComplete"),
    ("VoicemailUserStatus", "VoicemailUserDetailComplete"),
];

/// Headers whose value is an integer (parsed on demand by the event views).
/// `Duration` is not one: `CoreShowChannel` sends it as `HH:MM:SS`.
pub const INTEGER_HEADERS: &[&str] = &[
    "Abandoned",
    "ActiveChannels",
    "AnsweredTime",
    "BillableSeconds",
    "CallStarted",
    "Calls",
    "CallsTaken",
    "Cause",
    "Completed",
    "CompletedFAXes",
    "ContactsRegistered",
    "Count",
    "CurrentSessions",
    "DAHDISpan",
    "DurationMs",
    "FailedFAXes",
    "HoldTime",
    "Holdtime",
    "Items",
    "LastCall",
    "LastPause",
    "ListContexts",
    "ListExtensions",
    "ListItems",
    "ListPriorities",
    "LoggedInTime",
    "LoginTime",
    "Logintime",
    "LongestHoldTime",
    "Max",
    "MaxContacts",
    "NewMessages",
    "OldMessages",
    "OriginalPosition",
    "PagesReceived",
    "PagesTransferred",
    "PagesTransmitted",
    "ParkingDuration",
    "ParkingTimeout",
    "Parties",
    "Penalty",
    "Port",
    "Position",
    "ReceiveAttempts",
    "ReportCount",
    "ReservedSessions",
    "RingTime",
    "RoundtripUsec",
    "SentOctets",
    "SentPackets",
    "SessionNumber",
    "Span",
    "TalkTime",
    "TechCause",
    "TimeToHangup",
    "Total",
    "TotalBadLines",
    "TotalContacts",
    "TransmitAttempts",
    "Uptime",
    "UserNumber",
    "ViaPort",
    "Wrapuptime",
];

/// Headers whose value is a decimal number.
pub const FLOAT_HEADERS: &[&str] = &["ServiceLevelPerf", "ServiceLevelPerf2"];

/// The channel snapshot fields (after the prefix), as Asterisk expands them.
pub const CHANNEL_FIELDS: &[&str] = &[
    "Channel",
    "ChannelState",
    "ChannelStateDesc",
    "CallerIDNum",
    "CallerIDName",
    "ConnectedLineNum",
    "ConnectedLineName",
    "Language",
    "AccountCode",
    "Context",
    "Exten",
    "Priority",
    "Uniqueid",
    "Linkedid",
];

/// The bridge snapshot fields (after the prefix).
pub const BRIDGE_FIELDS: &[&str] = &[
    "BridgeUniqueid",
    "BridgeType",
    "BridgeTechnology",
    "BridgeCreator",
    "BridgeName",
    "BridgeNumChannels",
    "BridgeVideoSourceMode",
    "BridgeVideoSource",
];

/// How an action completes, and which rule decided it.
#[derive(Debug, Clone)]
pub enum Completion {
    /// One response.
    Single,
    /// One response, upgraded to a list when the server says so.
    Conditional(&'static str),
    /// An event list.
    List {
        /// The event ending it.
        complete_event: String,
        /// `Capture`, `Spec` or `Source`.
        rule: &'static str,
        /// What showed it.
        evidence: String,
    },
    /// `Command` output.
    Command,
    /// `Originate`: single, or `OriginateResponse` when async.
    Originate,
}

/// A parameter, classified.
#[derive(Debug, Clone)]
pub struct Param {
    /// Header name as documented (for numbered groups, without the number).
    pub header: String,
    /// Rust field name.
    pub field: String,
    /// Required.
    pub required: bool,
    /// Documented values.
    pub values: Vec<String>,
    /// The enum type when the values can be variants.
    pub enum_type: Option<String>,
}

/// A numbered group (`Action-000000`, `UnitAmount(0)`).
#[derive(Debug, Clone)]
pub struct Group {
    /// Item struct name.
    pub type_name: String,
    /// `-{:06}` or `({})`.
    pub dash: bool,
    /// Its members.
    pub params: Vec<Param>,
}

/// One action name.
#[derive(Debug, Clone)]
pub struct Action {
    /// `Action:` value and type name.
    pub name: String,
    /// Modules providing it.
    pub modules: Vec<String>,
    /// Versions it appeared in.
    pub since: Vec<String>,
    /// Plain parameters in order (ActionID left out).
    pub params: Vec<Param>,
    /// Repeated `Variable: name=value`.
    pub variables: bool,
    /// Numbered groups.
    pub group: Option<Group>,
    /// How it completes.
    pub completion: Completion,
    /// The expression building the hand-written one, when it is.
    pub hand_written: Option<&'static str>,
}

/// Where an event's facts come from.
#[derive(Debug, Clone)]
pub enum Source {
    /// The documentation (or the spec's undocumented entry).
    Spec {
        /// `(class, module, since)` per instance.
        instances: Vec<(String, String, Vec<String>)>,
        /// Marked undocumented in the spec.
        undocumented: bool,
        /// Other spellings of the name in the spec.
        aliases: Vec<String>,
    },
    /// Seen only in this capture.
    Capture(String),
}

/// One header of an event view.
#[derive(Debug, Clone)]
pub struct Header {
    /// As documented.
    pub name: String,
    /// Accessor name.
    pub method: String,
    /// `i64`, `f64` or text.
    pub kind: Kind,
    /// Documented values.
    pub values: Vec<String>,
}

/// How a header is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Text.
    Text,
    /// An integer.
    Int,
    /// A decimal.
    Float,
}

/// One event name.
#[derive(Debug, Clone)]
pub struct Event {
    /// `Event:` value.
    pub name: String,
    /// Type name.
    pub type_name: String,
    /// Where it is described.
    pub source: Source,
    /// Channel snapshot prefixes, in order.
    pub channels: Vec<String>,
    /// Bridge snapshot prefixes, in order.
    pub bridges: Vec<String>,
    /// Other headers.
    pub headers: Vec<Header>,
}

/// Everything to generate.
#[derive(Debug)]
pub struct Model {
    /// Asterisk version.
    pub asterisk: String,
    /// Actions, by name.
    pub actions: Vec<Action>,
    /// Events, by name.
    pub events: Vec<Event>,
}

fn kind_of(name: &str) -> Kind {
    if INTEGER_HEADERS.iter().any(|h| h.eq_ignore_ascii_case(name)) {
        Kind::Int
    } else if FLOAT_HEADERS.iter().any(|h| h.eq_ignore_ascii_case(name)) {
        Kind::Float
    } else {
        Kind::Text
    }
}

fn param(action: &str, f: &Field, header: &str) -> Param {
    let enum_type = crate::names::enumerable(&f.values)
        .then(|| format!("{}{}", type_name(action), type_name(header)));
    Param {
        header: header.to_owned(),
        field: snake(header),
        required: f.required,
        values: f.values.clone(),
        enum_type,
    }
}

fn action_completion(
    name: &str,
    captured: &BTreeMap<String, crate::captures::ListSeen>,
    spec_events: &[String],
) -> Result<Completion, String> {
    if name == "Command" {
        return Ok(Completion::Command);
    }
    if name == "Originate" {
        return Ok(Completion::Originate);
    }
    if let Some((_, why)) = CONDITIONAL_LISTS.iter().find(|(n, _)| *n == name) {
        return Ok(Completion::Conditional(why));
    }
    let source = SOURCE_LISTS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, e)| *e);
    let found = if let Some(seen) = captured.get(name) {
        Some((seen.complete_event.clone(), "Capture", seen.file.clone()))
    } else {
        let complete = format!("{name}Complete");
        spec_events
            .iter()
            .find(|e| **e == complete)
            .map(|e| (e.clone(), "Spec", format!("event {e} in the spec")))
            .or_else(|| source.map(|e| (e.to_owned(), "Source", "astman_send_listack".to_owned())))
    };
    match found {
        Some((complete_event, rule, evidence)) => {
            if let Some(s) = source {
                if s != complete_event {
                    return Err(format!(
                        "{name}: rule {rule} says {complete_event}, the source table {s}"
                    ));
                }
            } else {
                return Err(format!(
                    "{name}: rule {rule} makes it a list but SOURCE_LISTS does not have it"
                ));
            }
            Ok(Completion::List {
                complete_event,
                rule,
                evidence,
            })
        }
        None => Ok(Completion::Single),
    }
}

fn build_action(
    name: &str,
    entries: &[&crate::spec::ActionEntry],
    captured: &BTreeMap<String, crate::captures::ListSeen>,
    spec_events: &[String],
) -> Result<Action, String> {
    let first = entries[0];
    let mut params = Vec::new();
    let mut variables = false;
    let mut group: Option<Group> = None;
    for f in &first.params {
        if f.name == "ActionID" {
            continue;
        }
        if f.name == "Variable" && !f.required {
            variables = true;
            continue;
        }
        let numbered = f
            .name
            .strip_suffix("-000000")
            .map(|h| (h, true))
            .or_else(|| f.name.strip_suffix("(0)").map(|h| (h, false)));
        if let Some((header, dash)) = numbered {
            let g = group.get_or_insert_with(|| Group {
                type_name: format!("{}Item", type_name(name)),
                dash,
                params: Vec::new(),
            });
            let mut p = param(name, f, header);
            p.required = false;
            g.params.push(p);
            continue;
        }
        params.push(param(name, f, &f.name));
    }
    let mut seen = std::collections::BTreeSet::new();
    for p in params.iter().chain(group.iter().flat_map(|g| &g.params)) {
        if !seen.insert(p.field.clone()) {
            return Err(format!("{name}: two parameters named {}", p.field));
        }
    }
    let mut modules: Vec<String> = entries.iter().map(|e| e.module.clone()).collect();
    modules.sort();
    modules.dedup();
    Ok(Action {
        name: name.to_owned(),
        modules,
        since: first.since.clone(),
        params,
        variables,
        group,
        completion: action_completion(name, captured, spec_events)?,
        hand_written: HAND_WRITTEN
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, e)| *e),
    })
}

fn build_event(
    name: &str,
    headers: &[(String, Vec<String>)],
    source: Source,
) -> Result<Event, String> {
    let has = |h: &str| headers.iter().any(|(n, _)| n.eq_ignore_ascii_case(h));
    let mut channels = Vec::new();
    let mut bridges = Vec::new();
    for (h, _) in headers {
        if let Some(p) = h.strip_suffix("Channel") {
            if has(&format!("{p}ChannelState"))
                && has(&format!("{p}Uniqueid"))
                && !channels.iter().any(|c: &String| c == p)
            {
                channels.push(p.to_owned());
            }
        }
        if let Some(p) = h.strip_suffix("BridgeUniqueid") {
            if has(&format!("{p}BridgeType")) && !bridges.iter().any(|c: &String| c == p) {
                bridges.push(p.to_owned());
            }
        }
    }
    let in_snapshot = |h: &str| {
        channels.iter().any(|p| {
            CHANNEL_FIELDS
                .iter()
                .any(|f| h.eq_ignore_ascii_case(&format!("{p}{f}")))
        }) || bridges.iter().any(|p| {
            BRIDGE_FIELDS
                .iter()
                .any(|f| h.eq_ignore_ascii_case(&format!("{p}{f}")))
        })
    };
    let mut methods: Vec<String> = channels
        .iter()
        .map(|p| snake(&format!("{p}Channel")))
        .chain(bridges.iter().map(|p| snake(&format!("{p}Bridge"))))
        .collect();
    let mut out = Vec::new();
    for (h, values) in headers {
        // `Event` is the frame's own name (ResourceListDetail documents a
        // second one, unreachable by name).
        if h.eq_ignore_ascii_case("Event") || in_snapshot(h) {
            continue;
        }
        if out.iter().any(|x: &Header| x.name.eq_ignore_ascii_case(h)) {
            continue;
        }
        let mut method = snake(h);
        // The view's own methods (a `New:` header is MessageWaiting's).
        if ["new", "from_message", "as_message"].contains(&method.as_str()) {
            method.push('_');
        }
        if methods.contains(&method) {
            return Err(format!("{name}: two accessors named {method} ({h})"));
        }
        methods.push(method.clone());
        out.push(Header {
            name: h.clone(),
            method,
            kind: kind_of(h),
            values: values.clone(),
        });
    }
    Ok(Event {
        name: name.to_owned(),
        type_name: type_name(name),
        source,
        channels,
        bridges,
        headers: out,
    })
}

/// Builds the model.
///
/// # Errors
/// A fact the generator cannot turn into code, named.
pub fn build(spec: &Spec, captures: &Captures) -> Result<Model, String> {
    let spec_events: Vec<String> = spec.events.iter().map(|e| e.name.clone()).collect();
    let captured = captures.list_actions();
    let mut by_name: BTreeMap<String, Vec<&crate::spec::ActionEntry>> = BTreeMap::new();
    for a in &spec.actions {
        by_name.entry(a.name.clone()).or_default().push(a);
    }
    let actions = by_name
        .iter()
        .map(|(n, entries)| build_action(n, entries, &captured, &spec_events))
        .collect::<Result<Vec<_>, _>>()?;
    for (n, _) in HAND_WRITTEN {
        if !by_name.contains_key(*n) {
            return Err(format!("hand-written {n} is not in the spec"));
        }
    }
    for (n, _) in SOURCE_LISTS {
        if !by_name.contains_key(*n) {
            return Err(format!("SOURCE_LISTS names {n}, not in the spec"));
        }
    }

    // Events: merge entries whose names differ only in case (NewExten is
    // documented, Newexten is what the wire says: keep the wire spelling).
    let wire = captures.events();
    let mut groups: BTreeMap<String, Vec<&crate::spec::EventEntry>> = BTreeMap::new();
    for e in &spec.events {
        groups
            .entry(e.name.to_ascii_lowercase())
            .or_default()
            .push(e);
    }
    let mut events = Vec::new();
    for entries in groups.values() {
        let name = entries
            .iter()
            .map(|e| e.name.as_str())
            .find(|n| wire.contains_key(*n))
            .unwrap_or(&entries[0].name)
            .to_owned();
        let mut aliases: Vec<String> = entries
            .iter()
            .map(|e| e.name.clone())
            .filter(|n| *n != name)
            .collect();
        aliases.dedup();
        let mut headers: Vec<(String, Vec<String>)> = Vec::new();
        let mut instances = Vec::new();
        for e in entries {
            for i in &e.instances {
                instances.push((i.class.clone(), i.module.clone(), i.since.clone()));
                for h in &i.headers {
                    if !headers.iter().any(|(n, _)| n.eq_ignore_ascii_case(&h.name)) {
                        headers.push((h.name.clone(), h.values.clone()));
                    }
                }
            }
        }
        instances.dedup();
        let undocumented = entries.iter().all(|e| e.undocumented);
        events.push(build_event(
            &name,
            &headers,
            Source::Spec {
                instances,
                undocumented,
                aliases,
            },
        )?);
    }
    for (name, (headers, file)) in &wire {
        if groups.contains_key(&name.to_ascii_lowercase()) {
            continue;
        }
        let headers: Vec<(String, Vec<String>)> =
            headers.iter().map(|h| (h.clone(), Vec::new())).collect();
        events.push(build_event(name, &headers, Source::Capture(file.clone()))?);
    }
    events.sort_by_key(|e| e.name.to_ascii_lowercase());
    let mut types = std::collections::BTreeSet::new();
    for e in &events {
        if !types.insert(e.type_name.clone()) {
            return Err(format!("two events make the type {}", e.type_name));
        }
    }
    Ok(Model {
        asterisk: spec.asterisk.clone(),
        actions,
        events,
    })
}
