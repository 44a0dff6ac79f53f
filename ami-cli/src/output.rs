//! Event lines: NDJSON for machines, a compact text form for people.

use std::borrow::Cow;
use std::fmt::Write as _;
use std::io::{self, Write as _};
use std::time::{SystemTime, UNIX_EPOCH};

use ami_cluster::ServerEvent;
use ami_proto::Redactor;
use serde::Serialize;

/// How events are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum Format {
    /// One JSON object per line.
    Ndjson,
    /// Aligned text for a terminal.
    Text,
}

#[derive(Serialize)]
struct Line<'a> {
    server: &'a str,
    event: &'a str,
    received_at: f64,
    headers: ami_proto::RedactedMessage<'a>,
}

/// Seconds since the epoch, with milliseconds.
pub(crate) fn now_secs() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0.0, |d| (d.as_millis() as f64) / 1000.0)
}

/// One event as a line (without the newline). Secrets are masked.
pub(crate) fn format_event(fmt: Format, redactor: &Redactor, ev: &ServerEvent) -> String {
    let name = ev.message.event_name().unwrap_or_default();
    match fmt {
        Format::Ndjson => {
            let line = Line {
                server: &ev.server_key,
                event: &name,
                received_at: now_secs(),
                headers: redactor.serializable(&ev.message),
            };
            serde_json::to_string(&line).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
        }
        Format::Text => {
            let secs = now_secs();
            let day = secs % 86_400.0;
            let (h, m, s) = (
                (day / 3600.0) as u32,
                (day % 3600.0 / 60.0) as u32,
                day % 60.0,
            );
            let mut detail = String::new();
            for key in [
                "Channel",
                "Queue",
                "UserEvent",
                "CallerIDNum",
                "Exten",
                "Variable",
                "Value",
                "DialStatus",
                "Cause-txt",
                "Response",
                "Status",
            ] {
                if let Some(v) = ev.message.get(key) {
                    if !v.is_empty() {
                        detail.push_str(&format!(" {key}={}", redactor.value(key.as_bytes(), v)));
                    }
                }
            }
            let line = format!(
                "{h:02}:{m:02}:{s:06.3}  {:<8} {:<20}{detail}",
                ev.server_key, name
            );
            // Values come from the server: a raw ESC, BEL or CR would drive
            // the operator's terminal. (NDJSON needs nothing: JSON escapes
            // control characters itself.)
            escape_controls(&line).into_owned()
        }
    }
}

/// `s` with control characters (C0, DEL, C1) made visible: `\r`, `\n`,
/// `\t`, else `\xNN`; printable text is untouched (borrowed).
pub(crate) fn escape_controls(s: &str) -> Cow<'_, str> {
    if !s.chars().any(char::is_control) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        match c {
            '\r' => out.push_str("\\r"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\x{:02x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Prints `text` and a newline on stdout. A closed reading end (`ami send
/// ... | head -c 10`) is not an error: the reader took what it wanted.
/// (`println!` would panic on EPIPE.)
pub(crate) fn print_stdout(text: &str) -> Result<(), crate::Failure> {
    let mut out = io::stdout().lock();
    match writeln!(out, "{text}").and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(crate::Failure::runtime(format!(
            "cannot write to stdout: {e}"
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::escape_controls;

    #[test]
    fn control_characters_are_escaped() {
        assert!(matches!(
            escape_controls("plain ü"),
            std::borrow::Cow::Borrowed(_)
        ));
        assert_eq!(
            escape_controls("a\x1b[2J\x07\r\n\t\x7f\u{9b}z"),
            "a\\x1b[2J\\x07\\r\\n\\t\\x7f\\x9bz"
        );
    }
}
