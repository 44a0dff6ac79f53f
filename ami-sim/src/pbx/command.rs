//! The `Command` action: a few CLI commands, in the modern or legacy style.

use super::Pbx;
use super::calls::state_desc;
use crate::config::CommandStyle;
use crate::frames::{error, frame, response};

impl Pbx {
    pub(super) fn command(&mut self, cmd: Option<String>, id: Option<&str>, out: &mut Vec<u8>) {
        let Some(cmd) = cmd else {
            error(out, id, "No command provided");
            return;
        };
        let normalized = cmd
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_ascii_lowercase();
        let lines: Option<Vec<String>> = match normalized.as_str() {
            "core show version" => Some(vec![format!(
                "Asterisk {} built by sim @ ami-sim on a x86_64 running Linux",
                self.asterisk_version
            )]),
            "core show uptime" => Some(vec![
                format!(
                    "System uptime: {} seconds",
                    self.started.elapsed().as_secs()
                ),
                format!("Last reload: {} seconds", self.started.elapsed().as_secs()),
            ]),
            "core show channels" => {
                let mut l = vec![
                    "Channel              Location             State   Application(Data)"
                        .to_string(),
                ];
                for c in &self.calls {
                    for ch in std::iter::once(&c.a).chain(c.b.as_ref()) {
                        l.push(format!(
                            "{:<20} {:<20} {:<7} {}({})",
                            ch.name,
                            format!("{}@{}:{}", ch.exten, ch.context, ch.priority),
                            state_desc(ch.state),
                            ch.app,
                            ch.data
                        ));
                    }
                }
                l.push(format!("{} active channels", self.channel_count()));
                l.push(format!("{} active calls", self.calls.len()));
                l.push(format!("{} calls processed", self.processed));
                Some(l)
            }
            "queue show" => {
                let mut l = Vec::new();
                for q in &self.queues {
                    l.push(format!("{} has {} calls (max unlimited) in '{}' strategy (0s holdtime, 0s talktime), W:0, C:0, A:0, SL:0.0%, SL2:0.0% within 0s", q.name, q.callers.len(), q.strategy));
                    l.push("   Members: ".into());
                    for m in &q.members {
                        l.push(format!(
                            "      {} ({}){} (Not in use) has taken no calls yet",
                            m.name,
                            m.interface,
                            if m.paused { " (paused)" } else { "" }
                        ));
                    }
                    l.push(if q.callers.is_empty() {
                        "   No Callers".into()
                    } else {
                        "   Callers: ".into()
                    });
                    l.push(String::new());
                }
                Some(l)
            }
            _ => None,
        };
        let (ok, lines) = match lines {
            Some(l) => (true, l),
            None => (
                false,
                vec![format!(
                    "No such command '{cmd}' (type 'core show help {cmd}' for other possible commands)"
                )],
            ),
        };
        match self.command_style {
            CommandStyle::Modern => {
                let mut h: Vec<(&str, &str)> = vec![("Message", "Command output follows")];
                h.extend(lines.iter().map(|l| ("Output", l.as_str())));
                response(out, if ok { "Success" } else { "Error" }, id, &h);
            }
            CommandStyle::Legacy => {
                let mut h: Vec<(&str, &str)> =
                    vec![("Response", "Follows"), ("Privilege", "Command")];
                if let Some(id) = id {
                    h.push(("ActionID", id));
                }
                let mut head = Vec::new();
                frame(&mut head, &h);
                head.truncate(head.len() - 2); // the body follows the headers
                out.extend_from_slice(&head);
                for l in &lines {
                    out.extend_from_slice(l.as_bytes());
                    out.push(b'\n');
                }
                out.extend_from_slice(b"--END COMMAND--\r\n\r\n");
            }
        }
    }
}
