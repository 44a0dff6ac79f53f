//! Completion strategies fed real and edge-case frames.

mod common;

use ami_proto::actions::{Command, CoreShowChannels, Hangup, Originate, Ping, QueueStatus, Status};
use ami_proto::{Action, ActionError, Completer, Completion, GenericAction, Message, Outcome};
use common::{corpus, messages, s};

/// Feeds every frame to a completer for `completion`; asserts it completes
/// exactly once and on the last frame given.
fn run(completion: Completion, frames: Vec<Message>) -> Result<Outcome, ActionError> {
    let mut c = Completer::new(completion, 1000);
    let n = frames.len();
    let mut done = None;
    for (i, msg) in frames.into_iter().enumerate() {
        if let Some(r) = c.feed(msg) {
            assert!(done.is_none(), "completed twice");
            assert_eq!(i, n - 1, "completed before the last frame");
            done = Some(r);
        }
    }
    done.expect("completed")
}

fn only_with_id(frames: Vec<Message>, id: &str) -> Vec<Message> {
    frames
        .into_iter()
        .filter(|m| m.action_id() == Some(id.as_bytes()))
        .collect()
}

#[test]
fn single_response() {
    let out = run(Ping.completion(), messages(&corpus("ping.raw"))).unwrap();
    assert_eq!(s(out.response.get("Ping")), Some("Pong"));
    assert!(out.events.is_empty());
}

#[test]
fn error_response_fails_with_the_servers_message() {
    let err = run(
        Completion::Response,
        messages(&corpus("getvar_nochannel.raw")),
    )
    .unwrap_err();
    match err {
        ActionError::Server { message, response } => {
            assert_eq!(message, "No such channel");
            assert!(response.is_error());
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn permission_denied_with_bare_lf_fails_the_same_way() {
    let err = run(
        Completion::list("StatusComplete"),
        messages(b"Response: Error\nActionID: x\nMessage: Permission denied\n\n"),
    )
    .unwrap_err();
    assert_eq!(err.to_string(), "server error: Permission denied");
}

#[test]
fn event_lists_from_real_captures() {
    for (file, completion, items) in [
        ("queuestatus.raw", QueueStatus::new().completion(), 6),
        (
            "queuestatus_nosuchqueue.raw",
            QueueStatus::new().completion(),
            0,
        ),
        (
            "queuesummary.raw",
            Completion::list("QueueSummaryComplete"),
            2,
        ),
        ("status_busy.raw", Status::new().completion(), 6),
        ("status_idle.raw", Status::new().completion(), 0),
        (
            "coreshowchannels_busy.raw",
            CoreShowChannels.completion(),
            6,
        ),
        (
            "devicestatelist.raw",
            Completion::list("DeviceStateListComplete"),
            6,
        ),
        (
            "showdialplan_agents.raw",
            Completion::list("ShowDialPlanComplete"),
            13,
        ),
    ] {
        let out =
            run(completion, messages(&corpus(file))).unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_eq!(out.events.len(), items, "{file}");
        let end = out.list_end.expect("list end kept");
        assert_eq!(end.event_list(), Some(&b"Complete"[..]), "{file}");
        assert_eq!(
            s(end.get("ListItems")),
            Some(items.to_string().as_str()),
            "{file}"
        );
    }
}

#[test]
fn hangup_with_a_regex_upgrades_to_a_list() {
    let out = run(
        Hangup::new("/^Local/").completion(),
        messages(&corpus("hangup_regex.raw")),
    )
    .unwrap();
    assert_eq!(out.events.len(), 2);
    assert!(out.events.iter().all(|e| e.is_event_named("ChannelHungup")));
}

#[test]
fn generic_action_of_a_list_action_collects_without_being_told() {
    let a = GenericAction::new("QueueSummary");
    let out = run(a.completion(), messages(&corpus("queuesummary.raw"))).unwrap();
    assert_eq!(out.events.len(), 2);
}

#[test]
fn list_without_eventlist_header_ends_on_the_named_event() {
    // Asterisk 1.8 shape: no EventList headers at all.
    let frames = messages(
        b"Response: Success\r\nActionID: s\r\nMessage: Channel status will follow\r\n\r\n\
          Event: Status\r\nActionID: s\r\nChannel: SIP/1\r\n\r\n\
          Event: StatusComplete\r\nActionID: s\r\nItems: 1\r\n\r\n",
    );
    let out = run(Status::new().completion(), frames).unwrap();
    assert_eq!(out.events.len(), 1);
    assert!(out.list_end.unwrap().is_event_named("StatusComplete"));
}

#[test]
fn complete_is_never_guessed_from_the_name_alone() {
    // A single-response action is not held open by a "...Complete" event,
    // and a Response-completion action without EventList: start is done at once.
    let frames =
        messages(b"Response: Success\r\nActionID: q\r\nMessage: Added interface to queue\r\n\r\n");
    let out = run(Completion::Response, frames).unwrap();
    assert!(out.list_end.is_none());
    // In a list, an event named like the end but with a different name does
    // not end it; only EventList or the configured name does.
    let frames = messages(
        b"Response: Success\r\nActionID: l\r\nEventList: start\r\n\r\n\
          Event: AgentComplete\r\nActionID: l\r\n\r\n\
          Event: QueueStatusComplete\r\nActionID: l\r\nEventList: Complete\r\n\r\n",
    );
    let out = run(QueueStatus::new().completion(), frames).unwrap();
    assert_eq!(out.events.len(), 1, "AgentComplete is an item");
}

#[test]
fn cancelled_list_fails_and_releases_items() {
    let frames = messages(
        b"Response: Success\r\nActionID: c\r\nEventList: start\r\n\r\n\
          Event: Item\r\nActionID: c\r\n\r\n\
          Event: ListComplete\r\nActionID: c\r\nEventList: cancelled\r\n\r\n",
    );
    let err = run(Completion::list("ListComplete"), frames).unwrap_err();
    assert!(matches!(err, ActionError::ListCancelled { items: 1 }));
}

#[test]
fn item_cap_fails_the_action() {
    let mut text = b"Response: Success\r\nActionID: big\r\nEventList: start\r\n\r\n".to_vec();
    for i in 0..11 {
        text.extend_from_slice(
            format!("Event: Item\r\nActionID: big\r\nN: {i}\r\n\r\n").as_bytes(),
        );
    }
    let mut c = Completer::new(Completion::list("ItemComplete"), 10);
    let mut results = Vec::new();
    for m in messages(&text) {
        if let Some(r) = c.feed(m) {
            results.push(r);
        }
    }
    assert_eq!(results.len(), 1);
    assert!(matches!(
        results[0],
        Err(ActionError::TooManyItems { limit: 10 })
    ));
}

#[test]
fn command_output_modern_form() {
    let out = run(
        Command::new("dialplan show events").completion(),
        messages(&corpus("command_dialplan_show_events.raw")),
    )
    .unwrap();
    let output = out.output.expect("output");
    assert!(output.raw_lines().len() > 50);
    assert!(
        output
            .text()
            .contains("[ Context 'events' created by 'pbx_config' ]"),
        "{}",
        output.text()
    );
}

#[test]
fn command_output_legacy_form_reads_the_same() {
    let modern = messages(
        b"Response: Success\r\nActionID: 1\r\nMessage: Command output follows\r\nOutput: Channel  Location\r\nOutput: \r\nOutput: 0 active channels\r\n\r\n",
    );
    let legacy = messages(
        b"Response: Follows\r\nPrivilege: Command\r\nActionID: 1\r\nChannel  Location\n\n0 active channels\n--END COMMAND--\r\n\r\n",
    );
    let a = run(Completion::Command, modern).unwrap().output.unwrap();
    let b = run(Completion::Command, legacy).unwrap().output.unwrap();
    assert_eq!(a, b);
    assert_eq!(a.text(), "Channel  Location\n\n0 active channels");
}

#[test]
fn failing_command_keeps_its_output() {
    let err = run(
        Completion::Command,
        messages(&corpus("command_invalid.raw")),
    )
    .unwrap_err();
    let ActionError::Server { response, .. } = err else {
        panic!()
    };
    assert!(
        s(response.get("Output"))
            .unwrap()
            .starts_with("No such command 'foo bar baz'")
    );
}

#[test]
fn async_originate_waits_for_its_event() {
    let frames = only_with_id(
        messages(&corpus("originate_async_events_on.raw")),
        "orig-async-1",
    );
    assert_eq!(frames.len(), 2);
    let out = run(Completion::AsyncOriginate, frames).unwrap();
    assert_eq!(s(out.events[0].get("Reason")), Some("4"));
}

#[test]
fn async_originate_failure_is_an_error_with_the_event() {
    let frames = messages(
        b"Response: Success\r\nActionID: o\r\nMessage: Originate successfully queued\r\n\r\n\
          Event: OriginateResponse\r\nActionID: o\r\nResponse: Failure\r\nChannel: PJSIP/999\r\nReason: 0\r\n\r\n",
    );
    let action = Originate::extension("PJSIP/999", "default", "s", "1").asynchronous(true);
    let err = run(action.completion(), frames).unwrap_err();
    let ActionError::OriginateFailed { reason, event } = err else {
        panic!()
    };
    assert_eq!(reason, "0");
    assert_eq!(s(event.get("Channel")), Some("PJSIP/999"));
}

#[test]
fn async_originate_event_before_response_still_completes_once() {
    let frames = messages(
        b"Event: OriginateResponse\r\nActionID: o\r\nResponse: Success\r\nReason: 4\r\n\r\n\
          Response: Success\r\nActionID: o\r\nMessage: Originate successfully queued\r\n\r\n",
    );
    let out = run(Completion::AsyncOriginate, frames).unwrap();
    assert_eq!(out.events.len(), 1);
}

#[test]
fn rejected_async_originate_fails_at_the_response() {
    let err = run(
        Completion::AsyncOriginate,
        messages(&corpus("originate_bad_channel.raw")),
    )
    .unwrap_err();
    assert!(matches!(err, ActionError::Server { .. }));
}

#[test]
fn stray_frames_are_ignored() {
    let mut c = Completer::new(Completion::Response, 10);
    for m in messages(b"Asterisk Call Manager/11.0.0\r\nAction: Ping\r\n\r\ngarbage\r\n\r\n") {
        assert!(c.feed(m).is_none());
    }
    assert!(!c.has_response());
}

#[test]
fn hostile_endless_list_of_big_items_stops_at_the_byte_budget() {
    // A server answers Ping with `EventList: start` and then 64 KiB items
    // carrying our ActionID, forever: the completer holds at most the budget,
    // reports TooLarge once, then drops the rest without buffering until the
    // list's end.
    let big = "x".repeat(64 * 1024);
    let mut c = Completer::new(Ping.completion(), 100_000).max_bytes(1024 * 1024);
    let start = messages(b"Response: Success\r\nActionID: p\r\nEventList: start\r\n\r\n");
    assert!(c.feed(start[0].clone()).is_none());
    let mut results = Vec::new();
    for i in 0..200 {
        let item = format!("Event: Item\r\nActionID: p\r\nN: {i}\r\nData: {big}\r\n\r\n");
        if let Some(r) = c.feed(messages(item.as_bytes()).remove(0)) {
            results.push((i, r));
        }
        assert!(c.collected_bytes() <= 1024 * 1024);
    }
    assert_eq!(results.len(), 1, "reported once");
    let (at, result) = &results[0];
    assert_eq!(*at, 15, "the 16th 64 KiB item crosses 1 MiB");
    assert!(
        matches!(result, Err(ActionError::TooLarge { limit, bytes }) if *limit == 1024 * 1024 && *bytes > *limit)
    );
    assert!(c.is_draining());
    assert_eq!(c.items(), 0, "released");
    let end = messages(b"Event: ItemComplete\r\nActionID: p\r\nEventList: Complete\r\n\r\n");
    assert!(c.feed(end[0].clone()).is_none());
    assert!(!c.is_draining(), "the list's end stops the drain");
}

#[test]
fn hostile_single_response_action_collects_nothing_before_its_response() {
    // Events carrying a Ping's ActionID before its response are not kept.
    let mut c = Completer::new(Ping.completion(), 100_000).max_bytes(1024);
    for i in 0..100 {
        let ev = format!("Event: Junk\r\nActionID: p\r\nN: {i}\r\n\r\n");
        assert!(c.feed(messages(ev.as_bytes()).remove(0)).is_none());
    }
    assert_eq!(c.items(), 0);
    let out = c
        .feed(messages(b"Response: Success\r\nActionID: p\r\nPing: Pong\r\n\r\n").remove(0))
        .expect("completes")
        .expect("ok");
    assert!(out.events.is_empty());
}
