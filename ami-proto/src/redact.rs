//! [`Redactor`]: masks secrets in anything printed (logs, `Debug`, errors,
//! JSON), by key name, key pattern and value pattern.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;
use std::sync::LazyLock;

use regex::{Regex, RegexBuilder};
use serde::ser::{SerializeMap, SerializeSeq};

use crate::message::{Header, Message};

/// What a masked value is replaced with.
pub const MASK: &str = "********";

/// Header names masked without any configuration (ASCII case-insensitive).
pub const DEFAULT_SECRET_KEYS: &[&str] = &[
    "Secret",
    "Key",
    "Password",
    "Passwd",
    "Md5secret",
    "Authsecret",
    "Token",
];

/// A configured pattern that is not a valid regular expression.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid redaction pattern {pattern:?}: {reason}")]
pub struct RedactError {
    /// The refused pattern.
    pub pattern: String,
    /// Why the regex engine refused it.
    pub reason: String,
}

/// Masks secrets. Keys are compared ASCII-case-insensitively; key patterns
/// are regexes over key names (case-insensitive); value patterns are
/// regexes whose matches inside any value are masked.
///
/// ```
/// use ami_proto::Redactor;
///
/// let r = Redactor::builtin().clone().with_value_pattern(r"\b\d{16}\b").unwrap();
/// assert_eq!(r.value(b"Secret", b"amp111"), "********");
/// assert_eq!(r.value(b"Card", b"pay 4111111111111111 now"), "pay ******** now");
/// assert_eq!(r.text("login failed: Secret: amp111"), "login failed: Secret: ********");
/// ```
#[derive(Clone)]
pub struct Redactor {
    keys: Vec<String>,
    key_patterns: Vec<Regex>,
    value_patterns: Vec<Regex>,
    /// `key: value` / `key=value` pairs in free text, for keys and key patterns.
    pairs: Regex,
}

static BUILTIN: LazyLock<Redactor> = LazyLock::new(|| {
    Redactor::from_parts(
        DEFAULT_SECRET_KEYS.iter().map(|k| k.to_string()).collect(),
        Vec::new(),
        Vec::new(),
    )
    .unwrap_or_else(|_| unreachable!("built-in redaction keys are literal"))
});

fn compile(pattern: &str) -> Result<Regex, RedactError> {
    RegexBuilder::new(pattern)
        .case_insensitive(true)
        .build()
        .map_err(|e| RedactError {
            pattern: pattern.to_owned(),
            reason: e.to_string(),
        })
}

impl Default for Redactor {
    fn default() -> Self {
        Self::builtin().clone()
    }
}

impl fmt::Debug for Redactor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Redactor")
            .field("keys", &self.keys)
            .field(
                "key_patterns",
                &self
                    .key_patterns
                    .iter()
                    .map(Regex::as_str)
                    .collect::<Vec<_>>(),
            )
            .field(
                "value_patterns",
                &self
                    .value_patterns
                    .iter()
                    .map(Regex::as_str)
                    .collect::<Vec<_>>(),
            )
            .finish()
    }
}

impl Redactor {
    /// The shared redactor with [`DEFAULT_SECRET_KEYS`] and no patterns, used
    /// by `Debug` implementations.
    pub fn builtin() -> &'static Self {
        &BUILTIN
    }

    /// The built-in keys plus configured keys, key patterns and value patterns
    /// (the seed's `redaction_keys`, `redaction_key_patterns`,
    /// `redaction_value_patterns`).
    ///
    /// # Errors
    /// [`RedactError`] naming the first pattern that does not compile.
    pub fn new<S: AsRef<str>>(
        keys: &[S],
        key_patterns: &[S],
        value_patterns: &[S],
    ) -> Result<Self, RedactError> {
        let mut all: Vec<String> = DEFAULT_SECRET_KEYS.iter().map(|k| k.to_string()).collect();
        all.extend(keys.iter().map(|k| k.as_ref().to_owned()));
        let key_patterns = key_patterns
            .iter()
            .map(|p| compile(p.as_ref()))
            .collect::<Result<_, _>>()?;
        let value_patterns = value_patterns
            .iter()
            .map(|p| compile(p.as_ref()))
            .collect::<Result<_, _>>()?;
        Self::from_parts(all, key_patterns, value_patterns)
    }

    fn from_parts(
        mut keys: Vec<String>,
        key_patterns: Vec<Regex>,
        value_patterns: Vec<Regex>,
    ) -> Result<Self, RedactError> {
        keys.retain(|k| !k.is_empty());
        keys.sort_unstable_by_key(|k| k.to_ascii_lowercase());
        keys.dedup_by_key(|k| k.to_ascii_lowercase());
        let mut alts: Vec<String> = keys.iter().map(|k| regex::escape(k)).collect();
        alts.extend(key_patterns.iter().map(|p| format!("(?:{})", p.as_str())));
        let pairs = compile(&format!(
            r"(?P<k>\b[A-Za-z0-9_-]*(?:{})[A-Za-z0-9_-]*)(?P<sep>\s*[:=]\s*)[^\s,;&]+",
            alts.join("|")
        ))?;
        Ok(Self {
            keys,
            key_patterns,
            value_patterns,
            pairs,
        })
    }

    /// Adds a secret key.
    #[must_use]
    pub fn with_key(self, key: &str) -> Self {
        let mut keys = self.keys;
        keys.push(key.to_owned());
        Self::from_parts(keys, self.key_patterns, self.value_patterns)
            .unwrap_or_else(|_| unreachable!("keys are escaped"))
    }

    /// Adds a key pattern.
    ///
    /// # Errors
    /// [`RedactError`] when `pattern` does not compile.
    pub fn with_key_pattern(self, pattern: &str) -> Result<Self, RedactError> {
        let mut key_patterns = self.key_patterns;
        key_patterns.push(compile(pattern)?);
        Self::from_parts(self.keys, key_patterns, self.value_patterns)
    }

    /// Adds a value pattern.
    ///
    /// # Errors
    /// [`RedactError`] when `pattern` does not compile.
    pub fn with_value_pattern(self, pattern: &str) -> Result<Self, RedactError> {
        let mut value_patterns = self.value_patterns;
        value_patterns.push(compile(pattern)?);
        Self::from_parts(self.keys, self.key_patterns, value_patterns)
    }

    /// True when values under `key` are secret.
    pub fn is_secret_key(&self, key: &[u8]) -> bool {
        if self
            .keys
            .iter()
            .any(|k| k.as_bytes().eq_ignore_ascii_case(key))
        {
            return true;
        }
        if self.key_patterns.is_empty() {
            return false;
        }
        let key = String::from_utf8_lossy(key);
        self.key_patterns.iter().any(|p| p.is_match(&key))
    }

    /// The printable form of `value` found under `key`: the mask when the key
    /// is secret, else the value (lossy UTF-8) with value patterns masked.
    pub fn value<'a>(&self, key: &[u8], value: &'a [u8]) -> Cow<'a, str> {
        if self.is_secret_key(key) {
            return Cow::Borrowed(MASK);
        }
        self.mask_values(String::from_utf8_lossy(value))
    }

    fn mask_values<'a>(&self, mut s: Cow<'a, str>) -> Cow<'a, str> {
        for p in &self.value_patterns {
            if let Cow::Owned(o) = p.replace_all(&s, MASK) {
                s = Cow::Owned(o);
            }
        }
        s
    }

    /// Free text (a log line, an error message): masks `key: value` and
    /// `key=value` pairs whose key is secret, then value patterns.
    pub fn text<'a>(&self, text: &'a str) -> Cow<'a, str> {
        let s = self.pairs.replace_all(text, |c: &regex::Captures<'_>| {
            format!("{}{}{MASK}", &c["k"], &c["sep"])
        });
        self.mask_values(s)
    }

    /// A view of `msg` whose `Debug` and `Display` mask secrets.
    pub fn message<'a>(&'a self, msg: &'a Message) -> RedactedMessage<'a> {
        RedactedMessage {
            redactor: self,
            msg,
        }
    }

    /// A view of `msg` that serializes like [`Message`] but with secrets masked.
    pub fn serializable<'a>(&'a self, msg: &'a Message) -> RedactedMessage<'a> {
        self.message(msg)
    }

    /// A view of name/value pairs (an action's headers) whose `Debug` masks secrets.
    pub fn pairs<'a>(&'a self, pairs: &'a [(String, String)]) -> RedactedPairs<'a> {
        RedactedPairs {
            redactor: self,
            pairs,
        }
    }
}

/// [`Message`] seen through a [`Redactor`]: `Debug`, `Display` and
/// `Serialize` mask secrets.
#[derive(Clone, Copy)]
pub struct RedactedMessage<'a> {
    redactor: &'a Redactor,
    msg: &'a Message,
}

impl fmt::Debug for RedactedMessage<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut m = f.debug_map();
        m.entry(&"kind", &self.msg.kind());
        for h in self.msg {
            m.entry(&h.key_str(), &self.redactor.value(h.key, h.value));
        }
        if let Some(body) = self.msg.legacy_output() {
            m.entry(&"(output)", &self.redactor.value(b"", body));
        }
        m.finish()
    }
}

/// One `Key: Value` line per header, secrets masked.
impl fmt::Display for RedactedMessage<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(v) = self.msg.banner_version() {
            return writeln!(f, "Asterisk Call Manager/{v}");
        }
        for h in self.msg {
            writeln!(
                f,
                "{}: {}",
                h.key_str(),
                self.redactor.value(h.key, h.value)
            )?;
        }
        if let Some(body) = self.msg.legacy_output() {
            writeln!(f, "{}", self.redactor.value(b"", body))?;
        }
        Ok(())
    }
}

impl serde::Serialize for RedactedMessage<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        serialize_pairs(self.msg, Some(self.redactor), s)
    }
}

/// Name/value pairs seen through a [`Redactor`].
#[derive(Clone, Copy)]
pub struct RedactedPairs<'a> {
    redactor: &'a Redactor,
    pairs: &'a [(String, String)],
}

impl fmt::Debug for RedactedPairs<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list()
            .entries(
                self.pairs
                    .iter()
                    .map(|(k, v)| (k.as_str(), self.redactor.value(k.as_bytes(), v.as_bytes()))),
            )
            .finish()
    }
}

/// Serializes a message as a map in received order, repeated keys grouped
/// into arrays at their first place, values masked when a redactor is given.
pub(crate) fn serialize_pairs<S: serde::Serializer>(
    msg: &Message,
    redactor: Option<&Redactor>,
    s: S,
) -> Result<S::Ok, S::Error> {
    fn show<'m>(redactor: Option<&Redactor>, h: &Header<'m>) -> Cow<'m, str> {
        match redactor {
            Some(r) => r.value(h.key, h.value),
            None => String::from_utf8_lossy(h.value),
        }
    }
    // Group positions by key, keeping the order of first appearance. Small
    // frames (almost all) use a linear scan; long ones a map.
    let headers: Vec<Header<'_>> = msg.iter().collect();
    let mut groups: Vec<(usize, Vec<usize>)> = Vec::new();
    if headers.len() <= 32 {
        for (i, h) in headers.iter().enumerate() {
            match groups
                .iter_mut()
                .find(|(first, _)| headers[*first].key.eq_ignore_ascii_case(h.key))
            {
                Some((_, members)) => members.push(i),
                None => groups.push((i, vec![i])),
            }
        }
    } else {
        let mut at: HashMap<Vec<u8>, usize> = HashMap::new();
        for (i, h) in headers.iter().enumerate() {
            let slot = *at.entry(h.key.to_ascii_lowercase()).or_insert_with(|| {
                groups.push((i, Vec::new()));
                groups.len() - 1
            });
            groups[slot].1.push(i);
        }
    }
    let body_lines: Option<Vec<Cow<'_, str>>> = msg.legacy_output().map(|body| {
        let text = match redactor {
            Some(r) => r.value(b"", body),
            None => String::from_utf8_lossy(body),
        };
        split_output_lines(&text)
            .into_iter()
            .map(|l| Cow::Owned(l.to_owned()))
            .collect()
    });
    let mut map = s.serialize_map(Some(groups.len() + usize::from(body_lines.is_some())))?;
    for (first, members) in &groups {
        let key = headers[*first].key_str();
        if members.len() == 1 {
            map.serialize_entry(&key, &show(redactor, &headers[*first]))?;
        } else {
            let values: Vec<Cow<'_, str>> = members
                .iter()
                .map(|&i| show(redactor, &headers[i]))
                .collect();
            map.serialize_entry(&key, &values)?;
        }
    }
    if let Some(lines) = body_lines {
        map.serialize_entry("Output", &Lines(&lines))?;
    }
    map.end()
}

struct Lines<'a>(&'a [Cow<'a, str>]);

impl serde::Serialize for Lines<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.0.len()))?;
        for l in self.0 {
            seq.serialize_element(l)?;
        }
        seq.end()
    }
}

/// Splits legacy CLI text into lines: `\n` or `\r\n` ends, no empty last line.
pub(crate) fn split_output_lines(text: &str) -> Vec<&str> {
    let text = text.strip_suffix('\n').unwrap_or(text);
    if text.is_empty() {
        return Vec::new();
    }
    text.split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .collect()
}
