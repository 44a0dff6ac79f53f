//! A manager's event listeners, in registration order, and the index that
//! finds the ones an event wants by its name: a program with a listener per
//! event type pays one lookup per event, not a name comparison per listener.

use crate::manager::EventCallback;

/// One registered listener.
pub(crate) struct Listener {
    pub(crate) id: u64,
    /// Lowercased event name; `None` for every event.
    name: Option<String>,
    pub(crate) f: EventCallback,
}

/// The listeners, with an index by name built on the first event after a
/// change (listeners change rarely, events arrive by the million). Small,
/// because the manager moves it out and back around every dispatch.
#[derive(Default)]
pub(crate) struct Listeners {
    list: Vec<Listener>,
    /// `None` after a change.
    index: Option<Box<Index>>,
}

/// Which listeners want which events: positions in the list, ascending.
struct Index {
    by_name: NameTable,
    /// The listeners on every event.
    any: Vec<u32>,
}

impl Listeners {
    /// Adds a listener on events named `name` (any case), or on every
    /// event.
    pub(crate) fn push(&mut self, id: u64, name: Option<&str>, f: EventCallback) {
        self.list.push(Listener {
            id,
            name: name.map(str::to_ascii_lowercase),
            f,
        });
        self.index = None;
    }

    /// Moves `other`'s listeners after this one's.
    pub(crate) fn append(&mut self, other: Self) {
        if !other.list.is_empty() {
            self.list.extend(other.list);
            self.index = None;
        }
    }

    /// Drops the listeners whose id `gone` picks.
    pub(crate) fn remove(&mut self, gone: impl Fn(u64) -> bool) {
        let before = self.list.len();
        self.list.retain(|l| !gone(l.id));
        if self.list.len() != before {
            self.index = None;
        }
    }

    /// How many are registered.
    pub(crate) fn len(&self) -> usize {
        self.list.len()
    }

    /// Whether none is registered.
    pub(crate) fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// Calls `each` with every listener that wants an event named `name`
    /// (ASCII case-insensitive), in registration order.
    pub(crate) fn for_each_wanting(&mut self, name: &[u8], mut each: impl FnMut(&mut Listener)) {
        let index = self.index.get_or_insert_with(|| Index::new(&self.list));
        let (named, any) = (index.by_name.get(name), &index.any);
        // Both lists ascend: merging them keeps registration order.
        let (mut a, mut b) = (0, 0);
        loop {
            let pos = match (named.get(a), any.get(b)) {
                (Some(&x), Some(&y)) if x < y => {
                    a += 1;
                    x
                }
                (_, Some(&y)) => {
                    b += 1;
                    y
                }
                (Some(&x), None) => {
                    a += 1;
                    x
                }
                (None, None) => break,
            };
            each(&mut self.list[pos as usize]);
        }
    }
}

impl Index {
    fn new(list: &[Listener]) -> Box<Self> {
        let mut names: Vec<(&[u8], Vec<u32>)> = Vec::new();
        let mut any = Vec::new();
        for (pos, l) in list.iter().enumerate() {
            // More than u32::MAX listeners would not fit in memory first.
            let pos = pos as u32;
            match &l.name {
                Some(n) => match names.iter_mut().find(|(k, _)| *k == n.as_bytes()) {
                    Some((_, v)) => v.push(pos),
                    None => names.push((n.as_bytes(), vec![pos])),
                },
                None => any.push(pos),
            }
        }
        Box::new(Self {
            by_name: NameTable::new(names),
            any,
        })
    }
}

/// Open addressing from a lowercased name to listener positions, looked up
/// ASCII case-insensitively without copying the name: the hash folds case
/// (`| 0x20` on every byte; a fold that also merges some punctuation only
/// costs a comparison), the comparison ignores it. At most half the slots
/// are used, so a probe ends at an empty slot; the names are the program's
/// own, a peer's names are only looked up.
#[derive(Default)]
struct NameTable {
    /// Index + 1 into `entries`; 0 is empty. A power of two long.
    slots: Vec<u32>,
    entries: Vec<(u64, Box<[u8]>, Vec<u32>)>,
    /// Bit `n` set when a name is `n` bytes long (bit 63: 63 or more), so
    /// most events of a program with a few listeners skip the hash.
    lengths: u64,
}

/// `lengths`' bit for a name of `len` bytes.
fn length_bit(len: usize) -> u64 {
    1 << len.min(63)
}

impl NameTable {
    fn new(names: Vec<(&[u8], Vec<u32>)>) -> Self {
        if names.is_empty() {
            return Self::default();
        }
        let mut t = Self {
            slots: vec![0; (names.len() * 2).next_power_of_two()],
            entries: Vec::with_capacity(names.len()),
            lengths: 0,
        };
        let mask = t.slots.len() - 1;
        for (name, positions) in names {
            let h = fold_hash(name);
            let mut i = h as usize & mask;
            while t.slots[i] != 0 {
                i = (i + 1) & mask;
            }
            t.lengths |= length_bit(name.len());
            t.entries.push((h, name.into(), positions));
            t.slots[i] = t.entries.len() as u32;
        }
        t
    }

    /// The positions of the listeners on `name`, in any case.
    fn get(&self, name: &[u8]) -> &[u32] {
        if self.lengths & length_bit(name.len()) == 0 {
            return &[];
        }
        let h = fold_hash(name);
        let mask = self.slots.len() - 1;
        let mut i = h as usize & mask;
        loop {
            let Some(e) = self.slots[i].checked_sub(1) else {
                return &[];
            };
            let (eh, en, positions) = &self.entries[e as usize];
            if *eh == h && en.eq_ignore_ascii_case(name) {
                return positions;
            }
            i = (i + 1) & mask;
        }
    }
}

/// A hash of `name` that ignores ASCII case, eight bytes at a time.
fn fold_hash(name: &[u8]) -> u64 {
    const K: u64 = 0xf135_7aea_2e62_a9c5;
    const FOLD: u64 = 0x2020_2020_2020_2020;
    let mut h = name.len() as u64;
    let mut chunks = name.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        h = (h.rotate_left(5) ^ (u64::from_le_bytes(w) | FOLD)).wrapping_mul(K);
    }
    // (Byte by byte: a slice copy of a variable length is a memcpy call.)
    let tail = chunks
        .remainder()
        .iter()
        .rev()
        .fold(0u64, |w, &b| (w << 8) | u64::from(b));
    h = (h.rotate_left(5) ^ (tail | FOLD)).wrapping_mul(K);
    // The multiply leaves the low bits weakest: fold the high ones down.
    h ^ (h >> 32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn order(l: &mut Listeners, name: &str) -> Vec<u64> {
        let mut ids = Vec::new();
        l.for_each_wanting(name.as_bytes(), |x| ids.push(x.id));
        ids
    }

    fn nop() -> EventCallback {
        Box::new(|_, _| {})
    }

    #[test]
    fn named_and_catch_all_listeners_run_in_registration_order() {
        let mut l = Listeners::default();
        l.push(1, Some("Hangup"), nop());
        l.push(2, None, nop());
        l.push(3, Some("newchannel"), nop());
        l.push(4, Some("HANGUP"), nop());
        l.push(5, None, nop());
        assert_eq!(order(&mut l, "hangup"), [1, 2, 4, 5]);
        assert_eq!(order(&mut l, "NewChannel"), [2, 3, 5]);
        assert_eq!(order(&mut l, "VarSet"), [2, 5]);
        assert_eq!(order(&mut l, ""), [2, 5]);
    }

    #[test]
    fn the_index_follows_additions_and_removals() {
        let mut l = Listeners::default();
        l.push(1, Some("Hangup"), nop());
        assert_eq!(order(&mut l, "Hangup"), [1]);
        let mut later = Listeners::default();
        later.push(2, Some("hangup"), nop());
        l.append(later);
        assert_eq!(order(&mut l, "Hangup"), [1, 2]);
        l.remove(|id| id == 1);
        assert_eq!(order(&mut l, "Hangup"), [2]);
        assert_eq!(l.len(), 1);
        l.remove(|id| id == 2);
        assert!(l.is_empty());
        assert_eq!(order(&mut l, "Hangup"), Vec::<u64>::new());
    }

    #[test]
    fn the_table_finds_every_name_in_any_case_and_no_other() {
        let names: Vec<String> = (0..300).map(|i| format!("Event{i}Name")).collect();
        let mut l = Listeners::default();
        for (i, n) in names.iter().enumerate() {
            l.push(i as u64, Some(n), nop());
        }
        for (i, n) in names.iter().enumerate() {
            assert_eq!(order(&mut l, &n.to_ascii_uppercase()), [i as u64]);
        }
        // Same fold, other bytes: `@` and `` ` `` hash alike.
        let mut l = Listeners::default();
        l.push(1, Some("a@b"), nop());
        assert_eq!(order(&mut l, "A@B"), [1]);
        assert_eq!(order(&mut l, "a`b"), Vec::<u64>::new());
    }

    /// Random listener sets and event names (case-mixed, punctuation that
    /// folds alike, long, near misses) against a comparison per listener.
    #[test]
    fn the_index_agrees_with_a_comparison_per_listener() {
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = move |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % n
        };
        let alphabet = b"aAbB@`[{_-.0\xff";
        let word = |next: &mut dyn FnMut(u64) -> u64| -> Vec<u8> {
            let len = match next(4) {
                0 => next(3),
                1 => 60 + next(10),
                _ => 1 + next(9),
            };
            (0..len)
                .map(|_| alphabet[next(alphabet.len() as u64) as usize])
                .collect()
        };
        for _ in 0..200 {
            let mut l = Listeners::default();
            let mut names = Vec::new();
            for id in 0..next(30) {
                let name = (next(4) != 0).then(|| word(&mut next));
                // Listener names are `&str`: keep the ASCII ones.
                let name = name.filter(|n| n.is_ascii());
                let text = name.as_deref().map(|n| std::str::from_utf8(n).unwrap());
                l.push(id, text, nop());
                names.push(name.map(|n| n.to_ascii_lowercase()));
            }
            for _ in 0..50 {
                let event = match next(3) {
                    // A registered name in another case.
                    0 => names
                        .iter()
                        .flatten()
                        .nth(next(names.len() as u64 + 1) as usize)
                        .map(|n| n.to_ascii_uppercase())
                        .unwrap_or_default(),
                    _ => word(&mut next),
                };
                let want: Vec<u64> = (0..names.len() as u64)
                    .filter(|&i| {
                        names[i as usize]
                            .as_ref()
                            .is_none_or(|n| n.eq_ignore_ascii_case(&event))
                    })
                    .collect();
                let mut got = Vec::new();
                l.for_each_wanting(&event, |x| got.push(x.id));
                assert_eq!(got, want, "event {event:?}");
            }
        }
    }

    #[test]
    fn long_and_non_ascii_names_are_matched_exactly_up_to_ascii_case() {
        let long = "X".repeat(200);
        let mut l = Listeners::default();
        l.push(1, Some(&long), nop());
        l.push(2, Some("Ünïcode"), nop());
        assert_eq!(order(&mut l, &long.to_ascii_lowercase()), [1]);
        assert_eq!(order(&mut l, &"X".repeat(199)), Vec::<u64>::new());
        assert_eq!(order(&mut l, &"X".repeat(201)), Vec::<u64>::new());
        assert_eq!(order(&mut l, "ÜNÏCODE"), Vec::<u64>::new());
        assert_eq!(order(&mut l, "Ünïcode"), [2]);
        let mut bytes = b"\xff".repeat(70);
        l.for_each_wanting(&bytes, |_| panic!("no listener wants it"));
        bytes.clear();
        l.for_each_wanting(&bytes, |_| panic!("no listener wants it"));
    }
}
