//! Queue actions: QueueStatus, QueueSummary, QueueAdd, QueueRemove, QueuePause.

use std::time::{SystemTime, UNIX_EPOCH};

use ami_proto::Message;

use super::{Broadcast, Pbx};
use crate::config::Member;
use crate::events;
use crate::frames::{error, event, list_complete, list_start, response};

impl Pbx {
    pub(super) fn queue_status(&self, only: Option<String>, id: Option<&str>, out: &mut Vec<u8>) {
        list_start(out, id, "Queue status will follow");
        let mut n = 0;
        for q in self
            .queues
            .iter()
            .filter(|q| only.as_ref().is_none_or(|o| *o == q.name))
        {
            let calls = q.callers.len().to_string();
            let mut h: Vec<(&str, &str)> = vec![
                ("Queue", &q.name),
                ("Max", "0"),
                ("Strategy", &q.strategy),
                ("Calls", &calls),
                ("Holdtime", "0"),
                ("TalkTime", "0"),
                ("Completed", "0"),
                ("Abandoned", "0"),
                ("ServiceLevel", "0"),
                ("ServicelevelPerf", "0.0"),
                ("ServicelevelPerf2", "0.0"),
                ("Weight", "0"),
            ];
            if let Some(id) = id {
                h.push(("ActionID", id));
            }
            event(out, "QueueParams", None, &h);
            n += 1;
            for m in &q.members {
                let times = self.member_times(&q.name, m);
                member_event(out, "QueueMember", &q.name, m, times, id);
                n += 1;
            }
            for (pos, c) in q.callers.iter().enumerate() {
                let p = (pos + 1).to_string();
                let mut h: Vec<(&str, &str)> = vec![
                    ("Queue", &q.name),
                    ("Position", &p),
                    ("Channel", "PJSIP/caller-00000001"),
                    ("CallerIDNum", c),
                    ("CallerIDName", c),
                    ("Wait", "5"),
                    ("Priority", "0"),
                ];
                if let Some(id) = id {
                    h.push(("ActionID", id));
                }
                event(out, "QueueEntry", None, &h);
                n += 1;
            }
        }
        list_complete(out, "QueueStatusComplete", id, n);
    }

    pub(super) fn queue_summary(&self, only: Option<String>, id: Option<&str>, out: &mut Vec<u8>) {
        list_start(out, id, "Queue summary will follow");
        let mut n = 0;
        for q in self
            .queues
            .iter()
            .filter(|q| only.as_ref().is_none_or(|o| *o == q.name))
        {
            let logged = q.members.len().to_string();
            let avail = q.members.iter().filter(|m| !m.paused).count().to_string();
            let callers = q.callers.len().to_string();
            let mut h: Vec<(&str, &str)> = vec![
                ("Queue", &q.name),
                ("LoggedIn", &logged),
                ("Available", &avail),
                ("Callers", &callers),
                ("HoldTime", "0"),
                ("TalkTime", "0"),
                ("LongestHoldTime", "0"),
            ];
            if let Some(id) = id {
                h.push(("ActionID", id));
            }
            event(out, "QueueSummary", None, &h);
            n += 1;
        }
        list_complete(out, "QueueSummaryComplete", id, n);
    }

    pub(super) fn queue_add(&mut self, msg: &Message, id: Option<&str>, out: &mut Vec<u8>) {
        let g = |k: &str| msg.get_str(k).map(|c| c.into_owned());
        let (Some(queue), Some(interface)) = (g("Queue"), g("Interface")) else {
            error(out, id, "'Queue' and 'Interface' not set.");
            return;
        };
        let Some(q) = self.queues.iter_mut().find(|q| q.name == queue) else {
            error(out, id, "Unable to add interface to queue: No such queue");
            return;
        };
        if q.members.iter().any(|m| m.interface == interface) {
            error(out, id, "Unable to add interface: Already there");
            return;
        }
        let m = Member {
            name: g("MemberName").unwrap_or_else(|| interface.clone()),
            interface,
            penalty: g("Penalty").and_then(|p| p.parse().ok()).unwrap_or(0),
            paused: g("Paused").is_some_and(|p| p.eq_ignore_ascii_case("true") || p == "1"),
        };
        q.members.push(m.clone());
        // Asterisk stamps a member's login (and a pause) when it is added.
        let now = unix_now();
        let times = MemberTimes {
            login: now,
            last_pause: if m.paused { now } else { 0 },
        };
        self.member_times
            .insert((queue.clone(), m.interface.clone()), times);
        response(
            out,
            "Success",
            id,
            &[("Message", "Added interface to queue")],
        );
        let mut ev = Vec::new();
        member_event(&mut ev, "QueueMemberAdded", &queue, &m, times, None);
        self.broadcasts.push(Broadcast {
            class: events::AGENT,
            bytes: ev,
        });
    }

    pub(super) fn queue_remove(
        &mut self,
        queue: Option<String>,
        interface: Option<String>,
        id: Option<&str>,
        out: &mut Vec<u8>,
    ) {
        let (Some(queue), Some(interface)) = (queue, interface) else {
            error(out, id, "Need 'Queue' and 'Interface' parameters.");
            return;
        };
        let Some(q) = self.queues.iter_mut().find(|q| q.name == queue) else {
            error(out, id, "Unable to remove interface: No such queue");
            return;
        };
        let Some(at) = q.members.iter().position(|m| m.interface == interface) else {
            error(out, id, "Unable to remove interface: Not there");
            return;
        };
        let m = q.members.remove(at);
        let times = self
            .member_times
            .remove(&(queue.clone(), interface))
            .unwrap_or(MemberTimes {
                login: self.epoch,
                last_pause: 0,
            });
        response(
            out,
            "Success",
            id,
            &[("Message", "Removed interface from queue")],
        );
        let mut ev = Vec::new();
        member_event(&mut ev, "QueueMemberRemoved", &queue, &m, times, None);
        self.broadcasts.push(Broadcast {
            class: events::AGENT,
            bytes: ev,
        });
    }

    pub(super) fn queue_pause(&mut self, msg: &Message, id: Option<&str>, out: &mut Vec<u8>) {
        let g = |k: &str| msg.get_str(k).map(|c| c.into_owned());
        let (Some(interface), Some(paused)) = (g("Interface"), g("Paused")) else {
            error(out, id, "Need 'Interface' and 'Paused' parameters.");
            return;
        };
        let paused = paused.eq_ignore_ascii_case("true") || paused == "1";
        let only = g("Queue");
        let mut changed = Vec::new();
        let epoch = self.epoch;
        for q in self
            .queues
            .iter_mut()
            .filter(|q| only.as_ref().is_none_or(|o| *o == q.name))
        {
            for m in q.members.iter_mut().filter(|m| m.interface == interface) {
                let times = self
                    .member_times
                    .entry((q.name.clone(), m.interface.clone()))
                    .or_insert_with(|| MemberTimes::at_load(epoch, m.paused));
                // Asterisk stamps LastPause when a member pauses, not when it
                // resumes.
                if paused {
                    times.last_pause = unix_now();
                }
                m.paused = paused;
                changed.push((q.name.clone(), m.clone(), *times));
            }
        }
        if changed.is_empty() {
            error(out, id, "Interface not found");
            return;
        }
        response(
            out,
            "Success",
            id,
            &[(
                "Message",
                if paused {
                    "Interface paused successfully"
                } else {
                    "Interface unpaused successfully"
                },
            )],
        );
        for (q, m, times) in changed {
            let mut ev = Vec::new();
            member_event(&mut ev, "QueueMemberPause", &q, &m, times, None);
            self.broadcasts.push(Broadcast {
                class: events::AGENT,
                bytes: ev,
            });
        }
    }
}

/// When a member logged in and last paused (Unix seconds; 0: never paused).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct MemberTimes {
    pub(super) login: u64,
    pub(super) last_pause: u64,
}

impl MemberTimes {
    /// A configured member: logged in when the PBX loaded its queues, and a
    /// member configured paused was paused then too (as in
    /// `queuestatus.raw`, where Agent Three's LastPause equals its LoginTime).
    pub(super) fn at_load(epoch: u64, paused: bool) -> Self {
        Self {
            login: epoch,
            last_pause: if paused { epoch } else { 0 },
        }
    }
}

impl Pbx {
    /// A member's login and pause times.
    pub(super) fn member_times(&self, queue: &str, m: &Member) -> MemberTimes {
        self.member_times
            .get(&(queue.to_owned(), m.interface.clone()))
            .copied()
            .unwrap_or_else(|| MemberTimes::at_load(self.epoch, m.paused))
    }
}

/// Seconds since the Unix epoch, now.
fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

pub(super) fn member_event(
    out: &mut Vec<u8>,
    name: &str,
    queue: &str,
    m: &Member,
    times: MemberTimes,
    id: Option<&str>,
) {
    let penalty = m.penalty.to_string();
    let last_pause = times.last_pause.to_string();
    let login = times.login.to_string();
    let mut h: Vec<(&str, &str)> = vec![
        ("Queue", queue),
        ("Name", &m.name),
        ("Location", &m.interface),
        ("StateInterface", &m.interface),
        ("Membership", "static"),
        ("Penalty", &penalty),
        ("CallsTaken", "0"),
        ("LastCall", "0"),
        ("LastPause", &last_pause),
        ("LoginTime", &login),
        ("InCall", "0"),
        ("Status", "1"),
        ("Paused", if m.paused { "1" } else { "0" }),
        ("PausedReason", ""),
        ("Wrapuptime", "0"),
    ];
    if let Some(id) = id {
        h.push(("ActionID", id));
    }
    event(out, name, None, &h);
}
