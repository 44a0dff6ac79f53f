//! [`AsyncManager`]: the same engine for async programs. One dedicated
//! thread owns the [`AmiClientManager`] and runs its `tick_all` loop (still
//! one selector for every server); async code sends through a
//! [`ManagerHandle`] and awaits a future, and reads events from a bounded
//! stream. It uses runtime-agnostic channels (`futures-channel`): it works
//! under tokio, async-std, smol or a plain `block_on`.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::thread::JoinHandle;

use ami_proto::Action;
use futures_channel::{mpsc, oneshot};

use crate::error::ClusterError;
use crate::event::{ActionCompletion, ServerEvent};
use crate::handle::ManagerHandle;
use crate::manager::AmiClientManager;

/// Cadence of the manager thread's loop.
const TICK_MS: u64 = 25;

/// A manager running on its own thread, driven from async code.
///
/// ```no_run
/// use ami_cluster::prelude::*;
/// use ami_cluster::AsyncManager;
///
/// # async fn run() -> Result<(), ClusterError> {
/// let cfg = ClusterConfig::load("ami.toml".as_ref()).unwrap();
/// let mut ami = AsyncManager::start(move || AmiClientManager::from_config(&cfg), 10_000)?;
/// let mut events = ami.take_events().unwrap();         // a futures Stream of ServerEvent
/// let done = ami.send(Some("node_1"), actions::Ping).await?;
/// println!("{:?} in {:?}", done.result.is_ok(), done.latency);
/// ami.shutdown().await;                                // Logoff, then the thread ends
/// # drop(events);
/// # Ok(()) }
/// ```
pub struct AsyncManager {
    handle: ManagerHandle,
    stop: Arc<AtomicBool>,
    dropped: Arc<AtomicU64>,
    events: Option<mpsc::Receiver<ServerEvent>>,
    exited: Option<oneshot::Receiver<()>>,
    thread: Option<JoinHandle<()>>,
}

impl std::fmt::Debug for AsyncManager {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AsyncManager")
            .field("dropped_events", &self.dropped_events())
            .finish_non_exhaustive()
    }
}

impl AsyncManager {
    /// Builds the manager with `build` on a new thread (so what it holds
    /// never has to cross threads) and starts its loop. Events go to a
    /// stream holding at most `event_capacity`; while it is full, new events
    /// are dropped and counted ([`dropped_events`](Self::dropped_events)).
    ///
    /// # Errors
    /// `build`'s error, or [`ClusterError::Io`] when the thread cannot start.
    pub fn start<F>(build: F, event_capacity: usize) -> Result<Self, ClusterError>
    where
        F: FnOnce() -> Result<AmiClientManager, ClusterError> + Send + 'static,
    {
        let (ready_tx, ready_rx) = std::sync::mpsc::channel();
        let (ev_tx, ev_rx) = mpsc::channel(event_capacity.max(1));
        let (exit_tx, exit_rx) = oneshot::channel();
        let stop = Arc::new(AtomicBool::new(false));
        let dropped = Arc::new(AtomicU64::new(0));
        let (s, d) = (stop.clone(), dropped.clone());
        let thread = std::thread::Builder::new()
            .name("ami-async".into())
            .spawn(move || {
                let mut m = match build() {
                    Ok(m) => m,
                    Err(e) => {
                        let _ = ready_tx.send(Err(e));
                        return;
                    }
                };
                let mut tx = ev_tx;
                m.on_any_event(move |_, ev| {
                    // A full stream drops the newest, counted: the loop never waits.
                    if tx.try_send(ev.clone()).is_err() {
                        d.fetch_add(1, Ordering::Relaxed);
                    }
                });
                let _ = ready_tx.send(Ok(m.handle()));
                run(&mut m, &s);
                let _ = exit_tx.send(());
            })
            .map_err(|e| ClusterError::Io(e.to_string()))?;
        let handle = ready_rx.recv().map_err(|_| ClusterError::Closed)??;
        Ok(Self {
            handle,
            stop,
            dropped,
            events: Some(ev_rx),
            exited: Some(exit_rx),
            thread: Some(thread),
        })
    }

    /// Sends `action` to `server` (`None`: the routing strategy) and
    /// resolves with its completion (which carries the outcome, success or
    /// not, and its latency).
    ///
    /// # Errors
    /// The manager's refusal (unknown server, not Ready, backpressure, a bad
    /// action), [`ClusterError::QueueFull`], or [`ClusterError::Closed`] once
    /// the manager is gone.
    pub async fn send<A>(
        &self,
        server: Option<&str>,
        action: A,
    ) -> Result<ActionCompletion, ClusterError>
    where
        A: Action + 'static,
    {
        let (tx, rx) = oneshot::channel();
        self.handle.submit_with(
            server,
            Box::new(action),
            Box::new(move |r| {
                let _ = tx.send(r);
            }),
        )?;
        rx.await.map_err(|_| ClusterError::Closed)?
    }

    /// The event stream (a `futures_core::Stream` of [`ServerEvent`]), once.
    pub fn take_events(&mut self) -> Option<mpsc::Receiver<ServerEvent>> {
        self.events.take()
    }

    /// Events dropped because the stream was full.
    pub fn dropped_events(&self) -> u64 {
        self.dropped.load(Ordering::Relaxed)
    }

    /// A handle for synchronous threads.
    pub fn handle(&self) -> ManagerHandle {
        self.handle.clone()
    }

    /// Tells the loop to log off every server and end, without waiting.
    /// Sends still pending resolve (lost connection, or
    /// [`ClusterError::Closed`] for those never applied); new ones fail with
    /// `Closed` once the thread is gone.
    pub fn stop(&self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = self.handle.wake();
    }

    /// Logs off every server (waiting up to 2 s for the Goodbyes), ends the
    /// thread and waits for it without blocking the executor.
    pub async fn shutdown(mut self) {
        self.stop();
        if let Some(exited) = self.exited.take() {
            let _ = exited.await;
        }
        if let Some(t) = self.thread.take() {
            // It has finished: joining does not block.
            let _ = t.join();
        }
    }
}

impl Drop for AsyncManager {
    fn drop(&mut self) {
        // Without shutdown(): stop the loop; the thread logs off and ends
        // on its own (not joined, so a drop never blocks an executor).
        self.stop();
    }
}

/// The manager thread's loop: tick until told to stop, then log off.
fn run(m: &mut AmiClientManager, stop: &AtomicBool) {
    while !stop.load(Ordering::SeqCst) {
        if let Err(e) = m.tick_all(TICK_MS) {
            log::error!("async manager tick: {e}");
        }
    }
    m.close_all();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(2);
    while !m.all_closed() && std::time::Instant::now() < deadline {
        let _ = m.tick_all(TICK_MS);
    }
}
