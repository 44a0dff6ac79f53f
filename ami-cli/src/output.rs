//! Event lines: NDJSON for machines, a compact text form for people.

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
            format!(
                "{h:02}:{m:02}:{s:06.3}  {:<8} {:<20}{detail}",
                ev.server_key, name
            )
        }
    }
}
