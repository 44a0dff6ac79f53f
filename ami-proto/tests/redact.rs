//! Secrets never show in Debug, Display, JSON or free text.

mod common;

use ami_proto::actions::Login;
use ami_proto::{GenericAction, MASK, Redactor};
use common::{corpus, messages};

const SECRET: &str = "amp111";

#[test]
fn debug_of_actions_never_shows_a_secret() {
    let shown = [
        format!("{:?}", Login::plain("admin", SECRET)),
        format!("{:#?}", Login::md5("admin", "644548177", SECRET)),
        format!(
            "{:?}",
            GenericAction::new("Login")
                .header("Username", "admin")
                .header("secret", SECRET)
        ),
        format!(
            "{:?}",
            GenericAction::new("X")
                .header("Password", SECRET)
                .header("Token", SECRET)
        ),
    ];
    for s in shown {
        assert!(!s.contains(SECRET), "{s}");
        assert!(!s.contains("37380a7f"), "md5 key shown: {s}");
        assert!(s.contains(MASK) || s.contains("secret"), "{s}");
    }
}

#[test]
fn debug_and_display_of_messages_mask_secret_headers() {
    let sent = messages(&corpus("event_stream.raw.sent"));
    assert!(common::s(sent[0].get("Secret")) == Some(SECRET));
    let dbg = format!("{:?}", sent[0]);
    assert!(!dbg.contains(SECRET), "{dbg}");
    assert!(dbg.contains("Username"));
    let shown = Redactor::builtin().message(&sent[0]).to_string();
    assert!(!shown.contains(SECRET), "{shown}");
    assert!(shown.contains("Secret: ********"));
    let md5 = messages(&corpus("login_md5.sent"));
    assert!(!format!("{:?}", md5[0]).contains("37380a7f08cb920032de8f804e8b06d7"));
}

#[test]
fn configured_keys_and_patterns() {
    let r = Redactor::new(&["X-Api"], &["^pin"], &[r"\b\d{4}-\d{4}-\d{4}-\d{4}\b"]).unwrap();
    assert_eq!(r.value(b"x-api", b"k"), MASK);
    assert_eq!(r.value(b"PinCode", b"1234"), MASK);
    assert_eq!(r.value(b"Secret", b"s"), MASK, "built-in keys stay");
    assert_eq!(
        r.value(b"Note", b"card 1111-2222-3333-4444 ok"),
        "card ******** ok"
    );
    assert_eq!(r.value(b"Channel", b"PJSIP/100"), "PJSIP/100");
    let m = messages(
        b"Event: UserEvent\r\nPinCode: 9876\r\nX-API: abc\r\nNote: 1111-2222-3333-4444\r\n\r\n",
    );
    let shown = format!("{:?}", r.message(&m[0]));
    for secret in ["9876", "abc", "1111-2222"] {
        assert!(!shown.contains(secret), "{shown}");
    }
}

#[test]
fn invalid_pattern_is_an_error_naming_it() {
    let err = Redactor::new(&[] as &[&str], &["("], &[]).unwrap_err();
    assert_eq!(err.pattern, "(");
    assert!(err.to_string().contains("invalid redaction pattern \"(\""));
}

#[test]
fn free_text_is_masked() {
    let r = Redactor::builtin();
    for (input, want) in [
        (
            "Action: Login\r\nUsername: admin\r\nSecret: amp111\r\n",
            "Action: Login\r\nUsername: admin\r\nSecret: ********\r\n",
        ),
        (
            "login with secret=amp111, user=admin",
            "login with secret=********, user=admin",
        ),
        ("AuthType: MD5 key: 37380a7f", "AuthType: MD5 key: ********"),
        ("nothing to hide", "nothing to hide"),
    ] {
        assert_eq!(r.text(input), want);
    }
}

#[test]
fn json_keeps_order_groups_repeats_and_can_redact() {
    let m = messages(
        b"Event: VarSet\r\nVariable: a=1\r\nChannel: X\r\nvariable: b=2\r\nSecret: s3\r\n\r\n",
    );
    let plain = serde_json::to_string(&m[0]).unwrap();
    assert_eq!(
        plain,
        r#"{"Event":"VarSet","Variable":["a=1","b=2"],"Channel":"X","Secret":"s3"}"#
    );
    let masked = serde_json::to_string(&Redactor::builtin().serializable(&m[0])).unwrap();
    assert_eq!(
        masked,
        r#"{"Event":"VarSet","Variable":["a=1","b=2"],"Channel":"X","Secret":"********"}"#
    );

    let legacy = messages(
        b"Response: Follows\r\nActionID: 1\r\nline one\nline two\n--END COMMAND--\r\n\r\n",
    );
    let json = serde_json::to_string(&legacy[0]).unwrap();
    assert_eq!(
        json,
        r#"{"Response":"Follows","ActionID":"1","Output":["line one","line two"]}"#
    );

    // Long frames (a map is used past 32 headers) keep the same shape.
    let mut text = b"Response: Success\r\n".to_vec();
    for i in 0..40 {
        text.extend_from_slice(format!("K{i}: {i}\r\nOutput: o{i}\r\n").as_bytes());
    }
    text.extend_from_slice(b"\r\n");
    let long = messages(&text);
    let v: serde_json::Value = serde_json::to_value(&long[0]).unwrap();
    assert_eq!(v["Output"].as_array().unwrap().len(), 40);
    assert_eq!(v["K39"], "39");
    let keys: Vec<_> = v.as_object().unwrap().keys().cloned().collect();
    assert_eq!(keys.len(), 42);
}
