//! The [`Action`] trait, the [`Completion`] each action names, and
//! [`GenericAction`] for anything without a typed struct.

use std::borrow::Cow;
use std::fmt;

use crate::encode::HeaderWriter;
use crate::error::EncodeError;
use crate::redact::Redactor;

/// How an action's outcome is recognised among the frames carrying its
/// `ActionID` (see [`crate::Completer`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Completion {
    /// The first `Response` completes it, unless that response says
    /// `EventList: start` (Hangup with a channel regex does): then the list
    /// is collected as for [`Completion::EventList`].
    Response,
    /// A `Response`, then events up to one with `EventList: Complete` or
    /// `cancelled`. Servers older than the `EventList` header end the list
    /// with an event named `complete_event` (e.g. `StatusComplete`), which is
    /// also accepted; the name alone is never guessed.
    EventList {
        /// The name of the event that ends the list.
        complete_event: Cow<'static, str>,
    },
    /// `Command` output: Asterisk 14+ `Output:` lines or a legacy
    /// `Response: Follows` body, read into one result.
    Command,
    /// `Originate` with `Async: true`: the `Response`, then the
    /// `OriginateResponse` event with the same `ActionID`.
    AsyncOriginate,
}

impl Completion {
    /// An event-list completion ending with the named event.
    pub const fn list(complete_event: &'static str) -> Self {
        Self::EventList {
            complete_event: Cow::Borrowed(complete_event),
        }
    }
}

/// An AMI action: a name, ordered headers and the way it completes.
///
/// `Action:` and `ActionID:` are written by [`crate::encode_action`]; an
/// implementation writes only its own headers.
///
/// ```
/// use ami_proto::{Action, Completion, EncodeError, HeaderWriter, encode_action};
///
/// #[derive(Debug)]
/// struct ExtensionState { exten: String, context: String }
///
/// impl Action for ExtensionState {
///     fn name(&self) -> &str { "ExtensionState" }
///     fn write_headers(&self, w: &mut HeaderWriter<'_>) -> Result<(), EncodeError> {
///         w.header("Exten", &self.exten)?.header("Context", &self.context)?;
///         Ok(())
///     }
/// }
///
/// let mut out = Vec::new();
/// let a = ExtensionState { exten: "100".into(), context: "default".into() };
/// encode_action(&a, Some("x1"), 128, &mut out).unwrap();
/// assert!(out.starts_with(b"Action: ExtensionState\r\nActionID: x1\r\nExten: 100\r\n"));
/// assert_eq!(a.completion(), Completion::Response);
/// ```
pub trait Action: fmt::Debug + Send + Sync {
    /// The `Action:` value.
    fn name(&self) -> &str;

    /// Writes the action's own headers.
    ///
    /// # Errors
    /// Whatever the writer refuses.
    fn write_headers(&self, w: &mut HeaderWriter<'_>) -> Result<(), EncodeError>;

    /// How the action completes. Single response unless overridden.
    fn completion(&self) -> Completion {
        Completion::Response
    }
}

impl<A: Action + ?Sized> Action for Box<A> {
    fn name(&self) -> &str {
        (**self).name()
    }
    fn write_headers(&self, w: &mut HeaderWriter<'_>) -> Result<(), EncodeError> {
        (**self).write_headers(w)
    }
    fn completion(&self) -> Completion {
        (**self).completion()
    }
}

/// Any action, by name and ordered headers (the seed's `GenericAction`).
/// `Debug` masks secret headers.
///
/// ```
/// use ami_proto::{Completion, GenericAction, Action};
///
/// let a = GenericAction::new("QueueSummary")
///     .header("Queue", "support")
///     .completes_with(Completion::list("QueueSummaryComplete"));
/// assert_eq!(a.name(), "QueueSummary");
/// let login = GenericAction::new("Login").header("Username", "admin").header("Secret", "amp111");
/// assert!(!format!("{login:?}").contains("amp111"));
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct GenericAction {
    /// The `Action:` value.
    pub name: String,
    /// Headers in the order they are sent.
    pub headers: Vec<(String, String)>,
    /// How it completes ([`Completion::Response`] unless set).
    pub completion: Completion,
}

impl GenericAction {
    /// An action with no headers yet.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            headers: Vec::new(),
            completion: Completion::Response,
        }
    }

    /// Adds a header (repeat a name to send it several times).
    #[must_use]
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }

    /// Sets how the action completes.
    #[must_use]
    pub fn completes_with(mut self, completion: Completion) -> Self {
        self.completion = completion;
        self
    }
}

impl fmt::Debug for GenericAction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("GenericAction")
            .field("name", &self.name)
            .field("headers", &Redactor::builtin().pairs(&self.headers))
            .field("completion", &self.completion)
            .finish()
    }
}

impl Action for GenericAction {
    fn name(&self) -> &str {
        &self.name
    }

    fn write_headers(&self, w: &mut HeaderWriter<'_>) -> Result<(), EncodeError> {
        for (k, v) in &self.headers {
            w.header(k, v)?;
        }
        Ok(())
    }

    fn completion(&self) -> Completion {
        self.completion.clone()
    }
}
