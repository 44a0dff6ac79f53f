//! Stdout behind a bounded queue and a thread of its own.
//!
//! The worker must never block on its output: a stalled reader (a full pipe
//! nobody drains) would freeze the tick, the worker would stop reading its
//! sockets and Asterisk's write timeout would then drop our links. So the
//! tick only hands its lines to this queue; a dedicated thread does the
//! blocking writes. When the queue holds `cap` bytes, new lines are dropped
//! and counted instead of waited for.

use std::collections::VecDeque;
use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

/// Default bytes of output held while stdout is slow.
pub(crate) const DEFAULT_CAP: usize = 4 << 20;

#[derive(Default)]
struct Queue {
    chunks: VecDeque<Vec<u8>>,
    /// Bytes queued plus the chunk being written: what `cap` bounds.
    bytes: usize,
    /// Bytes written since start; `flush` watches it to tell a slow reader
    /// (progress) from a stalled one (none).
    written: u64,
    /// The handle is gone: the thread ends once the queue is empty.
    closing: bool,
}

struct Shared {
    queue: Mutex<Queue>,
    /// A chunk was pushed (or closing was set): wakes the writer thread.
    work: Condvar,
    /// Bytes were written or the reader went away: wakes `flush`.
    progress: Condvar,
    dropped: AtomicU64,
    /// The reading end is closed (EPIPE): nothing will ever be read again.
    gone: AtomicBool,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, Queue> {
        // A poisoned lock only means a panic elsewhere; the queue itself is
        // always consistent between statements.
        self.queue.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

fn lines(b: &[u8]) -> u64 {
    b.iter().filter(|&&c| c == b'\n').count() as u64
}

/// The handle the worker pushes lines through.
pub(crate) struct Writer {
    shared: Arc<Shared>,
    cap: usize,
}

impl Writer {
    /// A writer to this process's stdout.
    pub(crate) fn stdout(cap: usize) -> io::Result<Self> {
        Self::spawn(cap, io::stdout())
    }

    /// A writer to `out`, written from a new thread.
    pub(crate) fn spawn<W: Write + Send + 'static>(cap: usize, out: W) -> io::Result<Self> {
        let shared = Arc::new(Shared {
            queue: Mutex::new(Queue::default()),
            work: Condvar::new(),
            progress: Condvar::new(),
            dropped: AtomicU64::new(0),
            gone: AtomicBool::new(false),
        });
        let s = shared.clone();
        std::thread::Builder::new()
            .name("ami-stdout".into())
            .spawn(move || write_loop(&s, out))?;
        Ok(Self { shared, cap })
    }

    /// Queues whole lines (`chunk` ends with a newline); returns how many
    /// were accepted. Never blocks on the reader: what does not fit under
    /// the cap is dropped and counted.
    pub(crate) fn push(&self, mut chunk: Vec<u8>) -> u64 {
        if chunk.is_empty() {
            return 0;
        }
        if self.reader_gone() {
            self.shared
                .dropped
                .fetch_add(lines(&chunk), Ordering::Relaxed);
            return 0;
        }
        let mut q = self.shared.lock();
        let room = self.cap.saturating_sub(q.bytes);
        let keep = if chunk.len() <= room {
            chunk.len()
        } else {
            // The longest run of whole lines that fits; and when nothing is
            // queued, at least the first line, so one line longer than the
            // cap still goes out instead of being dropped forever.
            let fits = chunk[..room]
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |i| i + 1);
            if fits == 0 && q.bytes == 0 {
                chunk
                    .iter()
                    .position(|&b| b == b'\n')
                    .map_or(chunk.len(), |i| i + 1)
            } else {
                fits
            }
        };
        let dropped = lines(&chunk[keep..]);
        if dropped > 0 {
            self.shared.dropped.fetch_add(dropped, Ordering::Relaxed);
        }
        chunk.truncate(keep);
        if chunk.is_empty() {
            return 0;
        }
        let accepted = lines(&chunk);
        q.bytes += chunk.len();
        q.chunks.push_back(chunk);
        drop(q);
        self.shared.work.notify_one();
        accepted
    }

    /// Lines dropped so far (queue full, write errors, left unwritten at exit).
    pub(crate) fn dropped(&self) -> u64 {
        self.shared.dropped.load(Ordering::Relaxed)
    }

    /// Bytes waiting to be written.
    pub(crate) fn queued_bytes(&self) -> usize {
        self.shared.lock().bytes
    }

    /// True once a write found the reading end closed (EPIPE).
    pub(crate) fn reader_gone(&self) -> bool {
        self.shared.gone.load(Ordering::Relaxed)
    }

    /// Waits until everything queued is written, giving up once the reader
    /// made no progress for `stall` (a stalled reader must not hold the
    /// process forever; a slow one still gets everything). Lines left
    /// behind are counted as dropped. Returns whether all was written.
    pub(crate) fn flush(&self, stall: Duration) -> bool {
        let mut q = self.shared.lock();
        let mut seen = q.written;
        let mut since = Instant::now();
        loop {
            if q.bytes == 0 || self.reader_gone() {
                return q.bytes == 0;
            }
            let idle = since.elapsed();
            if idle >= stall {
                // Only whole queued chunks: the one being written may
                // still partly get out.
                let left: u64 = q.chunks.iter().map(|c| lines(c)).sum();
                let freed: usize = q.chunks.drain(..).map(|c| c.len()).sum();
                q.bytes -= freed;
                self.shared.dropped.fetch_add(left, Ordering::Relaxed);
                return false;
            }
            q = self
                .shared
                .progress
                .wait_timeout(q, stall - idle)
                .unwrap_or_else(PoisonError::into_inner)
                .0;
            if q.written != seen {
                seen = q.written;
                since = Instant::now();
            }
        }
    }
}

impl Drop for Writer {
    fn drop(&mut self) {
        // Lets an idle thread end; one blocked in write(2) is left to the
        // process exit (never joined: that could wait forever).
        self.shared.lock().closing = true;
        self.shared.work.notify_one();
    }
}

fn write_loop<W: Write>(s: &Shared, mut out: W) {
    let mut warned = false;
    loop {
        let chunk = {
            let mut q = s.lock();
            loop {
                if let Some(c) = q.chunks.pop_front() {
                    break c;
                }
                if q.closing {
                    return;
                }
                q = s.work.wait(q).unwrap_or_else(PoisonError::into_inner);
            }
        };
        let res = write_chunk(s, &mut out, &chunk);
        let mut q = s.lock();
        q.bytes -= chunk.len();
        match res {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {
                // The reader is gone for good (`ami listen | head -1`): drop
                // everything, say so to the worker, which ends cleanly.
                let left: u64 = q.chunks.iter().map(|c| lines(c)).sum();
                q.chunks.clear();
                q.bytes = 0;
                s.dropped.fetch_add(left + lines(&chunk), Ordering::Relaxed);
                s.gone.store(true, Ordering::Relaxed);
                drop(q);
                s.progress.notify_all();
                return;
            }
            Err(e) => {
                // A full disk, an I/O error: the worker keeps running (its
                // Redis bridge and metrics may still matter); the lines are
                // counted as dropped and the error said once.
                s.dropped.fetch_add(lines(&chunk), Ordering::Relaxed);
                if !warned {
                    warned = true;
                    crate::logger::stderr_line(&format!(
                        "cannot write to stdout: {e}; dropping output lines"
                    ));
                }
            }
        }
        drop(q);
        s.progress.notify_all();
    }
}

fn write_chunk<W: Write>(s: &Shared, out: &mut W, chunk: &[u8]) -> io::Result<()> {
    let mut off = 0;
    while off < chunk.len() {
        match out.write(&chunk[off..]) {
            Ok(0) => return Err(io::ErrorKind::WriteZero.into()),
            Ok(n) => {
                off += n;
                s.lock().written += n as u64;
                s.progress.notify_all();
            }
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            // A stdout inherited in non-blocking mode: wait a little and
            // retry rather than lose the chunk (this thread may block).
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => {
                std::thread::sleep(Duration::from_millis(5));
            }
            Err(e) => return Err(e),
        }
    }
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A sink that accepts nothing until opened, like a pipe nobody reads.
    struct Gate(Arc<(Mutex<bool>, Condvar)>, Arc<Mutex<Vec<u8>>>);

    impl Write for Gate {
        fn write(&mut self, b: &[u8]) -> io::Result<usize> {
            let (open, cv) = &*self.0;
            let mut o = open.lock().unwrap();
            while !*o {
                o = cv.wait(o).unwrap();
            }
            self.1.lock().unwrap().extend_from_slice(b);
            Ok(b.len())
        }

        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_stalled_reader_costs_drops_not_a_blocked_caller() {
        let gate = Arc::new((Mutex::new(false), Condvar::new()));
        let got = Arc::new(Mutex::new(Vec::new()));
        let w = Writer::spawn(100, Gate(gate.clone(), got.clone())).unwrap();
        let line = b"0123456789abcdefghi\n"; // 20 bytes
        let mut accepted = 0;
        for _ in 0..50 {
            accepted += w.push(line.to_vec());
        }
        // The cap holds 5 lines; the first may already be in flight.
        assert_eq!(accepted, 5);
        assert_eq!(w.dropped(), 45);
        assert!(!w.flush(Duration::from_millis(50)), "stalled: gives up");
        *gate.0.lock().unwrap() = true;
        gate.1.notify_all();
        assert!(w.flush(Duration::from_secs(5)));
        let got = got.lock().unwrap().len();
        assert!((20..=100).contains(&got), "{got}");
    }

    #[test]
    fn a_line_longer_than_the_cap_goes_out_alone() {
        let got = Arc::new(Mutex::new(Vec::new()));
        let gate = Arc::new((Mutex::new(true), Condvar::new()));
        let w = Writer::spawn(8, Gate(gate, got.clone())).unwrap();
        assert_eq!(w.push(b"a very long line\nsecond\n".to_vec()), 1);
        assert!(w.flush(Duration::from_secs(5)));
        assert_eq!(&got.lock().unwrap()[..], b"a very long line\n");
        assert_eq!(w.dropped(), 1);
    }

    struct Closed;

    impl Write for Closed {
        fn write(&mut self, _: &[u8]) -> io::Result<usize> {
            Err(io::ErrorKind::BrokenPipe.into())
        }

        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_closed_reader_is_reported() {
        let w = Writer::spawn(1000, Closed).unwrap();
        w.push(b"x\n".to_vec());
        w.flush(Duration::from_secs(5));
        assert!(w.reader_gone());
        assert_eq!(w.push(b"y\n".to_vec()), 0);
    }
}
