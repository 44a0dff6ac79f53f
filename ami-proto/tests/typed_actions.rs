//! The actions generated from the interface facts: one typed counterpart per
//! documented action and per action a live server lists, each encoding
//! through the same checked encoder and completing as the rules say.

mod common;

use ami_proto::actions::{
    self, AOCMessage, AOCMessageChargeType, AOCMessageItem, AOCMessageMsgType, DeviceStateList,
    ListRule, MessageSend, MuteAudio, MuteAudioDirection, MuteAudioState, SPEC_ACTIONS,
    ShowDialPlan, SpecCompletion, UpdateConfig, UpdateConfigAction, UpdateConfigItem,
};
use ami_proto::{Action, Completer, Completion, EncodeError, encode_action};

fn encode(a: &dyn Action) -> String {
    let mut out = Vec::new();
    encode_action(a, Some("t-1"), 128, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn every_spec_action_has_a_type_that_encodes_and_completes_as_decided() {
    // 168 spec entries, 154 names (the voicemail actions come from three modules).
    assert_eq!(SPEC_ACTIONS.len(), 154);
    assert_eq!(SPEC_ACTIONS.iter().filter(|s| s.hand_written).count(), 25);
    for spec in SPEC_ACTIONS {
        let action = (spec.example)();
        assert_eq!(action.name(), spec.name);
        let text = encode(action.as_ref());
        assert!(text.starts_with(&format!("Action: {}\r\nActionID: t-1\r\n", spec.name)));
        let expected = match spec.completion {
            SpecCompletion::List { complete_event, .. } => Completion::list(complete_event),
            SpecCompletion::Command => Completion::Command,
            SpecCompletion::Response
            | SpecCompletion::ResponseOrList
            | SpecCompletion::Originate => Completion::Response,
        };
        assert_eq!(action.completion(), expected, "{}", spec.name);
        assert!(!spec.modules.is_empty(), "{}", spec.name);
    }
    let rules = |r: ListRule| {
        SPEC_ACTIONS
            .iter()
            .filter(|s| matches!(s.completion, SpecCompletion::List { rule, .. } if rule == r))
            .count()
    };
    println!(
        "list actions: {} by capture, {} by spec, {} by source",
        rules(ListRule::Capture),
        rules(ListRule::Spec),
        rules(ListRule::Source)
    );
    assert_eq!(rules(ListRule::Capture), 6);
}

#[test]
fn every_action_listcommands_names_has_a_typed_counterpart() {
    let frames = common::messages(&common::corpus("listcommands.raw"));
    let reply = frames.first().expect("one response");
    let mut names = Vec::new();
    for h in reply.iter() {
        let key = h.key_str();
        if key.eq_ignore_ascii_case("Response") || key.eq_ignore_ascii_case("ActionID") {
            continue;
        }
        names.push(key.into_owned());
    }
    // The capture's server loaded 100 of the 154 documented actions.
    assert_eq!(names.len(), 100);
    let missing: Vec<&String> = names
        .iter()
        .filter(|n| !SPEC_ACTIONS.iter().any(|s| s.name == n.as_str()))
        .collect();
    assert!(missing.is_empty(), "no typed action for {missing:?}");
}

#[test]
fn enumerated_values_are_enums_with_an_escape_hatch() {
    let a = MuteAudio::new("PJSIP/1-1", MuteAudioDirection::In, MuteAudioState::On);
    assert!(encode(&a).contains("Direction: in\r\nState: on\r\n"));
    let a = MuteAudio::new(
        "PJSIP/1-1",
        MuteAudioDirection::Other("both".into()),
        MuteAudioState::from("off"),
    );
    assert!(encode(&a).contains("Direction: both\r\nState: off\r\n"));
    assert_eq!(MuteAudioDirection::from("all"), MuteAudioDirection::All);
}

#[test]
fn numbered_groups_and_variables_repeat() {
    let a = UpdateConfig::new("a.conf", "a.conf")
        .item(
            UpdateConfigItem::new()
                .action(UpdateConfigAction::NewCat)
                .cat("general"),
        )
        .item(
            UpdateConfigItem::new()
                .action(UpdateConfigAction::Append)
                .cat("general")
                .var("x")
                .value("1"),
        );
    let text = encode(&a);
    assert!(text.contains("Action-000000: NewCat\r\nCat-000000: general\r\n"));
    assert!(text.contains(
        "Action-000001: Append\r\nCat-000001: general\r\nVar-000001: x\r\nValue-000001: 1\r\n"
    ));

    let a = AOCMessage::new(AOCMessageMsgType::D)
        .channel("PJSIP/1-1")
        .charge_type(AOCMessageChargeType::Unit)
        .item(AOCMessageItem::new().unit_amount("3"));
    assert!(encode(&a).contains("UnitAmount(0): 3\r\n"));

    let m = MessageSend::new()
        .to("pjsip:100")
        .variables([("A", "1"), ("B", "2")])
        .variable("C", "3");
    assert!(encode(&m).contains("Variable: A=1\r\nVariable: B=2\r\nVariable: C=3\r\n"));
    let bad = MessageSend::new().variable("A=B", "1");
    assert!(matches!(
        encode_action(&bad, None, 128, &mut Vec::new()),
        Err(EncodeError::InvalidVariable { .. })
    ));
}

#[test]
fn generated_values_go_through_the_checked_encoder() {
    let a = actions::DBPut::new("fam", "key").val("v\r\nAction: Logoff");
    let mut out = Vec::new();
    assert!(matches!(
        encode_action(&a, Some("x"), 128, &mut out),
        Err(EncodeError::HeaderInjection { .. })
    ));
    assert!(out.is_empty());
    let long = "x".repeat(2000);
    assert!(matches!(
        encode_action(&actions::DBGet::new("f", long), None, 128, &mut out),
        Err(EncodeError::LineTooLong { .. })
    ));
}

/// Feeds a capture's frames to a completer built from the generated action.
fn complete(action: &dyn Action, capture: &str) -> ami_proto::Outcome {
    let mut c = Completer::new(action.completion(), 10_000);
    for msg in common::messages(&common::corpus(capture)) {
        if let Some(done) = c.feed(msg) {
            return done.unwrap();
        }
    }
    panic!("{capture} did not complete");
}

#[test]
fn generated_list_actions_complete_on_real_captures() {
    let out = complete(&DeviceStateList, "devicestatelist.raw");
    assert_eq!(out.events.len(), 6);
    assert!(
        out.list_end
            .unwrap()
            .is_event_named("DeviceStateListComplete")
    );
    let out = complete(
        &ShowDialPlan::new().context("agents"),
        "showdialplan_agents.raw",
    );
    assert_eq!(out.events.len(), 13);
}
