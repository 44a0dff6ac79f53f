//! `ami-cluster`: many Asterisk Manager Interface servers on one readiness
//! selector. This is the crate applications use: the seed's
//! `AmiClientManager` in Rust form.
//!
//! - [`AmiClientManager`]: servers, `tick_all` / `tick` / `poll_all`,
//!   routing, listeners, a pull API, metrics, [`stats`](AmiClientManager::stats)
//!   and health;
//! - [`Pending`]: what every send returns (`manager.send(..)`,
//!   `manager.server(key)?.send(..)`, `manager.default_server()?.send(..)`),
//!   where the outcome's destination is chosen: `.on_complete(..)`,
//!   `.to_pull_queue()` or `.ignore_outcome()`;
//! - [`ManagerHandle`]: a `Send + Clone` handle for other threads;
//! - [`AsyncManager`]: the manager on its own thread, driven from async code
//!   (`send(..).await`, an event stream), runtime-agnostic;
//! - [`TlsClient`]: AMI over TLS, verified by a CA or a certificate pin.

mod async_manager;
mod config;
mod error;
mod event;
mod handle;
mod listeners;
mod manager;
mod metrics;
mod pending;
mod routing;
mod selector;
mod server;
mod stats;
mod timers;
mod tls;
mod typed;

pub use async_manager::AsyncManager;
pub use config::{
    ClusterConfig, ClusterConfigBuilder, ConfigError, ConfigValue, Resolver, ServerConfig,
    SystemResolver,
};
pub use error::ClusterError;
pub use event::{ActionCompletion, ServerEvent};
pub use handle::{ManagerHandle, Reply};
pub use manager::{
    AmiClientManager, CompletionCallback, Counters, EventCallback, Limits, ListenerId,
    MAX_TICK_TIMEOUT_MS, ServerRef, StateCallback, TickReport,
};
pub use metrics::{Health, LATENCY_BUCKETS};
pub use pending::{Pending, SentAction};
pub use routing::Routing;
pub use stats::{ManagerStats, ServerStats};
pub use tls::{TlsClient, TlsConfigError, TlsOptions};
pub use typed::TypedServerEvent;

pub use ami_conn::{
    ActionFailure, ActionId, AuthMethod, BackoffConfig, CircuitConfig, CircuitState, CloseReason,
    ConnConfig, SendError, SendOptions, State, Stats,
};
/// Typed actions (every Asterisk 22 action), from `ami-proto`.
pub use ami_proto::actions;
/// The typed event views (`on::<Hangup>`), from `ami-proto`.
pub use ami_proto::events;
pub use ami_proto::{
    Action, ActionError, CommandOutput, GenericAction, Message, Outcome, Redactor,
};

/// What a program driving a manager needs, in one import:
/// `use ami_cluster::prelude::*;`.
pub mod prelude {
    pub use crate::actions;
    pub use crate::{
        ActionCompletion, ActionError, ActionFailure, ActionId, AmiClientManager, AsyncManager,
        ClusterConfig, ClusterError, ConnConfig, GenericAction, ManagerHandle, ManagerStats,
        Message, Outcome, Pending, Routing, SendOptions, SentAction, ServerConfig, ServerEvent,
        ServerStats, State, TlsClient, TlsOptions,
    };
}
