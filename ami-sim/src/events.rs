//! Event classes, `Events:` masks and per-session filters, as Asterisk
//! applies them before writing an event to a session.

use regex::Regex;

/// An event class bit (Asterisk's `EVENT_FLAG_*`).
pub(crate) type Class = u32;

pub(crate) const SYSTEM: Class = 1;
pub(crate) const CALL: Class = 1 << 1;
pub(crate) const AGENT: Class = 1 << 5;
pub(crate) const USER: Class = 1 << 6;
pub(crate) const CDR: Class = 1 << 10;
pub(crate) const DIALPLAN: Class = 1 << 11;
pub(crate) const SECURITY: Class = 1 << 17;
/// Every class.
pub(crate) const ALL: Class = u32::MAX;

const NAMES: &[(&str, Class)] = &[
    ("system", SYSTEM),
    ("call", CALL),
    ("log", 1 << 2),
    ("verbose", 1 << 3),
    ("command", 1 << 4),
    ("agent", AGENT),
    ("user", USER),
    ("config", 1 << 7),
    ("dtmf", 1 << 8),
    ("reporting", 1 << 9),
    ("cdr", CDR),
    ("dialplan", DIALPLAN),
    ("originate", 1 << 12),
    ("agi", 1 << 13),
    ("cc", 1 << 14),
    ("aoc", 1 << 15),
    ("test", 1 << 16),
    ("security", SECURITY),
    ("message", 1 << 18),
    ("all", ALL),
];

/// Parses an `Events:` / `EventMask:` value: `on`, `off`, a number, or
/// comma-separated class names. Unknown names are ignored, like Asterisk.
pub(crate) fn parse_mask(value: &str) -> Class {
    let v = value.trim();
    if ["on", "yes", "true"]
        .iter()
        .any(|w| v.eq_ignore_ascii_case(w))
    {
        return ALL;
    }
    if ["off", "no", "false", ""]
        .iter()
        .any(|w| v.eq_ignore_ascii_case(w))
    {
        return 0;
    }
    if let Ok(n) = v.parse::<u32>() {
        return n;
    }
    v.split(',')
        .filter_map(|part| {
            NAMES
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case(part.trim()))
                .map(|(_, c)| *c)
        })
        .fold(0, |a, c| a | c)
}

/// The class of an event, by name.
pub(crate) fn class_of(event: &str) -> Class {
    match event {
        "FullyBooted" | "Shutdown" | "Reload" => SYSTEM,
        "VarSet" | "Newexten" => DIALPLAN,
        "UserEvent" => USER,
        "Cdr" => CDR,
        "SuccessfulAuth" | "FailedACL" | "InvalidPassword" => SECURITY,
        e if e.starts_with("Queue") || e.starts_with("Agent") => AGENT,
        _ => CALL,
    }
}

/// The `Filter` expressions a session added.
#[derive(Debug, Default)]
pub(crate) struct Filters {
    include: Vec<Regex>,
    exclude: Vec<Regex>,
}

impl Filters {
    /// Adds `Filter: expr` (`!expr` excludes). Returns false for a bad regex.
    pub(crate) fn add(&mut self, expr: &str) -> bool {
        let (list, pattern) = match expr.strip_prefix('!') {
            Some(p) => (&mut self.exclude, p),
            None => (&mut self.include, expr),
        };
        match Regex::new(pattern) {
            Ok(re) => {
                list.push(re);
                true
            }
            Err(_) => false,
        }
    }

    /// Whether an event (its encoded text) passes the filters.
    pub(crate) fn passes(&self, text: &str) -> bool {
        (self.include.is_empty() || self.include.iter().any(|r| r.is_match(text)))
            && !self.exclude.iter().any(|r| r.is_match(text))
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.include.is_empty() && self.exclude.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks() {
        assert_eq!(parse_mask("on"), ALL);
        assert_eq!(parse_mask("OFF"), 0);
        assert_eq!(parse_mask("system,call"), SYSTEM | CALL);
        assert_eq!(parse_mask("3"), SYSTEM | CALL);
        assert_eq!(parse_mask("bogus"), 0);
    }

    #[test]
    fn filters() {
        let mut f = Filters::default();
        assert!(f.passes("Event: VarSet"));
        assert!(f.add("Event: Hangup"));
        assert!(!f.passes("Event: VarSet\r\n"));
        assert!(f.passes("Event: Hangup\r\n"));
        assert!(f.add("!Channel: Local"));
        assert!(!f.passes("Event: Hangup\r\nChannel: Local/1\r\n"));
        assert!(!f.add("("));
    }
}
