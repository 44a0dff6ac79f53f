//! ActionIDs unique across every client of one PBX: `key-instance-seq`.
//!
//! Asterisk broadcasts `OriginateResponse` to every session, so an id unique
//! only per connection would let one client take another's reply for its
//! own. The instance segment (random per process unless configured) makes
//! ids differ between clients; the sequence makes them differ within one.

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

    /// The next id.
    pub fn next_id(&mut self) -> String {
        self.seq += 1;
        format!("{}{}", self.prefix, self.seq)
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
