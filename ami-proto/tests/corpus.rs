//! The captures from a real Asterisk 22 decode to the expected frames.

mod common;

use std::collections::BTreeMap;

use ami_proto::{Completer, DecoderConfig, MessageKind, actions};
use common::{corpus, corpus_files, decode_chunked, messages, s};

/// `INDEX.txt` rows that state a message count: (file, count).
fn indexed_counts() -> Vec<(String, usize)> {
    let index = String::from_utf8(corpus("INDEX.txt")).unwrap();
    index
        .lines()
        .filter_map(|line| {
            let mut words = line.split_whitespace();
            let name = words.next()?;
            let rest: Vec<&str> = words.collect();
            let at = rest.iter().position(|w| *w == "msgs" || *w == "msgs,")?;
            Some((name.to_owned(), rest.get(at.checked_sub(1)?)?.parse().ok()?))
        })
        .collect()
}

#[test]
fn every_capture_decodes_without_error_in_any_chunking() {
    let files = corpus_files();
    assert!(files.len() >= 50, "corpus has {} captures", files.len());
    for name in files {
        let bytes = corpus(&name);
        // Login captures follow the banner; everything else starts at a frame
        // or at the banner itself, which the decoder recognises either way.
        let whole = decode_chunked(DecoderConfig::default(), true, &bytes, usize::MAX);
        for r in &whole {
            assert!(r.is_ok(), "{name}: {r:?}");
        }
        for chunk in [1, 13] {
            if bytes.len() > 100_000 && chunk == 1 {
                continue;
            }
            let again = decode_chunked(DecoderConfig::default(), true, &bytes, chunk);
            assert_eq!(again, whole, "{name} in {chunk}-byte chunks");
        }
    }
}

#[test]
fn message_counts_match_the_index() {
    let counts = indexed_counts();
    assert!(counts.len() >= 35, "parsed {} counts", counts.len());
    for (name, want) in counts {
        let got = messages(&corpus(&name)).len();
        assert_eq!(got, want, "{name}");
    }
}

#[test]
fn event_stream_matches_its_summary() {
    let m = messages(&corpus("event_stream.raw"));
    assert_eq!(m.len(), 1 + 3423, "banner plus 3,423 messages");
    assert_eq!(m[0].banner_version().as_deref(), Some("11.0.0"));
    assert_eq!(s(m[1].action_id()), Some("evcap-login"));
    assert_eq!(
        m[1].message_text().as_deref(),
        Some("Authentication accepted")
    );

    let mut by_name: BTreeMap<String, usize> = BTreeMap::new();
    for msg in &m[1..] {
        let key = match msg.kind() {
            MessageKind::Event => msg.event_name().unwrap().into_owned(),
            MessageKind::Response => format!("Response: {}", msg.response().unwrap()),
            other => panic!("unexpected {other:?}"),
        };
        *by_name.entry(key).or_default() += 1;
    }
    let summary = String::from_utf8(corpus("event_stream.summary.txt")).unwrap();
    let mut rows = 0;
    for line in summary.lines().skip(1) {
        let line = line.trim();
        let (count, name) = line.split_once(char::is_whitespace).unwrap();
        let name = name.trim();
        assert_eq!(by_name.get(name).copied(), count.parse().ok(), "{name}");
        rows += 1;
    }
    assert_eq!(rows, by_name.len());

    let hangups = m.iter().filter(|x| x.is_event_named("Hangup")).count();
    assert_eq!(hangups, 121);
    let first_newchannel = m.iter().find(|x| x.is_event_named("Newchannel")).unwrap();
    assert_eq!(
        s(first_newchannel.get("Channel")),
        Some("Local/ev@events-00000008;1")
    );
    assert_eq!(s(first_newchannel.get("AccountCode")), Some(""));
    assert_eq!(s(first_newchannel.get("SystemName")), Some("realpeer-a"));
}

#[test]
fn originate_response_is_an_event_with_a_response_header() {
    let m = messages(&corpus("originate_async_events_on.raw"));
    let or: Vec<_> = m
        .iter()
        .filter(|x| x.is_event_named("OriginateResponse"))
        .collect();
    assert_eq!(or.len(), 1);
    assert_eq!(or[0].kind(), MessageKind::Event);
    assert_eq!(s(or[0].action_id()), Some("orig-async-1"));
    assert_eq!(or[0].response().as_deref(), Some("Success"));

    // The async Originate completes with the response, then that event.
    let mut c = Completer::new(
        ami_proto::Action::completion(
            &actions::Originate::application("Local/ev@events", "Wait", None).asynchronous(true),
        ),
        100,
    );
    let mut done = None;
    for msg in m
        .into_iter()
        .filter(|x| x.action_id() == Some(b"orig-async-1"))
    {
        assert!(done.is_none(), "completed twice");
        done = c.feed(msg);
    }
    let outcome = done.expect("completed").expect("succeeded");
    assert_eq!(
        outcome.response.message_text().as_deref(),
        Some("Originate successfully queued")
    );
    assert!(outcome.events[0].is_event_named("OriginateResponse"));
}

#[test]
fn specific_replies() {
    let ping = messages(&corpus("ping.raw"));
    assert_eq!(s(ping[0].get("Ping")), Some("Pong"));
    assert!(ping[0].get("Timestamp").is_some());

    let denied = messages(&corpus("prelogin_actions.raw"));
    assert_eq!(denied.len(), 2);
    assert!(
        denied
            .iter()
            .all(|x| x.is_error() && x.message_text().as_deref() == Some("Permission denied"))
    );

    let unknown = messages(&corpus("unknown_action.raw"));
    assert!(
        unknown[0]
            .message_text()
            .unwrap()
            .starts_with("Invalid/unknown command")
    );

    let challenge = messages(&corpus("challenge.raw"));
    assert_eq!(s(challenge[0].get("Challenge")), Some("644548177"));

    let bad = messages(&corpus("login_bad_password.raw"));
    assert!(bad[0].is_error());
    assert_eq!(
        bad[0].message_text().as_deref(),
        Some("Authentication failed")
    );

    let bye = messages(&corpus("logoff.raw"));
    assert_eq!(bye[0].response().as_deref(), Some("Goodbye"));

    let qs = messages(&corpus("queuestatus.raw"));
    assert_eq!(qs[0].event_list(), Some(&b"start"[..]));
    let last = qs.last().unwrap();
    assert!(last.is_event_named("QueueStatusComplete"));
    assert_eq!(last.event_list(), Some(&b"Complete"[..]));

    let cmd = messages(&corpus("command_dialplan_show_events.raw"));
    assert!(cmd[0].get_all("Output").count() > 50);

    let settings = messages(&corpus("coresettings.raw"));
    assert_eq!(s(settings[0].get("AMIversion")), Some("11.0.0"));
}

#[test]
fn command_output_lines_equal_the_raw_lines_byte_for_byte() {
    // `Output:` lines of CLI tables carry meaningful leading blanks: the value
    // is everything after the one space that follows the colon.
    for name in ["command_queue_show.raw", "command_dialplan_show_events.raw"] {
        let raw = corpus(name);
        let expected: Vec<&[u8]> = raw
            .split(|&b| b == b'\n')
            .filter_map(|l| l.strip_prefix(b"Output: "))
            .map(|l| l.strip_suffix(b"\r").unwrap_or(l))
            .collect();
        assert!(
            expected.iter().any(|l| l.starts_with(b" ")),
            "{name} has indented lines"
        );
        let msgs: Vec<_> = decode_chunked(DecoderConfig::default(), true, &raw, 13)
            .into_iter()
            .map(|r| r.expect("decodes"))
            .collect();
        let resp = msgs
            .iter()
            .find(|m| m.kind() == MessageKind::Response)
            .expect("a response");
        let mut c = Completer::new(actions::Command::new("x").completion(), 10);
        use ami_proto::Action as _;
        let outcome = c.feed(resp.clone()).expect("complete").expect("ok");
        let got: Vec<&[u8]> = outcome
            .output
            .as_ref()
            .expect("output")
            .raw_lines()
            .iter()
            .map(|b| &b[..])
            .collect();
        assert_eq!(got, expected, "{name}");
    }
}
