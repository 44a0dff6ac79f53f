//! `--shard I/N`: which servers a worker owns. Rendezvous (highest random
//! weight) hashing: every worker scores every (server key, worker) pair
//! with the same stable hash and a server belongs to the worker with the
//! highest score. Workers with the same config therefore agree without
//! talking, never share a server, and going from N to N+1 workers moves
//! about 1/(N+1) of the servers (only those the new worker wins).

/// One worker's place among N.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Shard {
    /// This worker, `0..count` (a StatefulSet ordinal, a systemd instance).
    pub(crate) index: u32,
    /// How many workers there are.
    pub(crate) count: u32,
}

impl std::str::FromStr for Shard {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let bad = || format!("--shard: {s:?} is not I/N with 0 <= I < N (e.g. 0/3)");
        let (i, n) = s.split_once('/').ok_or_else(bad)?;
        let index: u32 = i.trim().parse().map_err(|_| bad())?;
        let count: u32 = n.trim().parse().map_err(|_| bad())?;
        if count == 0 || index >= count {
            return Err(bad());
        }
        Ok(Self { index, count })
    }
}

impl Shard {
    /// The worker that owns `key`.
    pub(crate) fn owner(key: &str, count: u32) -> u32 {
        (0..count).max_by_key(|&w| (score(key, w), w)).unwrap_or(0)
    }

    /// Whether this worker owns `key`.
    pub(crate) fn owns(&self, key: &str) -> bool {
        Self::owner(key, self.count) == self.index
    }
}

/// FNV-1a over the key and the worker number, then the splitmix64
/// finaliser: stable across builds and platforms (the std hasher is not),
/// and well mixed.
fn score(key: &str, worker: u32) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in key.bytes().chain([0xff]).chain(worker.to_le_bytes()) {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h = (h ^ (h >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h = (h ^ (h >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    h ^ (h >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(n: usize) -> Vec<String> {
        (0..n).map(|i| format!("pbx{i}")).collect()
    }

    #[test]
    fn every_key_has_exactly_one_owner() {
        for count in 1..6 {
            for k in keys(200) {
                let owners = (0..count)
                    .filter(|&i| Shard { index: i, count }.owns(&k))
                    .count();
                assert_eq!(owners, 1, "{k} with {count} workers");
            }
        }
    }

    #[test]
    fn spread_is_even_and_adding_a_worker_moves_about_one_share() {
        let ks = keys(3000);
        let mut per = [0usize; 3];
        for k in &ks {
            per[Shard::owner(k, 3) as usize] += 1;
        }
        assert!(per.iter().all(|&n| (850..1150).contains(&n)), "{per:?}");
        let moved = ks
            .iter()
            .filter(|k| Shard::owner(k, 3) != Shard::owner(k, 4))
            .count();
        // Ideal: 1/4 of the keys, all of them to the new worker.
        assert!((600..900).contains(&moved), "moved {moved}");
        assert!(
            ks.iter()
                .filter(|k| Shard::owner(k, 3) != Shard::owner(k, 4))
                .all(|k| Shard::owner(k, 4) == 3)
        );
    }

    #[test]
    fn stable_values() {
        // Pinned: a change of hash would silently move every server.
        let owners: Vec<u32> = keys(8).iter().map(|k| Shard::owner(k, 3)).collect();
        assert_eq!(owners, PINNED);
    }

    const PINNED: [u32; 8] = [2, 0, 2, 1, 1, 0, 0, 0];

    #[test]
    fn parse() {
        assert_eq!("1/3".parse::<Shard>(), Ok(Shard { index: 1, count: 3 }));
        for bad in ["3/3", "0/0", "x/2", "1", "-1/2"] {
            let e = bad.parse::<Shard>().unwrap_err();
            assert!(e.contains(bad), "{e}");
        }
    }
}
