//! Encoding: every typed action, header injection, server limits, ActionIDs.

mod common;

use std::time::Duration;

use ami_proto::actions::*;
use ami_proto::{
    Action, Completion, EncodeError, GenericAction, MAX_LINE_LEN, MAX_LINES, encode_action,
    encode_frame, validate_action_id,
};
use common::messages;

fn encode(a: &dyn Action, id: &str) -> String {
    let mut out = Vec::new();
    encode_action(a, Some(id), 128, &mut out).expect("encodes");
    String::from_utf8(out).unwrap()
}

#[test]
fn typed_actions_encode_as_asterisk_expects() {
    let table: Vec<(Box<dyn Action>, &str, Completion)> = vec![
        (
            Box::new(Login::plain("admin", "amp111").events("off")),
            "Action: Login\r\nActionID: t\r\nUsername: admin\r\nSecret: amp111\r\nEvents: off\r\n\r\n",
            Completion::Response,
        ),
        (
            Box::new(Login::md5("admin", "644548177", "amp111")),
            "Action: Login\r\nActionID: t\r\nAuthType: MD5\r\nUsername: admin\r\nKey: 37380a7f08cb920032de8f804e8b06d7\r\n\r\n",
            Completion::Response,
        ),
        (
            Box::new(Challenge::md5()),
            "Action: Challenge\r\nActionID: t\r\nAuthType: MD5\r\n\r\n",
            Completion::Response,
        ),
        (
            Box::new(Logoff),
            "Action: Logoff\r\nActionID: t\r\n\r\n",
            Completion::Response,
        ),
        (
            Box::new(Ping),
            "Action: Ping\r\nActionID: t\r\n\r\n",
            Completion::Response,
        ),
        (
            Box::new(Command::new("core show channels")),
            "Action: Command\r\nActionID: t\r\nCommand: core show channels\r\n\r\n",
            Completion::Command,
        ),
        (
            Box::new(Hangup::new("PJSIP/100-0001").cause("16")),
            "Action: Hangup\r\nActionID: t\r\nChannel: PJSIP/100-0001\r\nCause: 16\r\n\r\n",
            Completion::Response,
        ),
        (
            Box::new(Redirect::new("PJSIP/1", "default", "200", "1")),
            "Action: Redirect\r\nActionID: t\r\nChannel: PJSIP/1\r\nContext: default\r\nExten: 200\r\nPriority: 1\r\n\r\n",
            Completion::Response,
        ),
        (
            Box::new(Setvar::new("FOO", "bar")),
            "Action: Setvar\r\nActionID: t\r\nVariable: FOO\r\nValue: bar\r\n\r\n",
            Completion::Response,
        ),
        (
            Box::new(Getvar::new("FOO").channel("PJSIP/1")),
            "Action: Getvar\r\nActionID: t\r\nVariable: FOO\r\nChannel: PJSIP/1\r\n\r\n",
            Completion::Response,
        ),
        (
            Box::new(Status::new()),
            "Action: Status\r\nActionID: t\r\n\r\n",
            Completion::list("StatusComplete"),
        ),
        (
            Box::new(CoreSettings),
            "Action: CoreSettings\r\nActionID: t\r\n\r\n",
            Completion::Response,
        ),
        (
            Box::new(CoreStatus),
            "Action: CoreStatus\r\nActionID: t\r\n\r\n",
            Completion::Response,
        ),
        (
            Box::new(CoreShowChannels),
            "Action: CoreShowChannels\r\nActionID: t\r\n\r\n",
            Completion::list("CoreShowChannelsComplete"),
        ),
        (
            Box::new(QueueStatus::new().queue("support")),
            "Action: QueueStatus\r\nActionID: t\r\nQueue: support\r\n\r\n",
            Completion::list("QueueStatusComplete"),
        ),
        (
            Box::new(QueueSummary::new()),
            "Action: QueueSummary\r\nActionID: t\r\n\r\n",
            Completion::list("QueueSummaryComplete"),
        ),
        (
            Box::new(QueueAdd::new("support", "PJSIP/100").penalty("1")),
            "Action: QueueAdd\r\nActionID: t\r\nQueue: support\r\nInterface: PJSIP/100\r\nPenalty: 1\r\n\r\n",
            Completion::Response,
        ),
        (
            Box::new(QueueRemove::new("support", "PJSIP/100")),
            "Action: QueueRemove\r\nActionID: t\r\nQueue: support\r\nInterface: PJSIP/100\r\n\r\n",
            Completion::Response,
        ),
        (
            Box::new(
                QueuePause::new("PJSIP/100", true)
                    .queue("support")
                    .reason("lunch"),
            ),
            "Action: QueuePause\r\nActionID: t\r\nInterface: PJSIP/100\r\nPaused: true\r\nQueue: support\r\nReason: lunch\r\n\r\n",
            Completion::Response,
        ),
        (
            Box::new(PJSIPShowEndpoint::new("100")),
            "Action: PJSIPShowEndpoint\r\nActionID: t\r\nEndpoint: 100\r\n\r\n",
            Completion::list("EndpointDetailComplete"),
        ),
        (
            Box::new(PJSIPShowEndpoints),
            "Action: PJSIPShowEndpoints\r\nActionID: t\r\n\r\n",
            Completion::list("EndpointListComplete"),
        ),
        (
            Box::new(Events::new("system,call")),
            "Action: Events\r\nActionID: t\r\nEventMask: system,call\r\n\r\n",
            Completion::Response,
        ),
        (
            Box::new(Filter::new("Event: Hangup").operation("Add")),
            "Action: Filter\r\nActionID: t\r\nFilter: Event: Hangup\r\nOperation: Add\r\n\r\n",
            Completion::Response,
        ),
        (
            Box::new(UserEvent::new("Dialer").header("Campaign", "7")),
            "Action: UserEvent\r\nActionID: t\r\nUserEvent: Dialer\r\nCampaign: 7\r\n\r\n",
            Completion::Response,
        ),
        (
            Box::new(ListCommands),
            "Action: ListCommands\r\nActionID: t\r\n\r\n",
            Completion::Response,
        ),
        (
            Box::new(Originate::extension("PJSIP/100", "default", "200", "1")),
            "Action: Originate\r\nActionID: t\r\nChannel: PJSIP/100\r\nContext: default\r\nExten: 200\r\nPriority: 1\r\n\r\n",
            Completion::Response,
        ),
        (
            Box::new(
                GenericAction::new("ExtensionState")
                    .header("Exten", "100")
                    .header("Context", "default"),
            ),
            "Action: ExtensionState\r\nActionID: t\r\nExten: 100\r\nContext: default\r\n\r\n",
            Completion::Response,
        ),
    ];
    for (action, want, completion) in table {
        assert_eq!(encode(action.as_ref(), "t"), want, "{action:?}");
        assert_eq!(action.completion(), completion, "{action:?}");
        // What we send decodes back to the same headers.
        let back = messages(want.as_bytes());
        assert_eq!(back[0].action_name().as_deref(), Some(action.name()));
    }
}

#[test]
fn originate_async_with_variables() {
    let o = Originate::application("Local/100@dialer", "Playback", Some("hello-world".into()))
        .timeout(Duration::from_millis(15_000))
        .caller_id("\"Dialer\" <100>")
        .account("acct")
        .variable("A", "1")
        .variable("B", "x=y")
        .asynchronous(true);
    assert_eq!(o.completion(), Completion::AsyncOriginate);
    assert_eq!(
        encode(&o, "o-1"),
        "Action: Originate\r\nActionID: o-1\r\nChannel: Local/100@dialer\r\nApplication: Playback\r\n\
         Data: hello-world\r\nTimeout: 15000\r\nCallerID: \"Dialer\" <100>\r\nAccount: acct\r\n\
         Async: true\r\nVariable: A=1\r\nVariable: B=x=y\r\n\r\n"
    );
}

#[test]
fn cr_or_lf_in_any_value_is_refused_naming_the_header() {
    let cases: Vec<(Box<dyn Action>, &str)> = vec![
        (
            Box::new(Command::new("core show version\r\nAction: Originate")),
            "Command",
        ),
        (Box::new(Setvar::new("FOO", "a\nb")), "Value"),
        (Box::new(Login::plain("admin", "pw\r")), "Secret"),
        (
            Box::new(Originate::extension("PJSIP/1", "c", "e", "1").variable("V", "x\ny")),
            "Variable",
        ),
        (
            Box::new(
                GenericAction::new("X")
                    .header("Ok", "1")
                    .header("Bad", "\n"),
            ),
            "Bad",
        ),
        (
            Box::new(UserEvent::new("U").header("H", "1\r\n\r\nAction: Hangup")),
            "H",
        ),
    ];
    for (action, header) in cases {
        let mut out = b"previous bytes".to_vec();
        let err = encode_action(action.as_ref(), Some("id"), 128, &mut out).unwrap_err();
        assert_eq!(
            err,
            EncodeError::HeaderInjection {
                header: header.into()
            },
            "{action:?}"
        );
        assert_eq!(out, b"previous bytes", "nothing written");
        assert!(!err.to_string().contains("Originate") || header == "Command");
    }
}

#[test]
fn cr_lf_or_colon_in_a_name_is_refused() {
    for name in ["", "Bad Name", "X:Y", "X\r\nY", "Ünï"] {
        let mut out = Vec::new();
        let a = GenericAction::new("Test").header(name, "v");
        let err = encode_action(&a, None, 128, &mut out).unwrap_err();
        assert!(
            matches!(err, EncodeError::InvalidHeaderName { .. }),
            "{name:?}: {err}"
        );
        assert!(out.is_empty());
    }
    let err = encode_action(
        &GenericAction::new("Bad\r\nAction"),
        None,
        128,
        &mut Vec::new(),
    )
    .unwrap_err();
    assert!(matches!(err, EncodeError::HeaderInjection { .. }));
}

#[test]
fn a_line_the_server_would_refuse_is_an_error() {
    // "Value: " is 7 bytes and CRLF 2: a 1015-byte value makes a 1024-byte line.
    let ok = Setvar::new("V", "x".repeat(MAX_LINE_LEN - 9));
    assert!(encode_action(&ok, None, 128, &mut Vec::new()).is_ok());
    let long = Setvar::new("V", "x".repeat(MAX_LINE_LEN - 8));
    let err = encode_action(&long, None, 128, &mut Vec::new()).unwrap_err();
    assert_eq!(
        err,
        EncodeError::LineTooLong {
            header: "Value".into(),
            len: MAX_LINE_LEN + 1,
            limit: MAX_LINE_LEN
        }
    );
}

#[test]
fn too_many_lines_is_an_error() {
    // Action + ActionID + 126 variables = 128 lines: accepted; one more is not.
    let mut o = Originate::application("Local/1@x", "Wait", None);
    o.variables = (0..MAX_LINES - 4)
        .map(|i| (format!("V{i}"), "1".into()))
        .collect();
    assert!(encode_action(&o, Some("id"), 128, &mut Vec::new()).is_ok());
    o.variables.push(("ONE_MORE".into(), "1".into()));
    let mut out = Vec::new();
    let err = encode_action(&o, Some("id"), 128, &mut out).unwrap_err();
    assert_eq!(
        err,
        EncodeError::TooManyLines {
            action: "Originate".into(),
            limit: MAX_LINES
        }
    );
    assert!(out.is_empty());
}

#[test]
fn bad_variable_names_are_refused() {
    for name in ["", "A=B"] {
        let o = Originate::application("Local/1@x", "Wait", None).variable(name, "1");
        let err = encode_action(&o, None, 128, &mut Vec::new()).unwrap_err();
        assert_eq!(err, EncodeError::InvalidVariable { name: name.into() });
    }
}

#[test]
fn action_ids_are_validated() {
    assert!(validate_action_id("srv1-7f3a-42", 128).is_ok());
    assert_eq!(
        validate_action_id(&"a".repeat(129), 128),
        Err(EncodeError::ActionIdTooLong {
            len: 129,
            limit: 128
        })
    );
    assert!(validate_action_id(&"a".repeat(16), 16).is_ok());
    for bad in ["", "has space", "tab\t", "cr\r", "é"] {
        assert!(
            matches!(
                validate_action_id(bad, 128),
                Err(EncodeError::InvalidActionId { .. })
            ),
            "{bad:?}"
        );
    }
    let mut out = Vec::new();
    assert!(encode_action(&Ping, Some("x y"), 128, &mut out).is_err());
    assert!(out.is_empty());
    assert!(encode_action(&Ping, Some("abcdefghi"), 8, &mut out).is_err());
}

#[test]
fn encode_appends_to_the_callers_buffer() {
    let mut out = b"Action: Ping\r\n\r\n".to_vec();
    let n = encode_action(&Ping, Some("2"), 128, &mut out).unwrap();
    assert_eq!(n, "Action: Ping\r\nActionID: 2\r\n\r\n".len());
    assert_eq!(messages(&out).len(), 2);
}

#[test]
fn server_frames_have_no_line_limits_but_refuse_crlf() {
    let mut out = Vec::new();
    let long = "y".repeat(5000);
    encode_frame(&mut out, |w| {
        w.header("Response", "Success")?.header("Output", &long)?;
        Ok(())
    })
    .unwrap();
    let m = messages(&out);
    assert_eq!(m[0].get("Output").map(<[u8]>::len), Some(5000));
    let before = out.len();
    let err = encode_frame(&mut out, |w| {
        w.header("Event", "X")?.header("Bad", "a\rb")?;
        Ok(())
    })
    .unwrap_err();
    assert!(matches!(err, EncodeError::HeaderInjection { .. }));
    assert_eq!(out.len(), before);
}

#[test]
fn md5_key_matches_a_real_login() {
    // challenge.raw gave 644548177; login_md5.sent carries the key Asterisk accepted.
    let sent = String::from_utf8(common::corpus("login_md5.sent")).unwrap();
    let key = md5_key("644548177", "amp111");
    assert!(sent.contains(&format!("Key: {key}\r\n")));
    assert_eq!(key.len(), 32);
    assert!(
        key.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    );
}
