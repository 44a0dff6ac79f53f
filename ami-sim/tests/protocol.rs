//! The simulator answers each action the way Asterisk does, over a plain
//! TcpStream, checked with ami-proto.

mod common;

use std::time::Duration;

use ami_proto::GenericAction;
use ami_proto::actions::*;
use ami_sim::{CommandStyle, Sim};
use common::{Client, s};

fn sim() -> Sim {
    Sim::builder()
        .user("admin", "amp111")
        .reader("reader", "readonly")
        .example_pbx()
        .system_name("simpeer")
        .start()
        .expect("sim starts")
}

#[test]
fn banner_shows_the_configured_version() {
    for (version, banner) in [
        ("22.10.1", "11.0.0"),
        ("13.38.3", "2.10.6"),
        ("18.20.0", "7.0.3"),
    ] {
        let sim = Sim::builder().version(version).start().unwrap();
        let (_c, b) = Client::connect(sim.addr());
        assert_eq!(b.banner_version().as_deref(), Some(banner));
    }
    let sim = Sim::builder().ami_version("9.9.9").start().unwrap();
    assert_eq!(
        Client::connect(sim.addr()).1.banner_version().as_deref(),
        Some("9.9.9")
    );
}

#[test]
fn plain_login_and_fully_booted() {
    let sim = sim();
    let (mut c, _) = Client::connect(sim.addr());
    let id = c.send(&Login::plain("admin", "amp111"));
    let r = c.recv().unwrap();
    assert_eq!(s(r.action_id()), Some(id.as_str()));
    assert_eq!(r.message_text().as_deref(), Some("Authentication accepted"));
    let fb = c.recv().unwrap();
    assert!(fb.is_event_named("FullyBooted"));
    assert_eq!(s(fb.get("SystemName")), Some("simpeer"));
    let logins = sim.snapshot().logins;
    assert_eq!(
        (
            logins[0].username.as_str(),
            logins[0].success,
            logins[0].auth
        ),
        ("admin", true, "plain")
    );
    assert!(sim.wait_until(common::WAIT, |s| {
        s.connections
            .iter()
            .any(|c| c.user.as_deref() == Some("admin"))
    }));
}

#[test]
fn events_off_at_login_means_no_fully_booted() {
    let sim = sim();
    let mut c = Client::login(sim.addr(), "off");
    let r = c.call(&Ping);
    assert_eq!(s(r.get("Ping")), Some("Pong"));
    assert!(r.get("Timestamp").is_some());
}

#[test]
fn failed_login_answers_then_closes() {
    let sim = sim();
    for login in [
        Login::plain("admin", "wrong"),
        Login::plain("nobody", "amp111"),
    ] {
        let (mut c, _) = Client::connect(sim.addr());
        let r = c.call(&login);
        assert!(r.is_error());
        assert_eq!(r.message_text().as_deref(), Some("Authentication failed"));
        assert!(c.closed(), "connection closed after a failed login");
    }
    assert!(sim.snapshot().logins.iter().all(|l| !l.success));
}

#[test]
fn md5_login() {
    let sim = sim();
    let (mut c, _) = Client::connect(sim.addr());
    let ch = c.call(&Challenge::md5());
    let challenge = s(ch.get("Challenge")).unwrap().to_owned();
    assert_eq!(challenge.len(), 9);
    let r = c.call(&Login::md5("admin", &challenge, "amp111").events("off"));
    assert_eq!(r.message_text().as_deref(), Some("Authentication accepted"));
    assert_eq!(sim.snapshot().logins[0].auth, "md5");

    let (mut c, _) = Client::connect(sim.addr());
    let ch = c.call(&Challenge::md5());
    let challenge = s(ch.get("Challenge")).unwrap().to_owned();
    let r = c.call(&Login::md5("admin", &challenge, "wrong"));
    assert!(r.is_error());
    assert!(c.closed());
}

#[test]
fn actions_before_login_are_denied() {
    let sim = sim();
    let (mut c, _) = Client::connect(sim.addr());
    for a in [
        &Ping as &dyn ami_proto::Action,
        &Status::new(),
        &Command::new("core show version"),
    ] {
        let r = c.call(a);
        assert!(r.is_error());
        assert_eq!(r.message_text().as_deref(), Some("Permission denied"));
    }
    // Still usable: log in now.
    let r = c.call(&Login::plain("admin", "amp111").events("off"));
    assert!(!r.is_error());
}

#[test]
fn reader_permissions() {
    let sim = sim();
    let (mut c, _) = Client::connect(sim.addr());
    assert!(
        !c.call(&Login::plain("reader", "readonly").events("off"))
            .is_error()
    );
    assert!(!c.call(&Ping).is_error());
    assert_eq!(
        c.call_list(&QueueStatus::new())
            .last()
            .unwrap()
            .event_list(),
        Some(&b"Complete"[..])
    );
    for a in [
        &Command::new("core show version") as &dyn ami_proto::Action,
        &Originate::application("PJSIP/100", "Wait", None),
        &CoreSettings,
    ] {
        let r = c.call(a);
        assert_eq!(
            r.message_text().as_deref(),
            Some("Permission denied"),
            "{a:?}"
        );
    }
}

#[test]
fn server_input_limits_and_malformed_actions() {
    let sim = sim();
    let mut c = Client::login(sim.addr(), "off");
    let long = "x".repeat(1100);
    c.send_raw(
        format!("Action: Setvar\r\nActionID: long-1\r\nVariable: V\r\nValue: {long}\r\n\r\n")
            .as_bytes(),
    );
    let r = c.recv().unwrap();
    assert_eq!(s(r.action_id()), Some("long-1"));
    assert_eq!(
        r.message_text().as_deref(),
        Some("Failed to parse message: line too long")
    );

    let mut many = String::from("Action: UserEvent\r\nActionID: many-1\r\nUserEvent: X\r\n");
    for i in 0..130 {
        many.push_str(&format!("H{i}: v\r\n"));
    }
    many.push_str("\r\n");
    c.send_raw(many.as_bytes());
    let r = c.recv().unwrap();
    assert_eq!(
        r.message_text().as_deref(),
        Some("Too many lines in message")
    );

    c.send_raw(b"ActionID: noact-1\r\nFoo: bar\r\n\r\n");
    assert_eq!(
        c.recv().unwrap().message_text().as_deref(),
        Some("Missing action in request")
    );

    let r = c.call(&GenericAction::new("FooBarBaz"));
    assert!(
        r.message_text()
            .unwrap()
            .starts_with("Invalid/unknown command: FooBarBaz.")
    );

    // Bare \n line ends are accepted, as Asterisk's reader does.
    c.send_raw(b"Action: Ping\nActionID: lf-1\n\n");
    let r = c.recv().unwrap();
    assert_eq!(
        (s(r.action_id()), s(r.get("Ping"))),
        (Some("lf-1"), Some("Pong"))
    );
}

#[test]
fn command_modern_and_legacy() {
    let sim = sim();
    let mut c = Client::login(sim.addr(), "off");
    let r = c.call(&Command::new("core show version"));
    assert_eq!(r.response().as_deref(), Some("Success"));
    assert_eq!(r.message_text().as_deref(), Some("Command output follows"));
    assert!(s(r.get("Output")).unwrap().starts_with("Asterisk 22.10.1"));
    let r = c.call(&Command::new("queue show"));
    assert!(
        r.get_all("Output").any(|l| l.is_empty()),
        "blank lines become empty Output"
    );
    let r = c.call(&Command::new("foo bar baz"));
    assert!(r.is_error());
    assert!(
        s(r.get("Output"))
            .unwrap()
            .starts_with("No such command 'foo bar baz'")
    );

    let legacy = Sim::builder().version("13.38.3").start().unwrap();
    let mut c = Client::login(legacy.addr(), "off");
    let r = c.call(&Command::new("core show version"));
    assert_eq!(r.response().as_deref(), Some("Follows"));
    assert!(String::from_utf8_lossy(r.legacy_output().unwrap()).starts_with("Asterisk 13.38.3"));
    let modern_forced = Sim::builder()
        .version("13.38.3")
        .command_style(CommandStyle::Modern)
        .start()
        .unwrap();
    let mut c = Client::login(modern_forced.addr(), "off");
    assert_eq!(
        c.call(&Command::new("core show version"))
            .response()
            .as_deref(),
        Some("Success")
    );
}

#[test]
fn core_settings_and_status() {
    let sim = Sim::builder().version("20.5.0").start().unwrap();
    let mut c = Client::login(sim.addr(), "off");
    let r = c.call(&CoreSettings);
    assert_eq!(s(r.get("AsteriskVersion")), Some("20.5.0"));
    assert_eq!(s(r.get("AMIversion")), Some("9.0.0"));
    let r = c.call(&CoreStatus);
    assert_eq!(s(r.get("CoreCurrentCalls")), Some("0"));
}

#[test]
fn queues() {
    let sim = sim();
    let mut c = Client::login(sim.addr(), "off");
    let qs = c.call_list(&QueueStatus::new());
    let names: Vec<String> = qs
        .iter()
        .filter_map(|m| m.event_name().map(|n| n.into_owned()))
        .collect();
    assert_eq!(
        names,
        [
            "QueueParams",
            "QueueMember",
            "QueueMember",
            "QueueMember",
            "QueueParams",
            "QueueMember",
            "QueueStatusComplete"
        ]
    );
    assert_eq!(s(qs.last().unwrap().get("ListItems")), Some("6"));
    assert!(
        qs.iter().all(|m| m.action_id().is_some()),
        "every item echoes the ActionID"
    );

    let one = c.call_list(&QueueStatus::new().queue("sales"));
    assert_eq!(one.len(), 4);
    let sum = c.call_list(&QueueSummary::new());
    assert_eq!(s(sum[1].get("Available")), Some("2"));

    assert_eq!(
        c.call(&QueueAdd::new("sales", "PJSIP/200"))
            .message_text()
            .as_deref(),
        Some("Added interface to queue")
    );
    assert!(c.call(&QueueAdd::new("sales", "PJSIP/200")).is_error());
    assert_eq!(
        c.call(&QueuePause::new("PJSIP/200", true).queue("sales"))
            .message_text()
            .as_deref(),
        Some("Interface paused successfully")
    );
    let sum = c.call_list(&QueueSummary::new().queue("sales"));
    assert_eq!(
        (s(sum[1].get("LoggedIn")), s(sum[1].get("Available"))),
        (Some("2"), Some("1"))
    );
    assert!(!c.call(&QueueRemove::new("sales", "PJSIP/200")).is_error());
    assert!(c.call(&QueueRemove::new("sales", "PJSIP/200")).is_error());
    assert!(c.call(&QueueAdd::new("nosuch", "PJSIP/1")).is_error());
}

#[test]
fn pjsip_endpoints() {
    let sim = sim();
    let mut c = Client::login(sim.addr(), "off");
    let list = c.call_list(&PJSIPShowEndpoints);
    assert_eq!(
        list.iter()
            .filter(|m| m.is_event_named("EndpointList"))
            .count(),
        3
    );
    assert!(list.last().unwrap().is_event_named("EndpointListComplete"));
    let one = c.call_list(&PJSIPShowEndpoint::new("100"));
    assert!(one[1].is_event_named("EndpointDetail"));
    assert!(one.last().unwrap().is_event_named("EndpointDetailComplete"));
    let r = c.call(&PJSIPShowEndpoint::new("999"));
    assert_eq!(
        r.message_text().as_deref(),
        Some("Unable to retrieve endpoint 999")
    );
}

#[test]
fn variables_global_and_channel() {
    let sim = sim();
    let mut c = Client::login(sim.addr(), "off");
    assert_eq!(
        c.call(&Setvar::new("FOO", "x y z"))
            .message_text()
            .as_deref(),
        Some("Variable Set")
    );
    let r = c.call(&Getvar::new("FOO"));
    assert_eq!(
        (s(r.get("Variable")), s(r.get("Value"))),
        (Some("FOO"), Some("x y z"))
    );
    assert_eq!(
        s(c.call(&Getvar::new("GLOBAL(FOO)")).get("Value")),
        Some("x y z")
    );
    let r = c.call(&Getvar::new("FOO").channel("PJSIP/none-0001"));
    assert_eq!(r.message_text().as_deref(), Some("No such channel"));
}

#[test]
fn originate_sync_then_status_hangup_and_channel_vars() {
    let sim = Sim::builder()
        .call_duration(Duration::from_secs(60))
        .start()
        .unwrap();
    let mut c = Client::login(sim.addr(), "off");
    let r =
        c.call(&Originate::extension("PJSIP/100", "default", "200", "1").variable("CAMPAIGN", "7"));
    assert_eq!(
        r.message_text().as_deref(),
        Some("Originate successfully queued")
    );
    let st = c.call_list(&Status::new());
    assert_eq!(st.len(), 3);
    let chan = s(st[1].get("Channel")).unwrap().to_owned();
    assert!(chan.starts_with("PJSIP/100-"));
    assert_eq!(
        s(c.call(&Getvar::new("CAMPAIGN").channel(&chan)).get("Value")),
        Some("7")
    );
    assert!(!c.call(&Setvar::new("X", "1").channel(&chan)).is_error());
    let csc = c.call_list(&CoreShowChannels);
    assert_eq!(csc.len(), 3);
    assert_eq!(s(c.call(&CoreStatus).get("CoreCurrentCalls")), Some("1"));
    assert_eq!(
        c.call(&Hangup::new(&chan)).message_text().as_deref(),
        Some("Channel Hungup")
    );
    assert_eq!(
        c.call(&Hangup::new(&chan)).message_text().as_deref(),
        Some("No such channel")
    );
    assert_eq!(
        c.call_list(&Status::new()).len(),
        2,
        "start and complete only"
    );
    assert!(
        c.call(&Originate::application(
            "Bogus/xyz",
            "Wait",
            Some("1".into())
        ))
        .is_error()
    );
}

#[test]
fn hangup_by_regex_is_an_event_list() {
    let sim = Sim::builder()
        .call_duration(Duration::from_secs(60))
        .start()
        .unwrap();
    let mut c = Client::login(sim.addr(), "off");
    for n in ["100", "101"] {
        c.call(&Originate::extension(
            format!("Local/{n}@hold"),
            "default",
            "s",
            "1",
        ));
    }
    let list = c.call_list(&Hangup::new("/^Local/"));
    assert_eq!(list[0].event_list(), Some(&b"start"[..]));
    assert_eq!(
        list.iter()
            .filter(|m| m.is_event_named("ChannelHungup"))
            .count(),
        2
    );
    assert!(
        list.last()
            .unwrap()
            .is_event_named("ChannelsHungupListComplete")
    );
}

#[test]
fn async_originate_broadcasts_its_response_to_every_session() {
    let sim = Sim::builder()
        .call_duration(Duration::from_millis(50))
        .start()
        .unwrap();
    let mut a = Client::login(sim.addr(), "on");
    let mut b = Client::login(sim.addr(), "call");
    let id = a.send(&Originate::extension("PJSIP/100", "default", "200", "1").asynchronous(true));
    let r = a.recv_until(|m| m.is_response());
    assert_eq!(
        r.message_text().as_deref(),
        Some("Originate successfully queued")
    );
    let or = a.recv_until(|m| m.is_event_named("OriginateResponse"));
    assert_eq!(s(or.action_id()), Some(id.as_str()));
    assert_eq!(or.response().as_deref(), Some("Success"));
    // The other session sees the same event with a foreign ActionID (C22).
    let other = b.recv_until(|m| m.is_event_named("OriginateResponse"));
    assert_eq!(s(other.action_id()), Some(id.as_str()));
    // The call then lives and hangs up.
    a.recv_until(|m| m.is_event_named("Hangup"));

    let id = a.send(&Originate::extension("PJSIP/busy", "default", "200", "1").asynchronous(true));
    let or = a.recv_until(|m| {
        m.is_event_named("OriginateResponse") && m.action_id() == Some(id.as_bytes())
    });
    assert_eq!(
        (or.response().as_deref(), s(or.get("Reason"))),
        (Some("Failure"), Some("5"))
    );
}

#[test]
fn user_event_events_mask_and_filter() {
    let sim = sim();
    let mut a = Client::login(sim.addr(), "off");
    let mut b = Client::login(sim.addr(), "user");
    let r = a.call(&UserEvent::new("Dialer").header("Campaign", "7"));
    assert_eq!(r.message_text().as_deref(), Some("Event Sent"));
    let ev = b.recv_until(|m| m.is_event());
    assert!(ev.is_event_named("UserEvent"));
    assert_eq!(
        (s(ev.get("UserEvent")), s(ev.get("Campaign"))),
        (Some("Dialer"), Some("7"))
    );

    // Events: off on b, then on again; a filter keeps only one UserEvent name.
    assert_eq!(s(b.call(&Events::new("off")).get("Events")), Some("Off"));
    a.call(&UserEvent::new("Hidden"));
    assert_eq!(s(b.call(&Events::new("on")).get("Events")), Some("On"));
    assert_eq!(
        b.call(&Filter::new("UserEvent: Wanted"))
            .message_text()
            .as_deref(),
        Some("Filter Added Successfully")
    );
    a.call(&UserEvent::new("Unwanted"));
    a.call(&UserEvent::new("Wanted"));
    let ev = b.recv_until(|m| m.is_event());
    assert_eq!(
        s(ev.get("UserEvent")),
        Some("Wanted"),
        "Hidden and Unwanted were not sent"
    );
    assert!(b.call(&Filter::new("(")).is_error());
}

#[test]
fn list_commands_and_logoff() {
    let sim = sim();
    let mut c = Client::login(sim.addr(), "off");
    let r = c.call(&ListCommands);
    assert!(
        s(r.get("Originate"))
            .unwrap()
            .starts_with("Originate a call.")
    );
    let r = c.call(&Logoff);
    assert_eq!(r.response().as_deref(), Some("Goodbye"));
    assert_eq!(
        r.message_text().as_deref(),
        Some("Thanks for all the fish.")
    );
    assert!(c.closed());
    assert!(sim.wait_until(common::WAIT, |s| s.connections.is_empty()));
}

#[test]
fn inspection_records_actions_in_order() {
    let sim = sim();
    let mut c = Client::login(sim.addr(), "off");
    c.call(&Setvar::new("A", "1"));
    let actions = sim.actions();
    let names: Vec<&str> = actions.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["Login", "Setvar"]);
    assert_eq!(actions[1].get("variable"), Some("A"));
    assert_eq!(actions[0].get("Events"), Some("off"));
    assert!(sim.snapshot().accepted >= 1);
}

/// `queuestatus.raw` and the example PBX have the same queues: every
/// QueueParams matches the capture header for header, value for value
/// (bar the ActionID).
#[test]
fn sim_matches_capture_queue_params() {
    let want = common::capture("queuestatus.raw");
    let sim = sim();
    let mut c = Client::login(sim.addr(), "off");
    let got = c.call_list(&QueueStatus::new());
    let strip = |ms: &[ami_proto::Message]| -> Vec<Vec<(String, String)>> {
        common::events_named(ms, "QueueParams")
            .into_iter()
            .map(|m| {
                common::pairs(m)
                    .into_iter()
                    .map(|(k, v)| {
                        if k == "ActionID" {
                            (k, String::new())
                        } else {
                            (k, v)
                        }
                    })
                    .collect()
            })
            .collect()
    };
    let (got, want) = (strip(&got), strip(&want));
    assert_eq!(want.len(), 2);
    assert_eq!(got, want);
}

/// Every QueueMember of the example PBX has the capture's headers in its
/// order; values match too except the timestamps, whose shape does: a Unix
/// time for LoginTime, and LastPause 0 unless the member is paused, then
/// the same load time.
#[test]
fn sim_matches_capture_queue_member() {
    let want = common::capture("queuestatus.raw");
    let sim = sim();
    let mut c = Client::login(sim.addr(), "off");
    let got = c.call_list(&QueueStatus::new());
    let (got, want) = (
        common::events_named(&got, "QueueMember"),
        common::events_named(&want, "QueueMember"),
    );
    assert_eq!(got.len(), 4);
    assert_eq!(got.len(), want.len());
    for (g, w) in got.iter().zip(&want) {
        assert_eq!(common::names(g), common::names(w));
        let login = s(g.get("LoginTime")).unwrap();
        assert!(login.parse::<u64>().unwrap() > 1_700_000_000, "{login}");
        let pause_like_capture = match s(w.get("LastPause")) {
            Some("0") => "0",
            _ => login,
        };
        assert_eq!(s(g.get("LastPause")), Some(pause_like_capture));
        for (k, v) in common::pairs(w) {
            if !["ActionID", "LoginTime", "LastPause"].contains(&k.as_str()) {
                assert_eq!(s(g.get(&k)), Some(v.as_str()), "{k}");
            }
        }
    }
    // A pause is stamped when it happens.
    c.call(&QueuePause::new("Local/agent1@agents", true).queue("support"));
    let again = c.call_list(&QueueStatus::new().queue("support"));
    let one = common::events_named(&again, "QueueMember")[0];
    assert_ne!(s(one.get("LastPause")), Some("0"));
}

/// The simulator as the captured server was set up (`VERSION.txt`).
fn realpeer() -> Sim {
    Sim::builder()
        .system_name("realpeer-a")
        .example_pbx()
        .call_duration(Duration::from_secs(60))
        .start()
        .expect("sim starts")
}

/// Sends an async Originate and returns its `OriginateResponse`.
fn originate_response(c: &mut Client, o: &Originate) -> ami_proto::Message {
    let id = c.send(o);
    c.recv_until(|m| m.is_event_named("OriginateResponse") && m.action_id() == Some(id.as_bytes()))
}

/// An application originate (`event_stream.raw`, ActionID `traffic-0`:
/// `Local/ev@events`, `Wait`, `2`) answers with `Application`/`Data`, not
/// `Context`/`Exten`, in the capture's header order and values.
#[test]
fn sim_matches_capture_originate_response_application() {
    let stream = common::capture("event_stream.raw");
    let want = common::events_named(&stream, "OriginateResponse")
        .into_iter()
        .find(|m| m.action_id() == Some(&b"traffic-0"[..]))
        .expect("traffic-0 in the capture");
    let sim = realpeer();
    let mut c = Client::login(sim.addr(), "on");
    let got = originate_response(
        &mut c,
        &Originate::application("Local/ev@events", "Wait", Some("2".into()))
            .caller_id("Traffic 0 <9000>")
            .asynchronous(true),
    );
    assert_eq!(common::names(&got), common::names(want));
    for k in [
        "Privilege",
        "SystemName",
        "Response",
        "Application",
        "Data",
        "Reason",
        "CallerIDNum",
        "CallerIDName",
    ] {
        assert_eq!(s(got.get(k)), s(want.get(k)), "{k}");
    }
    assert!(got.get("Context").is_none() && got.get("Exten").is_none());
}

/// A dialplan originate (`originate_async_events_on.raw`) answers with
/// `Context`/`Exten`, in the capture's header order and values.
#[test]
fn sim_matches_capture_originate_response_extension() {
    let capture = common::capture("originate_async_events_on.raw");
    let want = common::events_named(&capture, "OriginateResponse")[0];
    let sim = realpeer();
    let mut c = Client::login(sim.addr(), "on");
    let got = originate_response(
        &mut c,
        &Originate::extension("Local/ev@events", "events", "loop", "1")
            .variable("LOOPS", "3")
            .caller_id("Async <200>")
            .asynchronous(true),
    );
    assert_eq!(common::names(&got), common::names(want));
    for k in [
        "Privilege",
        "SystemName",
        "Response",
        "Context",
        "Exten",
        "Reason",
        "CallerIDNum",
        "CallerIDName",
    ] {
        assert_eq!(s(got.get(k)), s(want.get(k)), "{k}");
    }
}

/// `Events: on` login (`event_stream.raw`): the response, FullyBooted, then
/// SuccessfulAuth with the capture's headers in order; values match where
/// they do not depend on the moment or the ports, and those have its shape.
#[test]
fn sim_matches_capture_successful_auth() {
    let capture = common::capture("event_stream.raw");
    let want: Vec<String> = capture[1..4]
        .iter()
        .map(|m| {
            m.event_name()
                .or_else(|| m.response())
                .unwrap()
                .into_owned()
        })
        .collect();
    assert_eq!(want, ["Success", "FullyBooted", "SuccessfulAuth"]);
    let want_auth = &capture[3];

    let sim = Sim::builder()
        .system_name("realpeer-a")
        .security_events(true)
        .start()
        .unwrap();
    let (mut c, _) = Client::connect(sim.addr());
    c.send(&Login::plain("admin", "amp111").events("on"));
    let got: Vec<ami_proto::Message> = (0..3).map(|_| c.recv().unwrap()).collect();
    let got_kinds: Vec<String> = got
        .iter()
        .map(|m| {
            m.event_name()
                .or_else(|| m.response())
                .unwrap()
                .into_owned()
        })
        .collect();
    assert_eq!(got_kinds, want);
    let auth = &got[2];
    assert_eq!(common::names(auth), common::names(want_auth));
    for k in [
        "Privilege",
        "SystemName",
        "Severity",
        "Service",
        "EventVersion",
        "AccountID",
        "UsingPassword",
    ] {
        assert_eq!(s(auth.get(k)), s(want_auth.get(k)), "{k}");
    }
    let local = format!("IPV4/TCP/127.0.0.1/{}", sim.addr().port());
    let remote = format!(
        "IPV4/TCP/127.0.0.1/{}",
        c.stream.local_addr().unwrap().port()
    );
    assert_eq!(s(auth.get("LocalAddress")), Some(local.as_str()));
    assert_eq!(s(auth.get("RemoteAddress")), Some(remote.as_str()));
    // Same shapes as the capture: `0x` and 12 hex digits; a millisecond UTC
    // time like `2026-11-26T17:38:03.879+0000`.
    let shape = |v: &str| -> String {
        v.chars()
            .map(|ch| if ch.is_ascii_hexdigit() { '9' } else { ch })
            .collect()
    };
    for k in ["SessionID", "EventTV", "SessionTV"] {
        assert_eq!(
            shape(s(auth.get(k)).unwrap()),
            shape(s(want_auth.get(k)).unwrap()),
            "{k}"
        );
    }

    // Every session with the security class sees another's login; one
    // without it does not.
    let mut other = Client::login(sim.addr(), "security");
    let seen = c.recv_until(|m| m.is_event_named("SuccessfulAuth"));
    assert_ne!(seen.get("SessionID"), auth.get("SessionID"));
    let first = other.recv_until(|m| m.is_event());
    assert!(first.is_event_named("SuccessfulAuth"), "{first:?}");
    let mut quiet = Client::login(sim.addr(), "call");
    other.recv_until(|m| m.is_event_named("SuccessfulAuth"));
    assert_eq!(s(quiet.call(&Ping).get("Ping")), Some("Pong"));
}

/// Values with the run-specific parts (Local channel sequence numbers,
/// uniqueids) masked, so two runs of the same call compare equal.
fn masked(m: &ami_proto::Message) -> Vec<(String, String)> {
    let seq = regex::Regex::new(r"-[0-9a-f]{8};").unwrap();
    let uid = regex::Regex::new(r"realpeer-a-\d+\.\d+").unwrap();
    common::pairs(m)
        .into_iter()
        .map(|(k, v)| {
            let v = seq.replace_all(&v, "-N;");
            (k, uid.replace_all(&v, "UID").into_owned())
        })
        .collect()
}

/// The originate of `originate_async_events_on.sent` (`Local/ev@events`
/// to `loop@events`, one variable, a caller ID), with Local channel pairs
/// on: from the first Newchannel to DialBegin the simulator sends the
/// capture's events in its order, header for header, value for value
/// (uniqueids and channel numbers aside); then Newstate, Newstate,
/// OriginateResponse and DialEnd in the capture's order; then both halves
/// are channels of their own.
#[test]
fn sim_matches_capture_local_originate_events() {
    let capture = common::capture("originate_async_events_on.raw");
    let start = capture
        .iter()
        .position(|m| m.is_event_named("Newchannel"))
        .unwrap();
    let dial = capture
        .iter()
        .position(|m| m.is_event_named("DialBegin"))
        .unwrap();
    let dial_end = capture
        .iter()
        .position(|m| m.is_event_named("DialEnd"))
        .unwrap();
    let want = &capture[start..=dial];

    let sim = Sim::builder()
        .system_name("realpeer-a")
        .local_channel_pairs(true)
        .call_duration(Duration::from_secs(60))
        .start()
        .unwrap();
    let mut c = Client::login(sim.addr(), "on");
    let id = c.send(
        &Originate::extension("Local/ev@events", "events", "loop", "1")
            .variable("LOOPS", "3")
            .caller_id("Async <200>")
            .asynchronous(true),
    );
    let mut got = Vec::new();
    loop {
        let m = c.recv().expect("open");
        if m.is_event_named("FullyBooted") || m.is_response() {
            continue;
        }
        let last = m.is_event_named("DialEnd");
        got.push(m);
        if last {
            break;
        }
    }
    let got_dial = got
        .iter()
        .position(|m| m.is_event_named("DialBegin"))
        .unwrap();
    let event_names = |ms: &[ami_proto::Message]| -> Vec<String> {
        ms.iter()
            .map(|m| m.event_name().unwrap().into_owned())
            .collect()
    };
    assert_eq!(event_names(&got[..=got_dial]), event_names(want));
    for (g, w) in got.iter().zip(want) {
        assert_eq!(common::names(g), common::names(w));
        assert_eq!(masked(g), masked(w));
    }
    // ;2 is linked to ;1.
    assert_eq!(got[1].get("Linkedid"), got[0].get("Uniqueid"));

    // After DialBegin: the answer, the OriginateResponse, DialEnd, in the
    // capture's order (its dialplan's own Newexten and device states aside).
    let answer = |ms: &[ami_proto::Message]| -> Vec<(String, Option<String>)> {
        ms.iter()
            .filter(|m| !m.is_event_named("Newexten") && !m.is_event_named("DeviceStateChange"))
            .map(|m| {
                (
                    m.event_name().unwrap().into_owned(),
                    s(m.get("Channel")).map(|c| c.rsplit(';').next().unwrap().to_owned()),
                )
            })
            .collect()
    };
    assert_eq!(
        answer(&got[got_dial + 1..]),
        answer(&capture[dial + 1..=dial_end])
    );
    let w_end = &capture[dial_end];
    let g_end = got.last().unwrap();
    assert_eq!(common::names(g_end), common::names(w_end));
    assert_eq!(masked(g_end), masked(w_end));
    let or = common::events_named(&got, "OriginateResponse")[0];
    assert_eq!(s(or.action_id()), Some(id.as_str()));
    assert_eq!(s(or.get("Channel")), s(got[0].get("Channel")));
    // The ;2 half runs its own extension, and the Newexten has the
    // capture's shape.
    let w_exten = capture[dial + 1..]
        .iter()
        .find(|m| m.is_event_named("Newexten"))
        .unwrap();
    let g_exten = got[got_dial + 1..]
        .iter()
        .find(|m| m.is_event_named("Newexten"))
        .unwrap();
    assert_eq!(common::names(g_exten), common::names(w_exten));
    assert_eq!(s(g_exten.get("Channel")), s(got[1].get("Channel")));

    // Two channels live; a regex hangup ends both, as in hangup_regex.raw.
    let live = c.call_list(&CoreShowChannels);
    assert_eq!(common::events_named(&live, "CoreShowChannel").len(), 2);
    let hung = c.call_list(&Hangup::new("/^Local\\/ev@events-.*/"));
    let want_hung = common::capture("hangup_regex.raw");
    assert_eq!(
        common::events_named(&hung, "ChannelHungup").len(),
        common::events_named(&want_hung, "ChannelHungup").len()
    );
}
