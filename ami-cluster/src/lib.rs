//! `ami-cluster`: many Asterisk Manager Interface servers on one `polling`
//! selector. This is the crate applications use: the seed's
//! `AmiClientManager` in Rust form.
//!
//! - [`AmiClientManager`]: servers, `tick_all` / `tick` / `poll_all`,
//!   routing, listeners, completion callbacks and a pull API, metrics and
//!   health;
//! - [`ManagerHandle`]: a `Send + Clone` handle for other threads;
//! - [`TlsClient`]: AMI over TLS, verified by a CA or a certificate pin.

mod config;
mod error;
mod event;
mod handle;
mod manager;
mod metrics;
mod routing;
mod server;
mod timers;
mod tls;
mod typed;

pub use config::{ClusterConfig, ConfigError, Resolver, ServerConfig, SystemResolver};
pub use error::ClusterError;
pub use event::{ActionCompletion, ServerEvent};
pub use handle::ManagerHandle;
pub use manager::{
    AmiClientManager, CompletionCallback, Counters, EventCallback, Limits, ListenerId,
    MAX_TICK_TIMEOUT_MS, ServerRef, TickReport,
};
pub use metrics::{Health, LATENCY_BUCKETS};
pub use routing::Routing;
pub use tls::{TlsClient, TlsConfigError, TlsOptions};
pub use typed::TypedServerEvent;

/// The typed event views (`on::<Hangup>`), from `ami-proto`.
pub use ami_proto::events;
