//! Action requests read from the bus and the result entries written back.
//!
//! A request is a stream entry whose fields are a flat map:
//! - `id` (required): the caller's idempotency key, at most 200 bytes;
//! - `action` (required): the AMI action name;
//! - `timeout_ms` (optional): 1..=600000, else the server's `timeout`;
//! - `reply_to` (optional): the result stream, else `PREFIX:results`;
//! - `server` (optional, routed stream only): a configured server key;
//! - every field starting with an uppercase ASCII letter is an AMI header,
//!   sent in order (repeat a field, e.g. `Variable`, to send it twice).
//!
//! Anything else (an unknown lowercase field, `ActionID`, CR/LF/NUL in a
//! field or value, a missing `id` or `action`) is a bad request: answered
//! with a `bad_request` result, never dropped silently.

use std::time::Duration;

use ami_cluster::ActionCompletion;
use ami_conn::ActionFailure;
use ami_proto::{ActionError, Completion, GenericAction, Redactor};
use serde_json::{Map, Value};

/// Longest accepted `id`.
pub(crate) const MAX_ID_LEN: usize = 200;
/// Longest accepted `reply_to`.
pub(crate) const MAX_STREAM_NAME: usize = 256;
/// Largest accepted `timeout_ms`.
pub(crate) const MAX_TIMEOUT_MS: u64 = 600_000;
/// Most fields in one request.
pub(crate) const MAX_FIELDS: usize = 256;

/// A valid request.
#[derive(Debug, Clone)]
pub(crate) struct Request {
    pub(crate) id: String,
    pub(crate) action: GenericAction,
    pub(crate) server: Option<String>,
    pub(crate) timeout: Option<Duration>,
    pub(crate) reply_to: String,
}

/// Why a request was refused, with what is known of it for the answer.
#[derive(Debug, Clone)]
pub(crate) struct BadRequest {
    pub(crate) id: String,
    pub(crate) reply_to: String,
    pub(crate) message: String,
}

fn text(b: &[u8]) -> Option<&str> {
    std::str::from_utf8(b).ok()
}

fn clean(s: &str) -> bool {
    !s.bytes().any(|b| b == b'\r' || b == b'\n' || b == 0)
}

/// Parses an entry's fields. `routed` allows a `server` field.
pub(crate) fn parse(
    fields: &[(Vec<u8>, Vec<u8>)],
    default_reply: &str,
    routed: bool,
) -> Result<Request, BadRequest> {
    let mut id = None;
    let mut name = None;
    let mut reply_to = None;
    let mut timeout = None;
    let mut server = None;
    let mut headers = Vec::new();
    let mut problems = Vec::new();
    if fields.len() > MAX_FIELDS {
        problems.push(format!("{} fields, more than {MAX_FIELDS}", fields.len()));
    }
    for (k, v) in fields.iter().take(MAX_FIELDS) {
        let (Some(k), Some(v)) = (text(k), text(v)) else {
            problems.push("a field or value is not UTF-8".to_owned());
            continue;
        };
        if !clean(k) || !clean(v) {
            problems.push(format!(
                "field {:?} holds CR, LF or NUL",
                k.escape_debug().to_string()
            ));
            continue;
        }
        match k {
            "id" => id = Some(v.to_owned()),
            "action" => name = Some(v.to_owned()),
            "reply_to" => reply_to = Some(v.to_owned()),
            "server" if routed => server = Some(v.to_owned()),
            "server" => problems.push(
                "field \"server\" is only for the routed stream (this stream names its server)"
                    .to_owned(),
            ),
            "timeout_ms" => match v.parse::<u64>() {
                Ok(ms) if (1..=MAX_TIMEOUT_MS).contains(&ms) => {
                    timeout = Some(Duration::from_millis(ms));
                }
                _ => problems.push(format!("timeout_ms {v:?} is not 1..={MAX_TIMEOUT_MS}")),
            },
            _ if k.eq_ignore_ascii_case("actionid") || k.eq_ignore_ascii_case("action") => {
                problems.push(format!("header {k:?} is set by the worker"));
            }
            _ if k.as_bytes()[0].is_ascii_uppercase() => headers.push((k.to_owned(), v.to_owned())),
            _ => problems.push(format!(
                "unknown field {k:?} (fields: id, action, timeout_ms, reply_to, server; AMI headers start with an uppercase letter)"
            )),
        }
    }
    let reply_ok =
        |r: &String| !r.is_empty() && r.len() <= MAX_STREAM_NAME && !r.bytes().any(|b| b <= b' ');
    let reply = match reply_to {
        Some(r) if reply_ok(&r) => r,
        Some(r) => {
            problems.push(format!(
                "reply_to {r:?} is not a stream name (1..={MAX_STREAM_NAME} bytes, no spaces)"
            ));
            default_reply.to_owned()
        }
        None => default_reply.to_owned(),
    };
    let id_value = id.clone().unwrap_or_default();
    match &id {
        None => problems.push("missing field \"id\"".to_owned()),
        Some(i) if i.is_empty() || i.len() > MAX_ID_LEN => {
            problems.push(format!("id is not 1..={MAX_ID_LEN} bytes"));
        }
        Some(_) => {}
    }
    let name = match name {
        Some(n) if !n.is_empty() && n.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') => {
            Some(n)
        }
        Some(n) => {
            problems.push(format!("action {n:?} is not an action name"));
            None
        }
        None => {
            problems.push("missing field \"action\"".to_owned());
            None
        }
    };
    if !problems.is_empty() {
        return Err(BadRequest {
            id: if id_value.len() <= MAX_ID_LEN {
                id_value
            } else {
                String::new()
            },
            reply_to: reply,
            message: problems.join("; "),
        });
    }
    let name = name.unwrap_or_default();
    let asynchronous = headers
        .iter()
        .any(|(k, v)| k.eq_ignore_ascii_case("async") && v.eq_ignore_ascii_case("true"));
    let completion = completion_for(&name, asynchronous);
    let mut action = GenericAction::new(name).completes_with(completion);
    action.headers = headers;
    Ok(Request {
        id: id.unwrap_or_default(),
        action,
        server,
        timeout,
        reply_to: reply,
    })
}

/// How an action by this name completes (as `ami send` does).
pub(crate) fn completion_for(name: &str, asynchronous: bool) -> Completion {
    if name.eq_ignore_ascii_case("Command") {
        Completion::Command
    } else if name.eq_ignore_ascii_case("Originate") && asynchronous {
        Completion::AsyncOriginate
    } else {
        Completion::Response
    }
}

/// A result entry: field/value pairs in the order they are written.
pub(crate) type Fields = Vec<(String, String)>;

/// The result of a bad request.
pub(crate) fn bad_result(b: &BadRequest) -> Fields {
    vec![
        ("id".into(), b.id.clone()),
        ("status".into(), "bad_request".into()),
        ("error".into(), b.message.clone()),
    ]
}

/// The result of an action that was never sent.
pub(crate) fn failed_result(id: &str, server: &str, status: &str, error: &str) -> Fields {
    vec![
        ("id".into(), id.to_owned()),
        ("status".into(), status.to_owned()),
        ("server".into(), server.to_owned()),
        ("error".into(), error.to_owned()),
    ]
}

/// The result of a completion: status `ok`, `error`, `timeout`,
/// `connection_lost` or `not_sent`; the response headers and the collected
/// events as JSON (secrets masked).
pub(crate) fn completion_result(id: &str, r: &Redactor, c: &ActionCompletion) -> Fields {
    let mut f: Fields = vec![("id".into(), id.to_owned())];
    let json = |v: Value| serde_json::to_string(&v).unwrap_or_default();
    let msg =
        |m: &ami_proto::Message| serde_json::to_value(r.serializable(m)).unwrap_or(Value::Null);
    let (status, error, response, events) = match &c.result {
        Ok(o) => (
            "ok",
            None,
            Some(msg(&o.response)),
            Value::Array(o.events.iter().map(msg).collect()),
        ),
        Err(e) => {
            let status = match e {
                ActionFailure::Timeout(_) => "timeout",
                ActionFailure::ConnectionLost(_) => "connection_lost",
                ActionFailure::NotSent(_) => "not_sent",
                _ => "error",
            };
            let response = match e {
                ActionFailure::Server(ActionError::Server { response, .. }) => Some(msg(response)),
                _ => None,
            };
            (
                status,
                Some(r.text(&e.to_string()).into_owned()),
                response,
                Value::Array(Vec::new()),
            )
        }
    };
    f.push(("status".into(), status.into()));
    f.push(("server".into(), c.server_key.to_string()));
    f.push(("action_id".into(), c.action_id.to_string()));
    if let Some(e) = error {
        f.push(("error".into(), e));
    }
    f.push((
        "response".into(),
        json(response.unwrap_or_else(|| Value::Object(Map::new()))),
    ));
    f.push(("events".into(), json(events)));
    f
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(pairs: &[(&str, &str)]) -> Vec<(Vec<u8>, Vec<u8>)> {
        pairs
            .iter()
            .map(|(k, v)| (k.as_bytes().to_vec(), v.as_bytes().to_vec()))
            .collect()
    }

    #[test]
    fn good_request() {
        let r = parse(
            &f(&[
                ("id", "r1"),
                ("action", "Originate"),
                ("Channel", "Local/100@default"),
                ("Async", "true"),
                ("Variable", "a=1"),
                ("Variable", "b=2"),
                ("timeout_ms", "500"),
                ("reply_to", "my:results"),
            ]),
            "ami:results",
            false,
        )
        .unwrap();
        assert_eq!(r.id, "r1");
        assert_eq!(r.reply_to, "my:results");
        assert_eq!(r.timeout, Some(Duration::from_millis(500)));
        assert_eq!(r.action.headers.len(), 4);
        assert!(matches!(r.action.completion, Completion::AsyncOriginate));
    }

    #[test]
    fn bad_requests_say_why() {
        let cases: &[(&[(&str, &str)], &str)] = &[
            (&[("action", "Ping")], "missing field \"id\""),
            (&[("id", "1")], "missing field \"action\""),
            (
                &[("id", "1"), ("action", "Ping"), ("bogus", "x")],
                "unknown field \"bogus\"",
            ),
            (
                &[
                    ("id", "1"),
                    ("action", "Ping"),
                    ("Channel", "a\r\nAction: Hangup"),
                ],
                "CR, LF or NUL",
            ),
            (
                &[("id", "1"), ("action", "Ping"), ("ActionID", "x")],
                "set by the worker",
            ),
            (&[("id", "1"), ("action", "Pi ng")], "not an action name"),
            (
                &[("id", "1"), ("action", "Ping"), ("timeout_ms", "0")],
                "timeout_ms",
            ),
            (
                &[("id", "1"), ("action", "Ping"), ("server", "pbx1")],
                "only for the routed stream",
            ),
            (
                &[("id", "1"), ("action", "Ping"), ("reply_to", "a b")],
                "not a stream name",
            ),
        ];
        for (fields, want) in cases {
            let e = parse(&f(fields), "d", false).unwrap_err();
            assert!(e.message.contains(want), "{fields:?}: {}", e.message);
        }
        let e = parse(
            &f(&[("id", "7"), ("action", "Ping"), ("reply_to", "a b")]),
            "d",
            false,
        )
        .unwrap_err();
        assert_eq!((e.id.as_str(), e.reply_to.as_str()), ("7", "d"));
    }
}
