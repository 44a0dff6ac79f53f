//! Queue actions: QueueStatus, QueueSummary, QueueAdd, QueueRemove, QueuePause.

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
                ("Weight", "0"),
            ];
            if let Some(id) = id {
                h.push(("ActionID", id));
            }
            event(out, "QueueParams", None, &h);
            n += 1;
            for m in &q.members {
                member_event(out, "QueueMember", &q.name, m, id);
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
        response(
            out,
            "Success",
            id,
            &[("Message", "Added interface to queue")],
        );
        let mut ev = Vec::new();
        member_event(&mut ev, "QueueMemberAdded", &queue, &m, None);
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
        response(
            out,
            "Success",
            id,
            &[("Message", "Removed interface from queue")],
        );
        let mut ev = Vec::new();
        member_event(&mut ev, "QueueMemberRemoved", &queue, &m, None);
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
        for q in self
            .queues
            .iter_mut()
            .filter(|q| only.as_ref().is_none_or(|o| *o == q.name))
        {
            for m in q.members.iter_mut().filter(|m| m.interface == interface) {
                m.paused = paused;
                changed.push((q.name.clone(), m.clone()));
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
        for (q, m) in changed {
            let mut ev = Vec::new();
            member_event(&mut ev, "QueueMemberPause", &q, &m, None);
            self.broadcasts.push(Broadcast {
                class: events::AGENT,
                bytes: ev,
            });
        }
    }
}

pub(super) fn member_event(
    out: &mut Vec<u8>,
    name: &str,
    queue: &str,
    m: &Member,
    id: Option<&str>,
) {
    let penalty = m.penalty.to_string();
    let mut h: Vec<(&str, &str)> = vec![
        ("Queue", queue),
        ("Name", &m.name),
        ("Location", &m.interface),
        ("StateInterface", &m.interface),
        ("Membership", "static"),
        ("Penalty", &penalty),
        ("CallsTaken", "0"),
        ("LastCall", "0"),
        ("InCall", "0"),
        ("Status", "1"),
        ("Paused", if m.paused { "1" } else { "0" }),
        ("PausedReason", ""),
    ];
    if let Some(id) = id {
        h.push(("ActionID", id));
    }
    event(out, name, None, &h);
}
