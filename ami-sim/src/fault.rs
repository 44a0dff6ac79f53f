//! Faults the simulator can inject, per connection or for new connections,
//! switchable at run time.

use std::time::Duration;

/// Identifies one client connection of the simulator.
pub type ConnId = u64;

/// Which connections a fault or injection applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// Every connection open now.
    Open,
    /// Connections accepted from now on.
    New,
    /// Both: open ones and new ones.
    All,
    /// One connection.
    Conn(ConnId),
}

/// One misbehaviour.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    /// Close the connection once this many more bytes were sent, cutting the
    /// frame in flight.
    CloseAfterBytes(usize),
    /// Keep the socket open but answer nothing and send no events.
    Silent,
    /// Write 1 to 16 bytes at a time, a write every millisecond.
    Trickle,
    /// Hold every reply this long.
    DelayReplies(Duration),
    /// Never answer this action (case-insensitive name).
    NeverAnswer(String),
    /// Stop reading the client's bytes, so its writes back up.
    StopReading,
    /// (New connections) accept and close at once, without a banner.
    AcceptThenClose,
    /// (New connections) send the banner only after this delay.
    SlowBanner(Duration),
    /// (New connections) refuse: the listening socket is closed until the
    /// fault is cleared.
    RefuseConnections,
}

/// The faults in force for one connection (or for new ones).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Faults {
    pub(crate) close_after: Option<usize>,
    pub(crate) silent: bool,
    pub(crate) trickle: bool,
    pub(crate) delay: Option<Duration>,
    pub(crate) never_answer: Vec<String>,
    pub(crate) stop_reading: bool,
    pub(crate) accept_then_close: bool,
    pub(crate) slow_banner: Option<Duration>,
    pub(crate) refuse: bool,
}

impl Faults {
    pub(crate) fn apply(&mut self, fault: &Fault) {
        match fault {
            Fault::CloseAfterBytes(n) => self.close_after = Some(*n),
            Fault::Silent => self.silent = true,
            Fault::Trickle => self.trickle = true,
            Fault::DelayReplies(d) => self.delay = Some(*d),
            Fault::NeverAnswer(name) => self.never_answer.push(name.to_ascii_lowercase()),
            Fault::StopReading => self.stop_reading = true,
            Fault::AcceptThenClose => self.accept_then_close = true,
            Fault::SlowBanner(d) => self.slow_banner = Some(*d),
            Fault::RefuseConnections => self.refuse = true,
        }
    }

    pub(crate) fn never_answers(&self, action: &str) -> bool {
        self.never_answer
            .iter()
            .any(|a| a.eq_ignore_ascii_case(action))
    }
}
