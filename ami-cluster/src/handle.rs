//! [`ManagerHandle`]: submit actions from other threads through a bounded
//! queue that wakes the selector.

use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, SyncSender, TrySendError};

use ami_proto::Action;

use crate::error::ClusterError;
use crate::event::ActionCompletion;
use crate::manager::AmiClientManager;
use crate::selector::Selector;

/// Called once, on the manager's thread, with a submission's outcome or
/// its refusal.
pub type Reply = Box<dyn FnOnce(Result<ActionCompletion, ClusterError>) + Send>;

pub(crate) struct Submission {
    server: Option<String>,
    action: Box<dyn Action>,
    /// `None`: the outcome goes to the manager's pull queue.
    reply: Option<Reply>,
}

/// A `Send + Clone` handle to a manager running on another thread.
///
/// ```no_run
/// # let m = ami_cluster::AmiClientManager::new().unwrap();
/// let h = m.handle();
/// std::thread::spawn(move || {
///     let rx = h.submit(Some("pbx1"), Box::new(ami_proto::actions::Ping)).unwrap();
///     println!("{:?}", rx.recv().unwrap().map(|c| c.action_id));
/// });
/// ```
#[derive(Clone)]
pub struct ManagerHandle {
    tx: SyncSender<Submission>,
    poller: Arc<Selector>,
    capacity: usize,
}

impl std::fmt::Debug for ManagerHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ManagerHandle")
            .field("capacity", &self.capacity)
            .finish()
    }
}

impl ManagerHandle {
    pub(crate) fn new(tx: SyncSender<Submission>, poller: Arc<Selector>, capacity: usize) -> Self {
        Self {
            tx,
            poller,
            capacity,
        }
    }

    /// Queues an action for `server` (or the routing strategy with `None`)
    /// and wakes the selector. The receiver gets the outcome, or the
    /// manager's refusal, once.
    ///
    /// # Errors
    /// [`ClusterError::QueueFull`] (backpressure) or [`ClusterError::Closed`].
    pub fn submit(
        &self,
        server: Option<&str>,
        action: Box<dyn Action>,
    ) -> Result<Receiver<Result<ActionCompletion, ClusterError>>, ClusterError> {
        let (reply, rx) = mpsc::channel();
        self.submit_with(
            server,
            action,
            Box::new(move |r| {
                let _ = reply.send(r);
            }),
        )?;
        Ok(rx)
    }

    /// Queues an action; `reply` runs once on the manager's thread with its
    /// outcome or the manager's refusal (the building block of
    /// [`AsyncManager`](crate::AsyncManager)). Keep it short: it runs inside
    /// the tick.
    ///
    /// # Errors
    /// [`ClusterError::QueueFull`] (backpressure) or [`ClusterError::Closed`];
    /// `reply` is then dropped without being called.
    pub fn submit_with(
        &self,
        server: Option<&str>,
        action: Box<dyn Action>,
        reply: Reply,
    ) -> Result<(), ClusterError> {
        self.enqueue(Submission {
            server: server.map(str::to_owned),
            action,
            reply: Some(reply),
        })
    }

    /// Queues an action whose outcome goes to the manager's pull queue
    /// ([`AmiClientManager::next_completion`]). Every accepted post gets
    /// exactly one completion there: when the manager refuses it (unknown
    /// server, not Ready, backpressure, a bad action), a failed one with
    /// [`ActionFailure::NotSent`](ami_conn::ActionFailure::NotSent) and an
    /// empty ActionID.
    ///
    /// # Errors
    /// [`ClusterError::QueueFull`] (backpressure) or [`ClusterError::Closed`].
    pub fn post(&self, server: Option<&str>, action: Box<dyn Action>) -> Result<(), ClusterError> {
        self.enqueue(Submission {
            server: server.map(str::to_owned),
            action,
            reply: None,
        })
    }

    /// Wakes the manager's selector without submitting anything (a thread
    /// that fed the manager through another channel wants its tick now).
    ///
    /// # Errors
    /// [`ClusterError::Io`] when the selector cannot be notified.
    pub fn wake(&self) -> Result<(), ClusterError> {
        self.poller
            .notify()
            .map_err(|e| ClusterError::Io(e.to_string()))
    }

    fn enqueue(&self, sub: Submission) -> Result<(), ClusterError> {
        match self.tx.try_send(sub) {
            Ok(()) => {
                let _ = self.poller.notify();
                Ok(())
            }
            Err(TrySendError::Full(_)) => Err(ClusterError::QueueFull {
                capacity: self.capacity,
            }),
            Err(TrySendError::Disconnected(_)) => Err(ClusterError::Closed),
        }
    }
}

/// Runs one submission on the manager's thread.
pub(crate) fn apply(m: &mut AmiClientManager, sub: Submission) {
    let sent = match &sub.server {
        Some(key) => m.server(key).and_then(|s| s.send(sub.action.as_ref())),
        None => m.send(sub.action.as_ref()),
    };
    match (sent, sub.reply) {
        (Ok(pending), Some(reply)) => {
            pending.on_complete(move |_, done| reply(Ok(done)));
        }
        (Ok(pending), None) => {
            pending.to_pull_queue();
        }
        (Err(e), Some(reply)) => reply(Err(e)),
        (Err(e), None) => m.refuse_submission(sub.server.as_deref(), sub.action.name(), &e),
    }
}
