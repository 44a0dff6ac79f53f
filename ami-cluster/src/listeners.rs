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

/// The listeners, with their index by name. Adding one updates the index;
/// removing one marks it for a rebuild (in place, at the next event).
/// Small, because the manager moves it out and back around every dispatch.
#[derive(Default)]
pub(crate) struct Listeners {
    list: Vec<Listener>,
    /// Built at the first event.
    index: Option<Box<Index>>,
}

/// Which listeners want which events: positions in the list, ascending.
#[derive(Default)]
struct Index {
    by_name: NameTable,
    /// The listeners on every event.
    any: Vec<u32>,
    /// Set until the first build and when a listener was removed
    /// (positions moved).
    stale: bool,
}

impl Index {
    /// Indexes the listener at `pos` (after every one indexed so far).
    fn add(&mut self, pos: usize, l: &Listener) {
        // More than u32::MAX listeners would not fit in memory first.
        let pos = pos as u32;
        match &l.name {
            Some(n) => self.by_name.add(n.as_bytes(), pos),
            None => self.any.push(pos),
        }
    }

    /// Indexes `list` afresh, keeping the allocations.
    fn rebuild(&mut self, list: &[Listener]) {
        self.by_name.clear();
        self.any.clear();
        for (pos, l) in list.iter().enumerate() {
            self.add(pos, l);
        }
        self.stale = false;
    }
}

impl Listeners {
    /// Adds a listener on events named `name` (any case), or on every
    /// event.
    pub(crate) fn push(&mut self, id: u64, name: Option<&str>, f: EventCallback) {
        self.push_listener(Listener {
            id,
            name: name.map(str::to_ascii_lowercase),
            f,
        });
    }

    /// Moves `other`'s listeners after this one's.
    pub(crate) fn append(&mut self, other: Self) {
        // (Every dispatch appends, nearly always nothing.)
        if other.list.is_empty() {
            return;
        }
        for l in other.list {
            self.push_listener(l);
        }
    }

    fn push_listener(&mut self, l: Listener) {
        if let Some(index) = self.index.as_mut().filter(|i| !i.stale) {
            index.add(self.list.len(), &l);
        }
        self.list.push(l);
    }

    /// Drops the listener `id`; returns whether it was here.
    pub(crate) fn remove(&mut self, id: u64) -> bool {
        self.remove_all(|l| l == id)
    }

    /// Drops the listeners whose id `gone` picks; returns whether there
    /// were any.
    pub(crate) fn remove_all(&mut self, gone: impl Fn(u64) -> bool) -> bool {
        let before = self.list.len();
        self.list.retain(|l| !gone(l.id));
        let removed = self.list.len() != before;
        if let Some(index) = self.index.as_mut() {
            index.stale |= removed;
        }
        removed
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
        let index = self.index.get_or_insert_with(|| {
            Box::new(Index {
                stale: true,
                ..Index::default()
            })
        });
        if index.stale {
            index.rebuild(&self.list);
        }
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

/// Open addressing from a lowercased name to listener positions, looked up
/// ASCII case-insensitively without copying the name: the hash folds case
/// (`| 0x20` on every byte; a fold that also merges some punctuation only
/// costs a comparison), the comparison ignores it. At most half the slots
/// are used, so a probe ends at an empty slot; the names are the program's
/// own, a peer's names are only looked up.
#[derive(Default)]
struct NameTable {
    /// Index + 1 into `entries`; 0 is empty. A power of two long, or empty.
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
    /// Appends `pos` to `name`'s positions.
    fn add(&mut self, name: &[u8], pos: u32) {
        let h = fold_hash(name);
        if let Some(e) = self.find(h, name) {
            self.entries[e].2.push(pos);
            return;
        }
        if (self.entries.len() + 1) * 2 > self.slots.len() {
            let n = (self.slots.len() * 2).max(8);
            self.slots.clear();
            self.slots.resize(n, 0);
            for e in 0..self.entries.len() {
                self.place(self.entries[e].0, e);
            }
        }
        self.entries.push((h, name.into(), vec![pos]));
        self.place(h, self.entries.len() - 1);
        self.lengths |= length_bit(name.len());
    }

    /// Puts entry `e` (hash `h`) in the first free slot from its own.
    fn place(&mut self, h: u64, e: usize) {
        let mask = self.slots.len() - 1;
        let mut i = h as usize & mask;
        while self.slots[i] != 0 {
            i = (i + 1) & mask;
        }
        self.slots[i] = e as u32 + 1;
    }

    /// The entry of `name` (hash `h`), in any case.
    fn find(&self, h: u64, name: &[u8]) -> Option<usize> {
        if self.slots.is_empty() {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut i = h as usize & mask;
        loop {
            let e = self.slots[i].checked_sub(1)? as usize;
            let (eh, en, _) = &self.entries[e];
            if *eh == h && eq_lowercase(en, name) {
                return Some(e);
            }
            i = (i + 1) & mask;
        }
    }

    /// The positions of the listeners on `name`, in any case.
    fn get(&self, name: &[u8]) -> &[u32] {
        if self.lengths & length_bit(name.len()) == 0 {
            return &[];
        }
        self.find(fold_hash(name), name)
            .map_or(&[], |e| &self.entries[e].2)
    }

    /// Forgets every name, keeping the slots' allocation.
    fn clear(&mut self) {
        self.slots.fill(0);
        self.entries.clear();
        self.lengths = 0;
    }
}

/// Whether `name` lowercased (ASCII) is `lower`, eight bytes at a time:
/// `eq_ignore_ascii_case` lowercases both sides byte by byte, and this
/// comparison is most of a lookup's cost.
fn eq_lowercase(lower: &[u8], name: &[u8]) -> bool {
    if lower.len() != name.len() {
        return false;
    }
    let word = |c: &[u8]| {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        u64::from_le_bytes(w)
    };
    let (mut a, mut b) = (lower.chunks_exact(8), name.chunks_exact(8));
    for (x, y) in (&mut a).zip(&mut b) {
        if word(x) != to_lowercase_word(word(y)) {
            return false;
        }
    }
    a.remainder()
        .iter()
        .zip(b.remainder())
        .all(|(x, y)| *x == y.to_ascii_lowercase())
}

/// `u8::to_ascii_lowercase` on each byte of `w`: a byte from `A` to `Z`
/// gains 0x20, any other (non-ASCII included) stays. No sum carries into
/// the next byte (each is at most 0x7f + 0x3f).
fn to_lowercase_word(w: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let low7 = w & !HIGH;
    let from_a = low7 + ONES * (0x80 - u64::from(b'A'));
    let past_z = low7 + ONES * (0x80 - u64::from(b'Z') - 1);
    let upper = from_a & !past_z & !w & HIGH;
    w | (upper >> 2)
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
        assert!(l.remove(1));
        assert_eq!(order(&mut l, "Hangup"), [2]);
        assert_eq!(l.len(), 1);
        assert!(l.remove(2));
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

    /// Random additions (one at a time and appended in groups), removals
    /// and events (case-mixed names, punctuation that folds alike, long
    /// names, non-ASCII bytes, near misses), each event checked against a
    /// comparison per listener.
    #[test]
    fn the_index_agrees_with_a_comparison_per_listener() {
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = move |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % n
        };
        let word = |next: &mut dyn FnMut(u64) -> u64, extra: &str| -> String {
            const ALPHABET: [&str; 13] = [
                "a", "A", "b", "B", "@", "`", "[", "{", "_", "-", ".", "0", "é",
            ];
            let len = match next(4) {
                0 => next(3),
                1 => 60 + next(10),
                _ => 1 + next(9),
            };
            let mut w: String = (0..len)
                .map(|_| ALPHABET[next(ALPHABET.len() as u64) as usize])
                .collect();
            if next(8) == 0 {
                w.push_str(extra);
            }
            w
        };
        let mut named_hits = 0;
        for _ in 0..100 {
            let mut l = Listeners::default();
            // The model: (id, lowercased name) in registration order.
            let mut model: Vec<(u64, Option<String>)> = Vec::new();
            let mut id = 0;
            for _ in 0..300 {
                match next(6) {
                    0 | 1 => {
                        let mut group = Listeners::default();
                        let into_group = next(3) == 0;
                        for _ in 0..=next(3) {
                            id += 1;
                            let name = (next(4) != 0).then(|| word(&mut next, ""));
                            let target = if into_group { &mut group } else { &mut l };
                            target.push(id, name.as_deref(), nop());
                            model.push((id, name.map(|n| n.to_ascii_lowercase())));
                        }
                        l.append(group);
                    }
                    2 if !model.is_empty() => {
                        let (gone, _) = model.remove(next(model.len() as u64) as usize);
                        assert!(l.remove(gone));
                        assert!(!l.remove(gone));
                    }
                    _ => {
                        let mut event = match next(3) {
                            // A registered name in another case.
                            0 => model
                                .iter()
                                .filter_map(|(_, n)| n.as_deref())
                                .nth(next(model.len() as u64 + 1) as usize)
                                .map(str::to_ascii_uppercase)
                                .unwrap_or_default()
                                .into_bytes(),
                            _ => word(&mut next, "x").into_bytes(),
                        };
                        if next(10) == 0 {
                            event.push(0xff);
                        }
                        let want: Vec<u64> = model
                            .iter()
                            .filter(|(_, n)| {
                                n.as_ref()
                                    .is_none_or(|n| n.as_bytes().eq_ignore_ascii_case(&event))
                            })
                            .map(|(id, _)| *id)
                            .collect();
                        let mut got = Vec::new();
                        l.for_each_wanting(&event, |x| got.push(x.id));
                        assert_eq!(got, want, "event {event:?}");
                        named_hits += usize::from(
                            model.iter().any(|(id, n)| n.is_some() && want.contains(id)),
                        );
                    }
                }
            }
            assert_eq!(l.len(), model.len());
        }
        // Named listeners were found often: the table's paths ran.
        assert!(named_hits > 2_000, "{named_hits}");
    }

    #[test]
    fn the_word_lowercase_matches_the_byte_one_for_every_byte_in_every_lane() {
        for b in 0..=255u8 {
            for lane in 0..8 {
                let mut bytes = *b"aZ@[`{\x7f\xc1";
                bytes[lane] = b;
                let want = bytes.map(|x| x.to_ascii_lowercase());
                let got = to_lowercase_word(u64::from_le_bytes(bytes)).to_le_bytes();
                assert_eq!(got, want, "byte {b:#x} in lane {lane}");
            }
        }
        assert!(eq_lowercase(b"newchannel_abc", b"NewChannel_ABC"));
        assert!(!eq_lowercase(b"newchannel_abc", b"NewChannel_ABD"));
        assert!(!eq_lowercase(b"newchannel@abc", b"NewChannel`abc"));
        assert!(!eq_lowercase(b"abc", b"abcd"));
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
