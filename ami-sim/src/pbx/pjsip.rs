//! PJSIP endpoint listings.

use super::Pbx;
use crate::frames::{error, event, list_complete, list_start};

impl Pbx {
    pub(super) fn pjsip_endpoints(&self, id: Option<&str>, out: &mut Vec<u8>) {
        list_start(
            out,
            id,
            "A listing of Endpoints follows, presented as EndpointList events",
        );
        for e in &self.endpoints {
            event(
                out,
                "EndpointList",
                id,
                &[
                    ("ObjectType", "endpoint"),
                    ("ObjectName", &e.name),
                    ("Transport", "transport-udp"),
                    ("Aor", &e.name),
                    ("Auths", &e.name),
                    ("OutboundAuths", ""),
                    ("Contacts", e.contact.as_deref().unwrap_or("")),
                    ("DeviceState", &e.state),
                    ("ActiveChannels", ""),
                ],
            );
        }
        list_complete(out, "EndpointListComplete", id, self.endpoints.len());
    }

    pub(super) fn pjsip_endpoint(&self, name: Option<String>, id: Option<&str>, out: &mut Vec<u8>) {
        let Some(name) = name else {
            error(out, id, "Endpoint parameter missing.");
            return;
        };
        let Some(e) = self.endpoints.iter().find(|e| e.name == name) else {
            error(out, id, &format!("Unable to retrieve endpoint {name}"));
            return;
        };
        list_start(
            out,
            id,
            "Following are Events for each object associated with the Endpoint",
        );
        let mut n = 2;
        event(
            out,
            "EndpointDetail",
            id,
            &[
                ("ObjectType", "endpoint"),
                ("ObjectName", &e.name),
                ("Context", "from-internal"),
                ("Disallow", ""),
                ("Allow", "(ulaw|alaw)"),
                ("Aors", &e.name),
                ("Auth", &e.name),
                ("DeviceState", &e.state),
            ],
        );
        event(
            out,
            "AorDetail",
            id,
            &[
                ("ObjectType", "aor"),
                ("ObjectName", &e.name),
                ("MaxContacts", "1"),
                ("TotalContacts", if e.contact.is_some() { "1" } else { "0" }),
            ],
        );
        if let Some(c) = &e.contact {
            event(
                out,
                "ContactStatusDetail",
                id,
                &[
                    ("AOR", &e.name),
                    ("URI", c),
                    ("Status", "Reachable"),
                    ("RoundtripUsec", "512"),
                ],
            );
            n += 1;
        }
        list_complete(out, "EndpointDetailComplete", id, n);
    }
}
