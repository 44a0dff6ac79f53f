//! [`ActionSpec`]: what the interface facts say about each action, and how
//! its completion was decided.

use crate::Action;

/// Which rule made an action complete as an event list (see README, "Typed
/// actions").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ListRule {
    /// A capture in `testdata/asterisk22/` shows `EventList: start`.
    Capture,
    /// The spec documents an event named `<Action>Complete`.
    Spec,
    /// Asterisk's source answers it with `astman_send_listack` (the
    /// generator's table, for actions the first two rules do not reach).
    Source,
}

/// How an action completes, as the generator decided it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SpecCompletion {
    /// Its response.
    Response,
    /// Its response, or a list when the server answers `EventList: start`
    /// (`Hangup` with a `/regex/` channel).
    ResponseOrList,
    /// An event list.
    List {
        /// The event ending it (servers without `EventList: Complete`).
        complete_event: &'static str,
        /// The rule that decided it.
        rule: ListRule,
    },
    /// `Command` output.
    Command,
    /// `Originate`: its response, or `OriginateResponse` when async.
    Originate,
}

/// One action of the spec: name, modules, versions, completion, and a
/// function building one (placeholder values for required parameters).
#[derive(Debug, Clone, Copy)]
pub struct ActionSpec {
    /// The `Action:` value (and the type's name in [`crate::actions`]).
    pub name: &'static str,
    /// Modules providing it.
    pub modules: &'static [&'static str],
    /// Asterisk versions it appeared in.
    pub since: &'static [&'static str],
    /// How it completes.
    pub completion: SpecCompletion,
    /// True for the hand-written types (behaviour the spec cannot say:
    /// MD5 login, async originate, command output, ...).
    pub hand_written: bool,
    /// Builds one with placeholder values (`"x"`), for tests and tools.
    pub example: fn() -> Box<dyn Action>,
}
