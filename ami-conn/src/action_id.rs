//! ActionIDs unique across every client of one PBX: `key-instance-seq`.
//!
//! Asterisk broadcasts `OriginateResponse` to every session, so an id unique
//! only per connection would let one client take another's reply for its
//! own. The instance segment (random per process unless configured) makes
//! ids differ between clients; the sequence makes them differ within one.

use std::borrow::Borrow;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::Deref;

/// Bytes an [`ActionId`] holds without a heap allocation: every generated
/// id with the default key and instance lengths fits (12 + 1 + 8 + 1 + 20).
const INLINE: usize = 54;

/// An ActionID: text, cheap to clone, with no heap allocation for the ids
/// this crate generates (and any id up to 54 bytes); longer caller-chosen
/// ids live on the heap. Compares, hashes and prints as the `str` it holds.
///
/// ```
/// let id = ami_conn::ActionId::from("dialer-42");
/// assert_eq!(id, "dialer-42");
/// assert_eq!(id.len(), 9); // it derefs to `str`
/// ```
#[derive(Clone)]
pub struct ActionId(Repr);

#[derive(Clone)]
enum Repr {
    Inline { len: u8, buf: [u8; INLINE] },
    Heap(Box<str>),
}

impl ActionId {
    /// The id as text.
    pub fn as_str(&self) -> &str {
        match &self.0 {
            // Only ever filled from a `&str` (whole), so always UTF-8.
            Repr::Inline { len, buf } => {
                std::str::from_utf8(&buf[..usize::from(*len)]).unwrap_or_default()
            }
            Repr::Heap(s) => s,
        }
    }

    /// `prefix` followed by `n` in decimal, without allocating when it fits.
    fn with_number(prefix: &str, n: u64) -> Self {
        let mut digits = [0u8; 20];
        let mut i = digits.len();
        let mut v = n;
        loop {
            i -= 1;
            digits[i] = b'0' + (v % 10) as u8;
            v /= 10;
            if v == 0 {
                break;
            }
        }
        let digits = &digits[i..];
        let len = prefix.len() + digits.len();
        if len > INLINE {
            let text = std::str::from_utf8(digits).unwrap_or_default();
            return Self(Repr::Heap(format!("{prefix}{text}").into_boxed_str()));
        }
        let mut buf = [0u8; INLINE];
        buf[..prefix.len()].copy_from_slice(prefix.as_bytes());
        buf[prefix.len()..len].copy_from_slice(digits);
        Self(Repr::Inline {
            len: len as u8,
            buf,
        })
    }
}

impl From<&str> for ActionId {
    fn from(s: &str) -> Self {
        if s.len() <= INLINE {
            let mut buf = [0u8; INLINE];
            buf[..s.len()].copy_from_slice(s.as_bytes());
            Self(Repr::Inline {
                len: s.len() as u8,
                buf,
            })
        } else {
            Self(Repr::Heap(s.into()))
        }
    }
}

impl From<String> for ActionId {
    fn from(s: String) -> Self {
        if s.len() <= INLINE {
            Self::from(s.as_str())
        } else {
            Self(Repr::Heap(s.into_boxed_str()))
        }
    }
}

impl From<ActionId> for String {
    fn from(id: ActionId) -> Self {
        id.as_str().to_owned()
    }
}

impl Default for ActionId {
    fn default() -> Self {
        Self::from("")
    }
}

impl Deref for ActionId {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for ActionId {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<[u8]> for ActionId {
    fn as_ref(&self) -> &[u8] {
        self.as_str().as_bytes()
    }
}

impl Borrow<str> for ActionId {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq for ActionId {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for ActionId {}

impl PartialOrd for ActionId {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for ActionId {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl Hash for ActionId {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl PartialEq<str> for ActionId {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for ActionId {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for ActionId {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<ActionId> for String {
    fn eq(&self, other: &ActionId) -> bool {
        self == other.as_str()
    }
}

impl PartialEq<ActionId> for &str {
    fn eq(&self, other: &ActionId) -> bool {
        *self == other.as_str()
    }
}

impl PartialEq<ActionId> for str {
    fn eq(&self, other: &ActionId) -> bool {
        self == other.as_str()
    }
}

impl fmt::Display for ActionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for ActionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

/// Generates this connection's ActionIDs.
#[derive(Debug, Clone)]
pub struct ActionIdGen {
    prefix: String,
    seq: u64,
}

/// Characters of the server key kept in ids: short ids are cheap to echo
/// (Asterisk copies them into 256-byte buffers).
const KEY_CHARS: usize = 12;

impl ActionIdGen {
    /// Ids `key-instance-N`, cut to fit `max_len` (the key is shortened
    /// first). `instance` is visible ASCII.
    pub fn new(server_key: &str, instance: &str, max_len: usize) -> Self {
        let key: String = server_key
            .chars()
            .filter(|c| c.is_ascii_graphic())
            .take(KEY_CHARS)
            .collect();
        // Room for the separators and a sequence of up to 20 digits.
        let budget = max_len.saturating_sub(22);
        let inst: String = instance
            .chars()
            .filter(char::is_ascii_graphic)
            .take(budget)
            .collect();
        let key: String = key
            .chars()
            .take(budget.saturating_sub(inst.len()))
            .collect();
        let prefix = match (key.is_empty(), inst.is_empty()) {
            (false, false) => format!("{key}-{inst}-"),
            (true, false) => format!("{inst}-"),
            (false, true) => format!("{key}-"),
            (true, true) => String::new(),
        };
        Self { prefix, seq: 0 }
    }

    /// The next id (no heap allocation when it fits [`ActionId`]'s inline
    /// buffer, as ids with the default key and instance lengths do).
    pub fn next_id(&mut self) -> ActionId {
        self.seq += 1;
        ActionId::with_number(&self.prefix, self.seq)
    }

    /// Whether `id` was made by this generator (a stale reply of ours, as
    /// opposed to another client's).
    pub fn is_ours(&self, id: &[u8]) -> bool {
        !self.prefix.is_empty()
            && id.starts_with(self.prefix.as_bytes())
            && id.len() > self.prefix.len()
            && id[self.prefix.len()..].iter().all(u8::is_ascii_digit)
    }
}

/// A random instance segment: 8 hex digits.
pub(crate) fn random_instance(rng: &mut fastrand::Rng) -> String {
    format!("{:08x}", rng.u32(..))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_short_unique_and_recognised() {
        let mut g = ActionIdGen::new("pbx-east-1", "7f3a9c01", 128);
        let a = g.next_id();
        let b = g.next_id();
        assert_eq!(a, "pbx-east-1-7f3a9c01-1");
        assert_eq!(a.to_string(), "pbx-east-1-7f3a9c01-1");
        assert_ne!(a, b);
        assert!(g.is_ours(a.as_bytes()));
        assert!(!g.is_ours(b"pbx-east-1-deadbeef-1"), "another client's");
        assert!(!g.is_ours(b"pbx-east-1-7f3a9c01-x"));
        let other = ActionIdGen::new("pbx-east-1", "00000001", 128);
        assert!(!other.is_ours(a.as_bytes()));
    }

    #[test]
    fn ids_fit_max_length() {
        for max in [24, 30, 40, 128] {
            let mut g = ActionIdGen::new("a-very-long-server-key-name", "0123456789abcdef", max);
            g.seq = u64::MAX - 1;
            let id = g.next_id();
            assert!(id.len() <= max, "{id} longer than {max}");
            assert!(ami_proto::validate_action_id(&id, max).is_ok());
        }
    }
}

#[cfg(test)]
mod id_tests {
    use super::*;

    #[test]
    fn inline_and_heap_ids_behave_as_their_text() {
        let short = ActionId::from("a-1");
        let long_text = "x".repeat(INLINE + 1);
        let long = ActionId::from(long_text.clone());
        assert!(matches!(short.0, Repr::Inline { .. }));
        assert!(matches!(long.0, Repr::Heap(_)));
        assert_eq!(long, long_text);
        assert_eq!(ActionId::from(long_text.as_str()), long);
        let full = "y".repeat(INLINE);
        assert_eq!(ActionId::from(full.as_str()), full);
        let mut set = std::collections::HashSet::new();
        set.insert(short.clone());
        assert!(set.contains("a-1"));
        assert_eq!(format!("{short} {short:?}"), "a-1 \"a-1\"");
        for n in [0, 7, 10, 99, 1234567890, u64::MAX] {
            assert_eq!(ActionId::with_number("p-", n), format!("p-{n}"));
            assert_eq!(
                ActionId::with_number(&"k".repeat(50), n),
                format!("{}{n}", "k".repeat(50))
            );
        }
    }
}
