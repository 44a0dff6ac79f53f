//! [`Completer`]: the pure state machine that turns the frames carrying one
//! action's `ActionID` into that action's [`Outcome`].

use std::borrow::Cow;

use bytes::Bytes;

use crate::action::Completion;
use crate::message::{Message, MessageKind};

/// Default cap on the events one action may collect.
pub const DEFAULT_MAX_ITEMS: usize = 100_000;

/// Default cap on the bytes of the events one action may collect (8 MiB:
/// `CoreShowChannels` of a few thousand calls or `PJSIPShowEndpoints` of a
/// few thousand endpoints; raise it for bigger PBXs).
pub const DEFAULT_MAX_ACTION_BYTES: usize = 8 * 1024 * 1024;

/// What a completed action produced.
#[derive(Debug, Clone)]
pub struct Outcome {
    /// The final `Response` frame.
    pub response: Message,
    /// Events collected for the action: list items, or the
    /// `OriginateResponse` of an async Originate.
    pub events: Vec<Message>,
    /// The event that ended a list (`...Complete`), when there was one.
    pub list_end: Option<Message>,
    /// Command output, for [`Completion::Command`].
    pub output: Option<CommandOutput>,
}

/// Output of a CLI `Command`, read the same way from Asterisk 14+ `Output:`
/// lines and from a legacy `Response: Follows` body. Lines are zero-copy
/// slices of the response.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CommandOutput {
    lines: Vec<Bytes>,
}

impl CommandOutput {
    /// Reads the output carried by `response`, in either form.
    pub fn from_response(response: &Message) -> Self {
        let lines = match response.legacy_output_bytes() {
            Some(body) => {
                let body = body
                    .strip_suffix(b"\n")
                    .map_or(body.clone(), |b| body.slice_ref(b));
                if body.is_empty() {
                    Vec::new()
                } else {
                    body.split(|&b| b == b'\n')
                        .map(|l| body.slice_ref(l.strip_suffix(b"\r").unwrap_or(l)))
                        .collect()
                }
            }
            None => response
                .get_all("Output")
                .map(|v| response.value_bytes(v))
                .collect(),
        };
        Self { lines }
    }

    /// The raw lines.
    pub fn raw_lines(&self) -> &[Bytes] {
        &self.lines
    }

    /// The lines, converted lossily to UTF-8.
    pub fn lines(&self) -> impl Iterator<Item = Cow<'_, str>> {
        self.lines.iter().map(|l| String::from_utf8_lossy(l))
    }

    /// The whole output, lines joined with `\n`.
    pub fn text(&self) -> String {
        self.lines().collect::<Vec<_>>().join("\n")
    }
}

/// The server refused or failed the action.
#[derive(Debug, Clone, thiserror::Error)]
#[non_exhaustive]
pub enum ActionError {
    /// `Response: Error`, with the server's `Message:`.
    #[error("server error: {message}")]
    Server {
        /// The server's message (empty when it sent none).
        message: String,
        /// The error response (a failing `Command` still has `Output:` lines).
        response: Box<Message>,
    },
    /// The list ended with `EventList: cancelled`.
    #[error("event list cancelled by the server after {items} items")]
    ListCancelled {
        /// Items received before the cancel.
        items: usize,
    },
    /// The action collected more events than allowed; they were released
    /// and the rest of its list is discarded as it arrives.
    #[error("more than {limit} events collected for one action")]
    TooManyItems {
        /// The cap.
        limit: usize,
    },
    /// The events collected for the action passed its byte budget
    /// (`max_action_bytes`); they were released and the rest of its list is
    /// discarded as it arrives.
    #[error("events collected for one action reached {bytes} bytes, over the limit of {limit}")]
    TooLarge {
        /// Bytes collected, the event that crossed the limit included.
        bytes: usize,
        /// The budget.
        limit: usize,
    },
    /// An async Originate whose `OriginateResponse` says `Failure`.
    #[error("originate failed (reason {reason})")]
    OriginateFailed {
        /// The `Reason:` code (Asterisk's `AST_CONTROL_*`: 0 no such
        /// channel, 3 no answer, 5 busy, 8 congestion).
        reason: String,
        /// The `OriginateResponse` event.
        event: Box<Message>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    AwaitResponse,
    List,
    AwaitOriginate,
    /// Over a budget: the outcome was reported; the rest of the list is
    /// thrown away until its end.
    Draining,
    /// The list ended after an overflow.
    Drained,
}

/// Feeds the frames carrying one action's `ActionID` in arrival order and
/// reports the outcome once, when it is known. Pure: no clock (the caller
/// owns the timeout) and no I/O.
///
/// ```
/// use ami_proto::{Completer, Completion, Decoder};
///
/// let mut dec = Decoder::new();
/// dec.set_expect_banner(false);
/// dec.extend_from_slice(b"Response: Success\r\nActionID: q\r\nEventList: start\r\n\r\n\
///     Event: QueueSummary\r\nQueue: support\r\nActionID: q\r\n\r\n\
///     Event: QueueSummaryComplete\r\nActionID: q\r\nEventList: Complete\r\nListItems: 1\r\n\r\n");
/// let mut c = Completer::new(Completion::list("QueueSummaryComplete"), 1000);
/// let mut done = None;
/// while let Some(msg) = dec.decode().unwrap() {
///     done = c.feed(msg);
/// }
/// let outcome = done.unwrap().unwrap();
/// assert_eq!(outcome.events.len(), 1);
/// ```
#[derive(Debug)]
pub struct Completer {
    completion: Completion,
    state: State,
    response: Option<Message>,
    events: Vec<Message>,
    bytes: usize,
    originate: Option<Message>,
    max_items: usize,
    max_bytes: usize,
}

impl Completer {
    /// A completer for an action completing as `completion`, collecting at
    /// most `max_items` events of at most [`DEFAULT_MAX_ACTION_BYTES`] bytes
    /// in all (see [`Completer::max_bytes`]).
    pub fn new(completion: Completion, max_items: usize) -> Self {
        Self {
            completion,
            state: State::AwaitResponse,
            response: None,
            events: Vec::new(),
            bytes: 0,
            originate: None,
            max_items,
            max_bytes: DEFAULT_MAX_ACTION_BYTES,
        }
    }

    /// Sets the byte budget of the events collected. Past it the action
    /// fails with [`ActionError::TooLarge`] and the rest of its list is
    /// discarded as it arrives (see [`Completer::is_draining`]).
    ///
    /// ```
    /// use ami_proto::{ActionError, Completer, Completion, Decoder};
    ///
    /// let mut dec = Decoder::new();
    /// dec.set_expect_banner(false);
    /// dec.extend_from_slice(b"Response: Success\r\nActionID: p\r\nEventList: start\r\n\r\n\
    ///     Event: Item\r\nActionID: p\r\nData: 0123456789\r\n\r\n");
    /// let mut c = Completer::new(Completion::Response, 1000).max_bytes(16);
    /// assert!(c.feed(dec.decode().unwrap().unwrap()).is_none()); // EventList: start
    /// let done = c.feed(dec.decode().unwrap().unwrap()).unwrap();
    /// assert!(matches!(done, Err(ActionError::TooLarge { limit: 16, .. })));
    /// assert!(c.is_draining()); // until the list's end arrives
    /// ```
    #[must_use]
    pub fn max_bytes(mut self, limit: usize) -> Self {
        self.max_bytes = limit;
        self
    }

    /// Events collected so far.
    pub fn items(&self) -> usize {
        self.events.len()
    }

    /// Bytes of the events collected so far.
    pub fn collected_bytes(&self) -> usize {
        self.bytes
    }

    /// True after an overflow was reported while the rest of the list is
    /// still to come: frames fed now are dropped. False once the list's end
    /// arrived (the completer is then spent).
    pub fn is_draining(&self) -> bool {
        self.state == State::Draining
    }

    /// True once the response arrived (the action is waiting for events).
    pub fn has_response(&self) -> bool {
        self.response.is_some()
    }

    /// Feeds one frame carrying this action's `ActionID`. Returns the outcome
    /// when this frame completes the action; after that the completer is
    /// spent and must be dropped. Banners, client frames and a second
    /// `Response` are ignored.
    pub fn feed(&mut self, msg: Message) -> Option<Result<Outcome, ActionError>> {
        match self.state {
            State::Draining => {
                if self.ends_list(&msg) {
                    self.state = State::Drained;
                }
                return None;
            }
            State::Drained => return None,
            _ => {}
        }
        match msg.kind() {
            MessageKind::Response if self.response.is_none() => self.on_response(msg),
            MessageKind::Event => self.on_event(msg),
            _ => None,
        }
    }

    fn on_response(&mut self, msg: Message) -> Option<Result<Outcome, ActionError>> {
        if msg.is_error() {
            let message = msg.message_text().map(Cow::into_owned).unwrap_or_default();
            return Some(Err(ActionError::Server {
                message,
                response: Box::new(msg),
            }));
        }
        let list_start = msg
            .event_list()
            .is_some_and(|v| v.eq_ignore_ascii_case(b"start"));
        match self.completion {
            Completion::Command => {
                let output = CommandOutput::from_response(&msg);
                self.response = Some(msg);
                Some(Ok(self.finish(None, Some(output))))
            }
            Completion::AsyncOriginate => {
                self.response = Some(msg);
                self.state = State::AwaitOriginate;
                self.originate.take().map(|ev| self.originate_done(ev))
            }
            Completion::EventList { .. } => {
                self.response = Some(msg);
                self.state = State::List;
                None
            }
            Completion::Response if list_start => {
                self.response = Some(msg);
                self.state = State::List;
                None
            }
            Completion::Response => {
                self.response = Some(msg);
                Some(Ok(self.finish(None, None)))
            }
        }
    }

    fn on_event(&mut self, msg: Message) -> Option<Result<Outcome, ActionError>> {
        if matches!(self.completion, Completion::AsyncOriginate)
            && msg.is_event_named("OriginateResponse")
        {
            if self.state == State::AwaitOriginate {
                return Some(self.originate_done(msg));
            }
            // Arrived before the response: keep it until the response comes.
            self.originate = Some(msg);
            return None;
        }
        if self.state == State::List {
            if let Some(v) = msg.event_list() {
                if v.eq_ignore_ascii_case(b"Complete") {
                    return Some(Ok(self.finish(Some(msg), None)));
                }
                if v.eq_ignore_ascii_case(b"cancelled") {
                    let items = self.events.len();
                    self.release();
                    return Some(Err(ActionError::ListCancelled { items }));
                }
            } else if let Completion::EventList { complete_event } = &self.completion {
                if msg.is_event_named(complete_event) {
                    return Some(Ok(self.finish(Some(msg), None)));
                }
            }
        } else if matches!(self.completion, Completion::Response | Completion::Command) {
            // A single-response action collects nothing unless the server
            // opened a list for it: a frame before its response is dropped,
            // so a hostile server cannot make it buffer.
            return None;
        }
        let bytes = self.bytes.saturating_add(msg.as_bytes().len());
        if bytes > self.max_bytes {
            self.overflow();
            return Some(Err(ActionError::TooLarge {
                bytes,
                limit: self.max_bytes,
            }));
        }
        if self.events.len() == self.max_items {
            self.overflow();
            return Some(Err(ActionError::TooManyItems {
                limit: self.max_items,
            }));
        }
        self.bytes = bytes;
        self.events.push(msg);
        None
    }

    /// Releases what was collected and drains the rest of a list (an action
    /// still awaiting its response or OriginateResponse is simply done).
    fn overflow(&mut self) {
        self.release();
        self.state = if self.state == State::List {
            State::Draining
        } else {
            State::Drained
        };
    }

    fn release(&mut self) {
        self.events = Vec::new();
        self.bytes = 0;
    }

    /// Whether `msg` ends this action's list.
    fn ends_list(&self, msg: &Message) -> bool {
        match msg.event_list() {
            Some(v) => v.eq_ignore_ascii_case(b"Complete") || v.eq_ignore_ascii_case(b"cancelled"),
            None => match &self.completion {
                Completion::EventList { complete_event } => msg.is_event_named(complete_event),
                _ => false,
            },
        }
    }

    fn originate_done(&mut self, event: Message) -> Result<Outcome, ActionError> {
        if event
            .get("Response")
            .is_some_and(|r| r.eq_ignore_ascii_case(b"Failure"))
        {
            let reason = event
                .get_str("Reason")
                .map(Cow::into_owned)
                .unwrap_or_default();
            return Err(ActionError::OriginateFailed {
                reason,
                event: Box::new(event),
            });
        }
        self.events.push(event);
        Ok(self.finish(None, None))
    }

    fn finish(&mut self, list_end: Option<Message>, output: Option<CommandOutput>) -> Outcome {
        Outcome {
            response: self
                .response
                .take()
                .unwrap_or_else(|| unreachable!("finish is only called once the response arrived")),
            events: std::mem::take(&mut self.events),
            list_end,
            output,
        }
    }
}
