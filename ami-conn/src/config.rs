//! [`ConnConfig`]: everything one connection needs, with the seed's defaults.

use std::fmt;
use std::time::Duration;

use ami_proto::Redactor;

/// How to log in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum AuthMethod {
    /// `Secret:` in clear.
    #[default]
    Plain,
    /// `Action: Challenge` first, then `Key: md5(challenge + secret)`.
    Md5,
}

/// A secret whose `Debug` never shows it.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct Secret(String);

impl Secret {
    /// Wraps a secret.
    pub fn new(s: impl Into<String>) -> Self {
        Self(s.into())
    }

    /// The secret itself (only for building the login).
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(ami_proto::MASK)
    }
}

/// Reconnect backoff: exponential with full jitter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct BackoffConfig {
    /// First ceiling (default 500 ms).
    pub base: Duration,
    /// Largest ceiling (default 30 s).
    pub max: Duration,
}

impl Default for BackoffConfig {
    fn default() -> Self {
        Self {
            base: Duration::from_millis(500),
            max: Duration::from_secs(30),
        }
    }
}

/// Circuit breaker settings (the seed's `circuit_*` options).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct CircuitConfig {
    /// Consecutive failures that open the circuit (default 5).
    pub failure_threshold: u32,
    /// How long it stays open (default 30 s).
    pub cooldown: Duration,
    /// Attempts admitted while half-open (default 1).
    pub half_open_max_probes: u32,
}

impl Default for CircuitConfig {
    fn default() -> Self {
        Self {
            failure_threshold: 5,
            cooldown: Duration::from_secs(30),
            half_open_max_probes: 1,
        }
    }
}

/// One server's connection settings. Defaults follow the seed's config.
///
/// `#[non_exhaustive]`: start from [`ConnConfig::new`] and set the fields
/// you need, so that a new option is not a breaking change.
///
/// ```
/// use std::time::Duration;
/// let mut cfg = ami_conn::ConnConfig::new("pbx1", "admin", "secret");
/// cfg.timeout = Duration::from_secs(5);
/// cfg.events = "call,agent".into();
/// ```
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct ConnConfig {
    /// The server's key (in ActionIDs, logs and metrics).
    pub server_key: String,
    /// Manager user.
    pub username: String,
    /// Its secret.
    pub secret: Secret,
    /// Plain or MD5 login.
    pub auth: AuthMethod,
    /// `Events:` mask sent at login (default `on`).
    pub events: String,
    /// Default action timeout (default 30 s).
    pub timeout: Duration,
    /// Budget to connect and log in (default 10 s).
    pub connect_timeout: Duration,
    /// No complete frame for this long closes the link (default 30 s). Bytes
    /// that never finish a frame (a trickle, an endless line) do not count.
    pub read_timeout: Duration,
    /// A Ping after this long without a complete frame (default 15 s).
    pub heartbeat_interval: Duration,
    /// Largest frame accepted (default 1 MiB).
    pub max_frame_size: usize,
    /// Longest ActionID (default 128).
    pub max_action_id_length: usize,
    /// Most actions waiting for their outcome (default 5,000).
    pub max_pending_actions: usize,
    /// Most unwritten bytes (default 5 MiB).
    pub write_buffer_limit: usize,
    /// Events held until polled; the oldest is dropped past it (default 10,000).
    pub event_queue_capacity: usize,
    /// At most one drop log line this often (default 1 s).
    pub event_drop_log_interval: Duration,
    /// Most events one action may collect (default 100,000).
    pub max_list_items: usize,
    /// Most bytes of events one action may collect (default 8 MiB). Past it
    /// the action fails with `ActionError::TooLarge` and the rest of its list
    /// is discarded as it arrives, unbuffered.
    pub max_action_bytes: usize,
    /// How long the link must stay `Ready` before a loss resets the
    /// reconnect backoff (default 10 s). A server that accepts, logs in and
    /// closes at once keeps backing off instead of being hammered.
    pub backoff_reset_after: Duration,
    /// Reconnect backoff.
    pub backoff: BackoffConfig,
    /// Circuit breaker.
    pub circuit: CircuitConfig,
    /// Masks secrets in logs.
    pub redactor: Redactor,
    /// This process's segment of every ActionID, unique among the clients of
    /// one PBX (`None`: random).
    pub instance: Option<String>,
    /// Seed for jitter and the instance segment (`None`: random).
    pub seed: Option<u64>,
}

impl ConnConfig {
    /// Settings with the seed's defaults for this server and user.
    pub fn new(
        server_key: impl Into<String>,
        username: impl Into<String>,
        secret: impl Into<String>,
    ) -> Self {
        Self {
            server_key: server_key.into(),
            username: username.into(),
            secret: Secret::new(secret),
            auth: AuthMethod::Plain,
            events: "on".into(),
            timeout: Duration::from_secs(30),
            connect_timeout: Duration::from_secs(10),
            read_timeout: Duration::from_secs(30),
            heartbeat_interval: Duration::from_secs(15),
            max_frame_size: 1024 * 1024,
            max_action_id_length: ami_proto::DEFAULT_MAX_ACTION_ID_LENGTH,
            max_pending_actions: 5000,
            write_buffer_limit: 5 * 1024 * 1024,
            event_queue_capacity: 10_000,
            event_drop_log_interval: Duration::from_secs(1),
            max_list_items: ami_proto::DEFAULT_MAX_ITEMS,
            max_action_bytes: ami_proto::DEFAULT_MAX_ACTION_BYTES,
            backoff_reset_after: Duration::from_secs(10),
            backoff: BackoffConfig::default(),
            circuit: CircuitConfig::default(),
            redactor: Redactor::default(),
            instance: None,
            seed: None,
        }
    }
}
