//! Session-independent actions: Ping, Command, core status, user events.

use crate::actions::string_action;
use crate::{Action, Completion, EncodeError, HeaderWriter};

string_action! {
    /// `Ping`: answered `Response: Success`, `Ping: Pong`, `Timestamp`.
    Ping => "Ping", Completion::Response;
}

string_action! {
    /// `Command`: runs a CLI command; completes with its output in both the
    /// Asterisk 14+ and the legacy form.
    Command => "Command", Completion::Command;
    required {
        /// The CLI command line.
        command: "Command",
    }
    optional {}
}

string_action! {
    /// `CoreSettings`: versions and core settings.
    CoreSettings => "CoreSettings", Completion::Response;
}

string_action! {
    /// `CoreStatus`: uptime, reload time, current calls.
    CoreStatus => "CoreStatus", Completion::Response;
}

string_action! {
    /// `ListCommands`: the actions this user may run.
    ListCommands => "ListCommands", Completion::Response;
}

/// `UserEvent`: asks the server to emit `Event: UserEvent` with these headers.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UserEvent {
    /// The `UserEvent:` name.
    pub name: String,
    /// Extra headers, in order.
    pub headers: Vec<(String, String)>,
}

impl UserEvent {
    /// A user event with no extra headers.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            headers: Vec::new(),
        }
    }

    /// Adds a header.
    #[must_use]
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }
}

impl Action for UserEvent {
    fn name(&self) -> &str {
        "UserEvent"
    }

    fn write_headers(&self, w: &mut HeaderWriter<'_>) -> Result<(), EncodeError> {
        w.header("UserEvent", &self.name)?;
        for (k, v) in &self.headers {
            w.header(k, v)?;
        }
        Ok(())
    }
}
