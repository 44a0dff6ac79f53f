//! One client connection of the simulator: its socket, decoder, output
//! queue, session, faults, and the write path that applies them.

use std::collections::VecDeque;
use std::io::{self, Read, Write};
use std::net::TcpStream;
use std::sync::Arc;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use ami_proto::{Decoder, DecoderConfig, Message};

use crate::burst::{Burst, BurstReport};
use crate::fault::{ConnId, Faults};
use crate::pbx::Session;

/// Most bytes read from one connection per loop turn (fairness).
const READ_BUDGET: usize = 256 * 1024;
/// A connection whose output backs up past this is dropped.
const MAX_OUT: usize = 64 * 1024 * 1024;
/// Pause between trickled writes.
const TRICKLE_GAP: Duration = Duration::from_millis(1);

/// What the write path reached.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Flush {
    /// Everything queued is written.
    Idle,
    /// The socket is full: wait for it to turn writable.
    Blocked,
    /// Pacing (trickle): write again at this time.
    Later(Instant),
    /// The connection must close now.
    Close,
}

pub(crate) struct Conn {
    pub(crate) id: ConnId,
    pub(crate) stream: TcpStream,
    pub(crate) decoder: Decoder,
    out: Vec<u8>,
    out_pos: usize,
    pub(crate) sess: Session,
    pub(crate) faults: Faults,
    /// Bytes written since the close-after fault was set.
    sent_since_fault: usize,
    /// Close once the output is written (Logoff, failed login).
    pub(crate) close_when_flushed: bool,
    /// When writes started to block with bytes pending.
    pub(crate) stalled_since: Option<Instant>,
    pub(crate) next_write_at: Option<Instant>,
    /// Replies held by a delay fault (or a slow banner): (due, bytes, close after).
    pub(crate) delayed: VecDeque<(Instant, Vec<u8>, bool)>,
    pub(crate) burst: Option<(Burst, Option<mpsc::Sender<BurstReport>>)>,
    /// The (read, write) interest registered with the poller; `None` once
    /// an event was delivered (oneshot).
    pub(crate) armed: Option<(bool, bool)>,
    rng: fastrand::Rng,
}

impl Conn {
    pub(crate) fn new(id: ConnId, stream: TcpStream, faults: Faults, seed: u64) -> Self {
        let mut decoder = Decoder::with_config(DecoderConfig {
            min_read: 1024,
            max_read: 16 * 1024,
            ..DecoderConfig::default()
        });
        decoder.set_expect_banner(false);
        let sess = Session::new(id, stream.local_addr().ok(), stream.peer_addr().ok());
        Self {
            id,
            stream,
            decoder,
            out: Vec::new(),
            out_pos: 0,
            sess,
            faults,
            sent_since_fault: 0,
            close_when_flushed: false,
            stalled_since: None,
            next_write_at: None,
            delayed: VecDeque::new(),
            burst: None,
            armed: None,
            rng: fastrand::Rng::with_seed(seed ^ id),
        }
    }

    /// Restarts the byte count of a close-after fault.
    pub(crate) fn reset_fault_count(&mut self) {
        self.sent_since_fault = 0;
    }

    /// Queues bytes for the client (dropped while the connection is silent).
    pub(crate) fn queue(&mut self, bytes: &[u8]) {
        if self.faults.silent {
            return;
        }
        if self.out_pos == self.out.len() {
            self.out.clear();
            self.out_pos = 0;
        }
        self.out.extend_from_slice(bytes);
    }

    /// Queues a reply, or holds it when replies are delayed.
    pub(crate) fn reply(
        &mut self,
        now: Instant,
        bytes: Vec<u8>,
        close: bool,
        extra_delay: Duration,
    ) {
        let delay = self.faults.delay.unwrap_or_default() + extra_delay;
        if delay.is_zero() && self.delayed.is_empty() {
            self.queue(&bytes);
            self.close_when_flushed |= close;
        } else {
            self.delayed.push_back((now + delay, bytes, close));
        }
    }

    /// Moves due delayed replies to the output.
    pub(crate) fn release_delayed(&mut self, now: Instant) {
        while self.delayed.front().is_some_and(|(due, _, _)| *due <= now) {
            if let Some((_, bytes, close)) = self.delayed.pop_front() {
                self.queue(&bytes);
                self.close_when_flushed |= close;
            }
        }
    }

    /// Reads what the socket has (within a budget) and returns the frames.
    /// `Err` means the connection is gone.
    pub(crate) fn read_frames(&mut self) -> io::Result<Vec<Message>> {
        let mut frames = Vec::new();
        let mut budget = READ_BUDGET;
        loop {
            let stream = &mut self.stream;
            match self.decoder.read_with(|buf| stream.read(buf)) {
                Ok(0) => return Err(io::ErrorKind::UnexpectedEof.into()),
                Ok(n) => {
                    budget = budget.saturating_sub(n);
                    // Oversized client frames are skipped, as Asterisk discards them.
                    frames.extend(self.decoder.by_ref().flatten());
                    if budget == 0 {
                        break;
                    }
                }
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => break,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        self.decoder.shrink_idle();
        Ok(frames)
    }

    /// Writes as much as the socket and the faults allow.
    pub(crate) fn flush(&mut self, now: Instant) -> Flush {
        if self.out.len() - self.out_pos > MAX_OUT {
            return Flush::Close;
        }
        loop {
            if let Some(at) = self.next_write_at {
                if at > now {
                    return Flush::Later(at);
                }
                self.next_write_at = None;
            }
            let from_burst = self.out_pos == self.out.len();
            let chunk: &[u8] = if !from_burst {
                &self.out[self.out_pos..]
            } else if let Some((burst, _)) = &self.burst {
                burst.pending()
            } else {
                break;
            };
            if chunk.is_empty() {
                // A finished burst: report it, queue nothing more.
                self.finish_burst(now);
                continue;
            }
            let mut n = chunk.len();
            if self.faults.trickle {
                n = n.min(self.rng.usize(1..=16));
            }
            if let Some(limit) = self.faults.close_after {
                let left = limit.saturating_sub(self.sent_since_fault);
                if left == 0 {
                    return Flush::Close;
                }
                n = n.min(left);
            }
            match self.stream.write(&chunk[..n]) {
                Ok(0) => return Flush::Close,
                Ok(w) => {
                    self.stalled_since = None;
                    self.sent_since_fault += w;
                    if from_burst {
                        if let Some((burst, _)) = &mut self.burst {
                            burst.advance(w);
                        }
                    } else {
                        self.out_pos += w;
                    }
                    if self
                        .faults
                        .close_after
                        .is_some_and(|l| self.sent_since_fault >= l)
                    {
                        return Flush::Close;
                    }
                    if self.faults.trickle {
                        let at = now + TRICKLE_GAP;
                        self.next_write_at = Some(at);
                        return Flush::Later(at);
                    }
                }
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => {
                    self.stalled_since.get_or_insert(now);
                    return Flush::Blocked;
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(_) => return Flush::Close,
            }
        }
        if self.out.capacity() > 1024 * 1024 {
            self.out = Vec::new();
            self.out_pos = 0;
        }
        if self.close_when_flushed && self.delayed.is_empty() {
            return Flush::Close;
        }
        Flush::Idle
    }

    fn finish_burst(&mut self, now: Instant) {
        if let Some((burst, reply)) = self.burst.take() {
            let marker = burst.marker();
            let report = burst.report(self.id, now);
            self.queue(&marker);
            if let Some(tx) = reply {
                let _ = tx.send(report);
            }
        }
    }

    /// Starts a burst to this connection.
    pub(crate) fn start_burst(
        &mut self,
        block: Arc<crate::burst::Block>,
        events: u64,
        now: Instant,
        reply: mpsc::Sender<BurstReport>,
    ) {
        self.burst = Some((Burst::new(block, events, now), Some(reply)));
    }
}
