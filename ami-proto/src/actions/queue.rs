//! Queue actions.

use crate::actions::string_action;
use crate::{Action, Completion, EncodeError, HeaderWriter};

string_action! {
    /// `QueueStatus`: `QueueParams`, `QueueMember` and `QueueEntry` events.
    QueueStatus => "QueueStatus", Completion::list("QueueStatusComplete");
    required {}
    optional {
        /// Only this queue.
        queue: "Queue",
        /// Only this member.
        member: "Member",
    }
}

string_action! {
    /// `QueueSummary`: one `QueueSummary` event per queue.
    QueueSummary => "QueueSummary", Completion::list("QueueSummaryComplete");
    required {}
    optional {
        /// Only this queue.
        queue: "Queue",
    }
}

string_action! {
    /// `QueueAdd`: adds a member to a queue.
    QueueAdd => "QueueAdd", Completion::Response;
    required {
        /// The queue.
        queue: "Queue",
        /// The member's interface, e.g. `PJSIP/100`.
        interface: "Interface",
    }
    optional {
        /// Penalty (a number).
        penalty: "Penalty",
        /// `true` to add the member paused.
        paused: "Paused",
        /// Display name.
        member_name: "MemberName",
        /// Interface whose device state is followed.
        state_interface: "StateInterface",
        /// Pause reason.
        reason: "Reason",
    }
}

string_action! {
    /// `QueueRemove`: removes a member from a queue.
    QueueRemove => "QueueRemove", Completion::Response;
    required {
        /// The queue.
        queue: "Queue",
        /// The member's interface.
        interface: "Interface",
    }
    optional {}
}

/// `QueuePause`: pauses or unpauses a member, in one queue or all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueuePause {
    /// The member's interface.
    pub interface: String,
    /// Pause (true) or unpause (false).
    pub paused: bool,
    /// Only in this queue (all queues when `None`).
    pub queue: Option<String>,
    /// Pause reason.
    pub reason: Option<String>,
}

impl QueuePause {
    /// Pauses (`paused = true`) or unpauses a member in every queue.
    pub fn new(interface: impl Into<String>, paused: bool) -> Self {
        Self {
            interface: interface.into(),
            paused,
            queue: None,
            reason: None,
        }
    }

    /// Only in this queue.
    #[must_use]
    pub fn queue(mut self, queue: impl Into<String>) -> Self {
        self.queue = Some(queue.into());
        self
    }

    /// With a reason.
    #[must_use]
    pub fn reason(mut self, reason: impl Into<String>) -> Self {
        self.reason = Some(reason.into());
        self
    }
}

impl Action for QueuePause {
    fn name(&self) -> &str {
        "QueuePause"
    }

    fn write_headers(&self, w: &mut HeaderWriter<'_>) -> Result<(), EncodeError> {
        w.header("Interface", &self.interface)?
            .header("Paused", if self.paused { "true" } else { "false" })?
            .opt_header("Queue", self.queue.as_deref())?
            .opt_header("Reason", self.reason.as_deref())?;
        Ok(())
    }
}
