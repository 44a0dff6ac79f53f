//! [`Pending`]: what every send returns, and the choice of where the
//! action's outcome goes.

use std::sync::Arc;

use ami_conn::ActionId;

use crate::event::ActionCompletion;
use crate::manager::{AmiClientManager, CompletionCallback};

/// Where an accepted action's outcome goes, chosen on its [`Pending`].
pub(crate) enum Disposition {
    /// To this callback, once.
    Callback(CompletionCallback),
    /// To the pull queue ([`AmiClientManager::next_completion`]).
    Pull,
    /// Nowhere: the caller said so.
    Ignore,
}

/// An action the manager accepted and sent (or queued to send): its server
/// and ActionID, and the choice of where its outcome goes, the seed's
/// `->onComplete(..)`.
///
/// Choose one of [`on_complete`](Self::on_complete),
/// [`to_pull_queue`](Self::to_pull_queue) or
/// [`ignore_outcome`](Self::ignore_outcome). A `Pending` dropped without a
/// choice sends its outcome to the pull queue when
/// [`AmiClientManager::enable_completion_pull`] is on; otherwise the outcome
/// is counted in [`Counters::unclaimed_completions`](crate::Counters) (and
/// `ami_completions_unclaimed_total`) and dropped. `#[must_use]` makes the
/// compiler point at a send whose outcome nobody asked for.
///
/// ```no_run
/// use ami_cluster::prelude::*;
///
/// # let mut m = AmiClientManager::new().unwrap();
/// // Routed, to a server by key, to the default server: the same shape.
/// m.send(&actions::Ping)?
///     .on_complete(|_, done| println!("{} {:?}", done.action_id, done.result.is_ok()));
/// let sent = m.server("pbx1")?.send(&actions::QueueStatus::new())?.to_pull_queue();
/// println!("{} on {}", sent.action_id, sent.server_key);
/// m.default_server()?.send(&actions::Ping)?.ignore_outcome();
/// # Ok::<(), ClusterError>(())
/// ```
#[must_use = "choose where the outcome goes: .on_complete(..), .to_pull_queue() or .ignore_outcome()"]
pub struct Pending<'a> {
    pub(crate) mgr: &'a mut AmiClientManager,
    pub(crate) idx: usize,
    pub(crate) action_id: ActionId,
}

/// Which action a [`Pending`] was, once its outcome's destination is chosen.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SentAction {
    /// The key of the server it went to.
    pub server_key: Arc<str>,
    /// Its ActionID (the one its [`ActionCompletion`] will carry).
    pub action_id: ActionId,
}

impl std::fmt::Debug for Pending<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pending")
            .field("server_key", &self.server_key())
            .field("action_id", &self.action_id)
            .finish()
    }
}

impl Pending<'_> {
    /// The key of the server the action went to.
    pub fn server_key(&self) -> &str {
        self.mgr.server_key_at(self.idx)
    }

    /// The action's ActionID.
    pub fn action_id(&self) -> &str {
        &self.action_id
    }

    /// Calls `f` once with the outcome, during a later tick (the seed's
    /// `onComplete`). `f` may call back into the manager (send, add
    /// listeners); a panic in it is contained and counted.
    pub fn on_complete<F>(self, f: F) -> SentAction
    where
        F: FnOnce(&mut AmiClientManager, ActionCompletion) + Send + 'static,
    {
        self.settle(Disposition::Callback(Box::new(f)))
    }

    /// Sends the outcome to the pull queue
    /// ([`next_completion`](AmiClientManager::next_completion)), whether or
    /// not completion pull is on for unchosen ones.
    pub fn to_pull_queue(self) -> SentAction {
        self.settle(Disposition::Pull)
    }

    /// Drops the outcome on arrival (still counted in the server's metrics,
    /// not as unclaimed).
    pub fn ignore_outcome(self) -> SentAction {
        self.settle(Disposition::Ignore)
    }

    fn settle(self, d: Disposition) -> SentAction {
        let sent = SentAction {
            server_key: self.mgr.server_key_arc(self.idx),
            action_id: self.action_id,
        };
        self.mgr
            .set_disposition(self.idx, sent.action_id.clone(), d);
        sent
    }
}
