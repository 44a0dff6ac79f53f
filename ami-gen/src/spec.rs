//! The interface facts file (`spec/asterisk-<version>-ami.json`), as data.

use serde::Deserialize;

/// The whole file.
#[derive(Debug, Deserialize)]
pub struct Spec {
    /// Asterisk version the facts come from.
    pub asterisk: String,
    /// One entry per documented action (a name may repeat, once per module).
    pub actions: Vec<ActionEntry>,
    /// One entry per documented event name.
    pub events: Vec<EventEntry>,
}

/// A documented action.
#[derive(Debug, Deserialize)]
pub struct ActionEntry {
    /// `Action:` value.
    pub name: String,
    /// Module providing it (`builtin` for the core).
    pub module: String,
    /// Versions it appeared in.
    pub since: Vec<String>,
    /// Parameters in documentation order.
    pub params: Vec<Field>,
}

/// A parameter of an action or a header of an event.
#[derive(Debug, Deserialize)]
pub struct Field {
    /// Header name.
    pub name: String,
    /// Marked required.
    #[serde(default)]
    pub required: bool,
    /// Enumerated values, when the documentation lists a fixed set.
    #[serde(default)]
    pub values: Vec<String>,
}

/// A documented event.
#[derive(Debug, Deserialize)]
pub struct EventEntry {
    /// `Event:` value.
    pub name: String,
    /// Raised by Asterisk but missing from its documentation.
    #[serde(default)]
    pub undocumented: bool,
    /// One per module raising it.
    pub instances: Vec<EventInstance>,
}

/// One module's version of an event.
#[derive(Debug, Deserialize)]
pub struct EventInstance {
    /// `EVENT_FLAG_*` class.
    pub class: String,
    /// Module raising it.
    pub module: String,
    /// Versions it appeared in.
    pub since: Vec<String>,
    /// Headers in documentation order (snapshots expanded).
    pub headers: Vec<Field>,
}

/// Parses the file.
///
/// # Errors
/// A message naming what did not parse.
pub fn parse(text: &str) -> Result<Spec, String> {
    serde_json::from_str(text).map_err(|e| format!("spec: {e}"))
}
