//! Burst mode: N realistic events written from one pre-encoded block as fast
//! as the socket takes them, then a `SimBurstComplete` marker event.

use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::fault::ConnId;
use crate::frames::event;

/// Events in the pre-encoded block.
const BLOCK_EVENTS: usize = 512;

/// The pre-encoded events, with the end offset of each.
#[derive(Debug)]
pub(crate) struct Block {
    bytes: Vec<u8>,
    ends: Vec<usize>,
}

impl Block {
    /// 512 events shaped like a busy PBX's (about 450 bytes each).
    pub(crate) fn realistic(system_name: Option<&str>) -> Self {
        let mut bytes = Vec::with_capacity(BLOCK_EVENTS * 512);
        let mut ends = Vec::with_capacity(BLOCK_EVENTS);
        let sys = system_name.unwrap_or("sim");
        for i in 0..BLOCK_EVENTS {
            let chan = format!("PJSIP/{}-{:08x}", 2000 + i % 97, i);
            let uid = format!("{sys}-1795714685.{i}");
            let link = format!("{sys}-1795714685.{}", i - i % 4);
            let state = ["4", "5", "6", "6"][i % 4];
            let desc = ["Ring", "Ringing", "Up", "Up"][i % 4];
            let name = [
                "Newchannel",
                "VarSet",
                "Newexten",
                "Newstate",
                "DialBegin",
                "BridgeEnter",
                "Hangup",
            ][i % 7];
            let cid = format!("{}", 2000 + i % 97);
            let mut h: Vec<(&str, &str)> = vec![
                ("Privilege", "call,all"),
                ("SystemName", sys),
                ("Channel", &chan),
                ("ChannelState", state),
                ("ChannelStateDesc", desc),
                ("CallerIDNum", &cid),
                ("CallerIDName", "Sim Caller"),
                ("ConnectedLineNum", "<unknown>"),
                ("ConnectedLineName", "<unknown>"),
                ("Language", "en"),
                ("AccountCode", ""),
                ("Context", "from-internal"),
                ("Exten", "100"),
                ("Priority", "1"),
                ("Uniqueid", &uid),
                ("Linkedid", &link),
            ];
            match name {
                "VarSet" => h.extend_from_slice(&[("Variable", "DIALSTATUS"), ("Value", "ANSWER")]),
                "Newexten" => h.extend_from_slice(&[
                    ("Extension", "100"),
                    ("Application", "Dial"),
                    ("AppData", "PJSIP/100,30,tT"),
                ]),
                "Hangup" => {
                    h.extend_from_slice(&[("Cause", "16"), ("Cause-txt", "Normal Clearing")])
                }
                _ => {}
            }
            event(&mut bytes, name, None, &h);
            ends.push(bytes.len());
        }
        Self { bytes, ends }
    }

    /// Average bytes per event.
    #[cfg(test)]
    pub(crate) fn event_size(&self) -> usize {
        self.bytes.len() / self.ends.len()
    }
}

/// Measured by the simulator for one connection's burst.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BurstReport {
    /// The connection.
    pub conn: ConnId,
    /// Events written (the marker excluded).
    pub events: u64,
    /// Bytes written.
    pub bytes: u64,
    /// From the start of the burst to its last byte handed to the socket.
    pub elapsed: Duration,
}

impl BurstReport {
    /// Events per second the simulator wrote.
    pub fn events_per_sec(&self) -> f64 {
        self.events as f64 / self.elapsed.as_secs_f64().max(1e-9)
    }

    /// Bytes per second the simulator wrote.
    pub fn bytes_per_sec(&self) -> f64 {
        self.bytes as f64 / self.elapsed.as_secs_f64().max(1e-9)
    }
}

/// A burst in progress on one connection.
#[derive(Debug)]
pub(crate) struct Burst {
    block: Arc<Block>,
    total: u64,
    left: u64,
    pos: usize,
    bytes: u64,
    started: Instant,
}

impl Burst {
    pub(crate) fn new(block: Arc<Block>, events: u64, now: Instant) -> Self {
        Self {
            block,
            total: events,
            left: events,
            pos: 0,
            bytes: 0,
            started: now,
        }
    }

    /// End of what this pass over the block writes.
    fn limit(&self) -> usize {
        if self.left >= self.block.ends.len() as u64 {
            self.block.bytes.len()
        } else if self.left == 0 {
            0
        } else {
            self.block.ends[self.left as usize - 1]
        }
    }

    /// Bytes still to write in this pass (empty when the burst is done).
    pub(crate) fn pending(&self) -> &[u8] {
        &self.block.bytes[self.pos.min(self.limit())..self.limit()]
    }

    /// Records `n` bytes written.
    pub(crate) fn advance(&mut self, n: usize) {
        self.pos += n;
        self.bytes += n as u64;
        let limit = self.limit();
        if self.pos >= limit && self.left > 0 {
            let pass = (self.block.ends.len() as u64).min(self.left);
            self.left -= pass;
            self.pos = 0;
        }
    }

    /// The event that marks the end.
    pub(crate) fn marker(&self) -> Vec<u8> {
        let mut m = Vec::new();
        let n = self.total.to_string();
        event(&mut m, "SimBurstComplete", None, &[("Events", &n)]);
        m
    }

    pub(crate) fn report(&self, conn: ConnId, now: Instant) -> BurstReport {
        BurstReport {
            conn,
            events: self.total,
            bytes: self.bytes,
            elapsed: now - self.started,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_exactly_n_events() {
        let block = Arc::new(Block::realistic(None));
        assert!(block.event_size() > 300);
        for n in [0u64, 1, 511, 512, 513, 2000] {
            let mut b = Burst::new(block.clone(), n, Instant::now());
            let mut out = Vec::new();
            loop {
                let p = b.pending();
                if p.is_empty() {
                    break;
                }
                let take = p.len().min(1000);
                out.extend_from_slice(&p[..take]);
                b.advance(take);
            }
            let frames = out.windows(4).filter(|w| w == b"\r\n\r\n").count() as u64;
            assert_eq!(frames, n, "burst of {n}");
            assert_eq!(b.bytes, out.len() as u64);
        }
    }
}
