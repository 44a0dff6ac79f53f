//! The TOML configuration, shaped like the seed's `config/ami-client.php`:
//! `default`, `[servers.<key>]`, `[options]`, `[listen]`. Unknown keys are
//! rejected; every error names the key and the bad value (never a secret).

use std::collections::BTreeMap;
use std::net::{IpAddr, SocketAddr, ToSocketAddrs};
use std::path::{Path, PathBuf};
use std::time::Duration;

use ami_conn::{AuthMethod, ConnConfig};
use ami_proto::Redactor;
use serde::Deserialize;

use crate::error::ClusterError;
use crate::manager::{AmiClientManager, MAX_TICK_TIMEOUT_MS};
use crate::tls::{TlsClient, TlsConfigError, TlsOptions};

/// A configuration that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ConfigError {
    /// The file cannot be read.
    #[error("cannot read config {path}: {reason}")]
    Io {
        /// The path.
        path: String,
        /// The OS error.
        reason: String,
    },
    /// TOML syntax, an unknown key or a value of the wrong type (the message
    /// gives the line and column and the key).
    #[error("config: {0}")]
    Syntax(String),
    /// A value out of range or inconsistent.
    #[error("config key {key}: {reason} (got {value})")]
    Invalid {
        /// The key, dotted (`servers.node_1.port`).
        key: String,
        /// The refused value (`<redacted>` for secrets).
        value: String,
        /// What is wrong.
        reason: String,
    },
    /// `secret_env` names a variable that is not set.
    #[error("config key {key}: environment variable {var} is not set")]
    MissingEnv {
        /// The key.
        key: String,
        /// The variable.
        var: String,
    },
    /// A hostname could not be resolved (with `enforce_ip_endpoints = false`).
    #[error("config key {key}: cannot resolve host {host:?}: {reason}")]
    Resolve {
        /// The key.
        key: String,
        /// The host.
        host: String,
        /// Why.
        reason: String,
    },
}

/// Resolves hostnames when `enforce_ip_endpoints` is off. Called only while
/// loading the configuration, never inside a tick.
pub trait Resolver {
    /// The addresses of `host:port`.
    ///
    /// # Errors
    /// A message saying why it failed.
    fn resolve(&self, host: &str, port: u16) -> Result<Vec<SocketAddr>, String>;
}

/// The system resolver (`ToSocketAddrs`).
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemResolver;

impl Resolver for SystemResolver {
    fn resolve(&self, host: &str, port: u16) -> Result<Vec<SocketAddr>, String> {
        (host, port)
            .to_socket_addrs()
            .map(Iterator::collect)
            .map_err(|e| e.to_string())
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    default: Option<String>,
    #[serde(default)]
    servers: BTreeMap<String, RawServer>,
    #[serde(default)]
    options: RawOptions,
    #[serde(default)]
    listen: RawListen,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawServer {
    host: String,
    port: Option<i64>,
    username: String,
    secret: Option<String>,
    secret_env: Option<String>,
    timeout: Option<f64>,
    write_buffer_limit: Option<i64>,
    #[serde(default)]
    auth: RawAuth,
    events: Option<String>,
    #[serde(default)]
    tls: bool,
    tls_server_name: Option<String>,
    tls_ca_file: Option<PathBuf>,
    #[serde(default)]
    tls_pin_sha256: OneOrMany,
    tls_client_cert: Option<PathBuf>,
    tls_client_key: Option<PathBuf>,
}

/// A string or a list of strings.
#[derive(Debug, Deserialize, Default)]
#[serde(untagged)]
enum OneOrMany {
    #[default]
    None,
    One(String),
    Many(Vec<String>),
}

impl OneOrMany {
    fn to_vec(&self) -> Vec<String> {
        match self {
            Self::None => Vec::new(),
            Self::One(s) => vec![s.clone()],
            Self::Many(v) => v.clone(),
        }
    }
}

#[derive(Debug, Deserialize, Default, Clone, Copy)]
#[serde(rename_all = "lowercase")]
enum RawAuth {
    #[default]
    Plain,
    Md5,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
struct RawOptions {
    connect_timeout: f64,
    read_timeout: f64,
    heartbeat_interval: f64,
    max_frame_size: i64,
    max_action_id_length: i64,
    redaction_keys: Vec<String>,
    redaction_key_patterns: Vec<String>,
    redaction_value_patterns: Vec<String>,
    enforce_ip_endpoints: bool,
    event_drop_log_interval_ms: i64,
    circuit_failure_threshold: i64,
    circuit_cooldown: f64,
    circuit_half_open_max_probes: i64,
    max_pending_actions: i64,
    event_queue_capacity: i64,
    write_buffer_limit: i64,
    max_action_bytes: i64,
    max_list_items: i64,
    backoff_base: f64,
    backoff_max: f64,
    backoff_reset_after: f64,
}

impl Default for RawOptions {
    fn default() -> Self {
        Self {
            connect_timeout: 10.0,
            read_timeout: 30.0,
            heartbeat_interval: 15.0,
            max_frame_size: 1_048_576,
            max_action_id_length: 128,
            redaction_keys: Vec::new(),
            redaction_key_patterns: Vec::new(),
            redaction_value_patterns: Vec::new(),
            enforce_ip_endpoints: true,
            event_drop_log_interval_ms: 1000,
            circuit_failure_threshold: 5,
            circuit_cooldown: 30.0,
            circuit_half_open_max_probes: 1,
            max_pending_actions: 5000,
            event_queue_capacity: 10_000,
            write_buffer_limit: 5_242_880,
            max_action_bytes: ami_proto::DEFAULT_MAX_ACTION_BYTES as i64,
            max_list_items: ami_proto::DEFAULT_MAX_ITEMS as i64,
            backoff_base: 0.5,
            backoff_max: 30.0,
            backoff_reset_after: 10.0,
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
struct RawListen {
    tick_timeout_ms: i64,
}

impl Default for RawListen {
    fn default() -> Self {
        Self {
            tick_timeout_ms: 25,
        }
    }
}

/// One server, ready to connect.
#[derive(Debug, Clone)]
pub struct ServerConfig {
    /// Its key.
    pub key: String,
    /// Its address (an IP; hostnames were resolved at load time).
    pub addr: SocketAddr,
    /// Its connection settings.
    pub conn: ConnConfig,
    /// Its TLS client, when `tls = true`.
    pub tls: Option<TlsClient>,
}

impl ServerConfig {
    /// A plaintext server at `addr`; its key is `conn.server_key`.
    pub fn new(addr: SocketAddr, conn: ConnConfig) -> Self {
        Self {
            key: conn.server_key.clone(),
            addr,
            conn,
            tls: None,
        }
    }

    /// The same server over TLS.
    #[must_use]
    pub fn with_tls(mut self, tls: TlsClient) -> Self {
        self.tls = Some(tls);
        self
    }
}

/// A validated configuration.
#[derive(Debug, Clone)]
pub struct ClusterConfig {
    /// The default server's key.
    pub default: Option<String>,
    /// Servers in key order.
    pub servers: Vec<ServerConfig>,
    /// `[listen] tick_timeout_ms`.
    pub tick_timeout_ms: u64,
    /// `[options] enforce_ip_endpoints`.
    pub enforce_ip_endpoints: bool,
}

fn invalid(key: impl Into<String>, value: impl ToString, reason: &str) -> ConfigError {
    ConfigError::Invalid {
        key: key.into(),
        value: value.to_string(),
        reason: reason.into(),
    }
}

fn seconds(key: &str, v: f64) -> Result<Duration, ConfigError> {
    if !(v.is_finite() && v > 0.0 && v < 1e9) {
        return Err(invalid(key, v, "must be a positive number of seconds"));
    }
    Ok(Duration::from_secs_f64(v))
}

/// A value for [`ClusterConfigBuilder`]: what a TOML value can be.
#[derive(Debug, Clone, PartialEq)]
pub enum ConfigValue {
    /// An integer.
    Int(i64),
    /// A number of seconds, or another float.
    Float(f64),
    /// A switch.
    Bool(bool),
    /// A string.
    Str(String),
    /// A list of strings.
    List(Vec<String>),
}

impl From<i64> for ConfigValue {
    fn from(v: i64) -> Self {
        Self::Int(v)
    }
}
impl From<f64> for ConfigValue {
    fn from(v: f64) -> Self {
        Self::Float(v)
    }
}
impl From<bool> for ConfigValue {
    fn from(v: bool) -> Self {
        Self::Bool(v)
    }
}
impl From<&str> for ConfigValue {
    fn from(v: &str) -> Self {
        Self::Str(v.to_owned())
    }
}
impl From<String> for ConfigValue {
    fn from(v: String) -> Self {
        Self::Str(v)
    }
}
impl From<Vec<String>> for ConfigValue {
    fn from(v: Vec<String>) -> Self {
        Self::List(v)
    }
}

impl From<ConfigValue> for toml::Value {
    fn from(v: ConfigValue) -> Self {
        match v {
            ConfigValue::Int(i) => Self::Integer(i),
            ConfigValue::Float(f) => Self::Float(f),
            ConfigValue::Bool(b) => Self::Boolean(b),
            ConfigValue::Str(s) => Self::String(s),
            ConfigValue::List(l) => Self::Array(l.into_iter().map(Self::String).collect()),
        }
    }
}

/// Builds a [`ClusterConfig`] in code: the keys are the TOML file's, so
/// are the defaults and the validation ([`ClusterConfig::builder`]).
#[derive(Debug, Clone, Default)]
pub struct ClusterConfigBuilder {
    table: toml::Table,
}

impl ClusterConfigBuilder {
    fn section(&mut self, name: &str) -> &mut toml::Table {
        let v = self
            .table
            .entry(name.to_owned())
            .or_insert_with(|| toml::Value::Table(toml::Table::new()));
        if !v.is_table() {
            *v = toml::Value::Table(toml::Table::new());
        }
        match v {
            toml::Value::Table(t) => t,
            _ => unreachable!("made a table just above"),
        }
    }

    /// Adds `[servers.<key>]` with its address and credentials.
    #[must_use]
    pub fn server(
        mut self,
        key: &str,
        host: &str,
        port: u16,
        username: &str,
        secret: &str,
    ) -> Self {
        let mut t = toml::Table::new();
        t.insert("host".into(), host.into());
        t.insert("port".into(), i64::from(port).into());
        t.insert("username".into(), username.into());
        t.insert("secret".into(), secret.into());
        self.section("servers")
            .insert(key.to_owned(), toml::Value::Table(t));
        self
    }

    /// Sets a key of `[servers.<key>]` (`auth`, `timeout`, `tls`, ...).
    #[must_use]
    pub fn server_option(mut self, key: &str, name: &str, value: impl Into<ConfigValue>) -> Self {
        let servers = self.section("servers");
        let server = servers
            .entry(key.to_owned())
            .or_insert_with(|| toml::Value::Table(toml::Table::new()));
        if let toml::Value::Table(t) = server {
            t.insert(name.to_owned(), value.into().into());
        }
        self
    }

    /// Sets a key of `[options]`.
    #[must_use]
    pub fn option(mut self, name: &str, value: impl Into<ConfigValue>) -> Self {
        self.section("options")
            .insert(name.to_owned(), value.into().into());
        self
    }

    /// Sets `default`.
    #[must_use]
    pub fn default_server(mut self, key: &str) -> Self {
        self.table.insert("default".into(), key.into());
        self
    }

    /// Sets `[listen] tick_timeout_ms`.
    #[must_use]
    pub fn tick_timeout_ms(mut self, ms: i64) -> Self {
        self.section("listen")
            .insert("tick_timeout_ms".into(), ms.into());
        self
    }

    /// Validates, resolving hostnames (when allowed) with the system resolver.
    ///
    /// # Errors
    /// [`ConfigError`] naming the key, as for a file.
    pub fn build(self) -> Result<ClusterConfig, ConfigError> {
        self.build_with(&SystemResolver)
    }

    /// Validates with `resolver`.
    ///
    /// # Errors
    /// [`ConfigError`] naming the key, as for a file.
    pub fn build_with(self, resolver: &dyn Resolver) -> Result<ClusterConfig, ConfigError> {
        let raw: RawConfig = toml::Value::Table(self.table)
            .try_into()
            .map_err(|e: toml::de::Error| ConfigError::Syntax(e.message().trim_end().to_owned()))?;
        ClusterConfig::validate(&raw, resolver)
    }
}

/// The TLS client of a server with `tls = true` (files read and pins
/// checked now, so a bad setting is a config error, not a connect failure).
fn tls_client(s: &RawServer, k: &dyn Fn(&str) -> String) -> Result<Option<TlsClient>, ConfigError> {
    let pins = s.tls_pin_sha256.to_vec();
    let any_option = s.tls_server_name.is_some()
        || s.tls_ca_file.is_some()
        || !pins.is_empty()
        || s.tls_client_cert.is_some()
        || s.tls_client_key.is_some();
    if !s.tls {
        if any_option {
            return Err(invalid(
                k("tls"),
                false,
                "tls_* options are set but tls is not true",
            ));
        }
        return Ok(None);
    }
    let opts = TlsOptions {
        server_name: s.tls_server_name.clone(),
        ca_file: s.tls_ca_file.clone(),
        pin_sha256: pins,
        client_cert: s.tls_client_cert.clone(),
        client_key: s.tls_client_key.clone(),
    };
    TlsClient::new(&opts, &s.host).map(Some).map_err(|e| {
        let key = match &e {
            TlsConfigError::BadPin { .. } => "tls_pin_sha256",
            TlsConfigError::BadServerName { .. } => "tls_server_name",
            TlsConfigError::HalfClientAuth => "tls_client_key",
            TlsConfigError::NoRoots => "tls_ca_file",
            TlsConfigError::Read { path, .. } | TlsConfigError::NoPem { path, .. } => {
                if s.tls_ca_file
                    .as_deref()
                    .is_some_and(|p| p.display().to_string() == *path)
                {
                    "tls_ca_file"
                } else if s
                    .tls_client_key
                    .as_deref()
                    .is_some_and(|p| p.display().to_string() == *path)
                {
                    "tls_client_key"
                } else {
                    "tls_client_cert"
                }
            }
            _ => "tls",
        };
        ConfigError::Invalid {
            key: k(key),
            value: match &e {
                TlsConfigError::Read { path, .. } | TlsConfigError::NoPem { path, .. } => {
                    path.clone()
                }
                TlsConfigError::BadPin { value } => value.clone(),
                TlsConfigError::BadServerName { name } => name.clone(),
                _ => "true".into(),
            },
            reason: e.to_string(),
        }
    })
}

/// The `[options]` part of one server's settings. Run once before the
/// servers too, so a bad option is an error even in a file without servers.
fn apply_options(c: &mut ConnConfig, o: &RawOptions) -> Result<(), ConfigError> {
    c.connect_timeout = seconds("options.connect_timeout", o.connect_timeout)?;
    c.read_timeout = seconds("options.read_timeout", o.read_timeout)?;
    c.heartbeat_interval = seconds("options.heartbeat_interval", o.heartbeat_interval)?;
    if c.heartbeat_interval >= c.read_timeout {
        return Err(invalid(
            "options.heartbeat_interval",
            o.heartbeat_interval,
            "must be shorter than options.read_timeout",
        ));
    }
    c.max_frame_size = count(
        "options.max_frame_size",
        o.max_frame_size,
        1024,
        ami_proto::MAX_FRAME_SIZE as i64,
    )?;
    // The ActionID line must fit Asterisk's 1024-byte line limit.
    c.max_action_id_length = count(
        "options.max_action_id_length",
        o.max_action_id_length,
        24,
        1000,
    )?;
    c.event_drop_log_interval = Duration::from_millis(count(
        "options.event_drop_log_interval_ms",
        o.event_drop_log_interval_ms,
        0,
        86_400_000,
    )? as u64);
    c.circuit.failure_threshold = count(
        "options.circuit_failure_threshold",
        o.circuit_failure_threshold,
        1,
        1_000_000,
    )? as u32;
    c.circuit.cooldown = seconds("options.circuit_cooldown", o.circuit_cooldown)?;
    c.circuit.half_open_max_probes = count(
        "options.circuit_half_open_max_probes",
        o.circuit_half_open_max_probes,
        1,
        1_000_000,
    )? as u32;
    c.max_pending_actions = count(
        "options.max_pending_actions",
        o.max_pending_actions,
        1,
        1_000_000,
    )?;
    c.event_queue_capacity = count(
        "options.event_queue_capacity",
        o.event_queue_capacity,
        1,
        MAX_COUNT,
    )?;
    c.max_action_bytes = count(
        "options.max_action_bytes",
        o.max_action_bytes,
        1024,
        MAX_BYTES,
    )?;
    c.max_list_items = count("options.max_list_items", o.max_list_items, 1, MAX_COUNT)?;
    c.backoff_reset_after = seconds("options.backoff_reset_after", o.backoff_reset_after)?;
    c.backoff.base = seconds("options.backoff_base", o.backoff_base)?;
    c.backoff.max = seconds("options.backoff_max", o.backoff_max)?;
    if c.backoff.max < c.backoff.base {
        return Err(invalid(
            "options.backoff_max",
            o.backoff_max,
            "must not be below options.backoff_base",
        ));
    }
    Ok(())
}

/// Largest byte limits accepted (1 GiB): frames are indexed with `u32`
/// offsets, and a limit is memory the process must be able to hold.
const MAX_BYTES: i64 = 1 << 30;
/// Largest counts accepted for queues and tables.
const MAX_COUNT: i64 = 10_000_000;

fn count(key: &str, v: i64, min: i64, max: i64) -> Result<usize, ConfigError> {
    if !(min..=max).contains(&v) {
        return Err(invalid(key, v, &format!("must be {min}..={max}")));
    }
    usize::try_from(v).map_err(|_| invalid(key, v, "too large for this platform"))
}

/// A TOML error as one line: the parser's message and where, never the
/// source line (it may hold the secret) nor a value the parser quotes.
fn syntax_error(e: &toml::de::Error, text: &str) -> ConfigError {
    let message = e.message().trim_end();
    // serde quotes the offending value ("invalid type: integer `1234`,
    // expected a string"): keep its kind only.
    let message = match message.split_once(": ") {
        Some((head @ ("invalid type" | "invalid value" | "invalid length"), rest)) => {
            let kind = rest.split([' ', ',']).next().unwrap_or("value");
            let expected = rest.find(", expected").map_or("", |i| &rest[i..]);
            format!("{head}: {kind}{expected}")
        }
        _ => message.to_owned(),
    };
    let Some(span) = e.span() else {
        return ConfigError::Syntax(message);
    };
    let before = &text[..span.start.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    // The key of that line, when it has one, so the error says where.
    let key = text[line_start..]
        .lines()
        .next()
        .and_then(|l| l.split_once('='))
        .map(|(k, _)| k.trim())
        .filter(|k| !k.is_empty() && !k.starts_with('[') && !k.starts_with('#'));
    ConfigError::Syntax(match key {
        Some(key) => format!("line {line}, column {column} (key {key}): {message}"),
        None => format!("line {line}, column {column}: {message}"),
    })
}

impl ClusterConfig {
    /// Reads and validates a TOML file (hostnames resolved by the system
    /// resolver when allowed).
    ///
    /// # Errors
    /// [`ConfigError`] naming the file or the key.
    pub fn load(path: &Path) -> Result<Self, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|e| ConfigError::Io {
            path: path.display().to_string(),
            reason: e.to_string(),
        })?;
        Self::parse(&text, &SystemResolver)
    }

    /// Parses and validates TOML text.
    ///
    /// # Errors
    /// [`ConfigError`] naming the key and the bad value.
    ///
    /// ```
    /// use ami_cluster::{ClusterConfig, SystemResolver};
    ///
    /// let cfg = ClusterConfig::parse(r#"
    ///     default = "node_1"
    ///     [servers.node_1]
    ///     host = "127.0.0.1"
    ///     username = "admin"
    ///     secret = "amp111"
    /// "#, &SystemResolver).unwrap();
    /// assert_eq!(cfg.servers[0].addr.port(), 5038);
    /// let err = ClusterConfig::parse("[options]\nconect_timeout = 5\n", &SystemResolver).unwrap_err();
    /// assert!(err.to_string().contains("conect_timeout"));
    /// ```
    pub fn parse(text: &str, resolver: &dyn Resolver) -> Result<Self, ConfigError> {
        let raw: RawConfig = toml::from_str(text).map_err(|e| syntax_error(&e, text))?;
        Self::validate(&raw, resolver)
    }

    /// Parses and validates TOML text; hostnames (allowed only with
    /// `enforce_ip_endpoints = false`) go to the system resolver, literal
    /// IPs to none.
    ///
    /// # Errors
    /// As [`parse`](Self::parse).
    pub fn from_toml(text: &str) -> Result<Self, ConfigError> {
        Self::parse(text, &SystemResolver)
    }

    /// A configuration built in code, with the TOML file's defaults and the
    /// very same validation (errors name the same keys).
    ///
    /// ```
    /// use ami_cluster::ClusterConfig;
    ///
    /// let cfg = ClusterConfig::builder()
    ///     .server("node_1", "127.0.0.1", 5038, "admin", "amp111")
    ///     .server_option("node_1", "auth", "md5")
    ///     .option("read_timeout", 20.0)
    ///     .default_server("node_1")
    ///     .build()
    ///     .unwrap();
    /// assert_eq!(cfg.servers[0].conn.read_timeout.as_secs(), 20);
    /// let err = ClusterConfig::builder()
    ///     .server("node_1", "127.0.0.1", 5038, "admin", "amp111")
    ///     .option("max_frame_size", 1)
    ///     .build()
    ///     .unwrap_err();
    /// assert!(err.to_string().contains("options.max_frame_size"));
    /// ```
    pub fn builder() -> ClusterConfigBuilder {
        ClusterConfigBuilder::default()
    }

    fn validate(raw: &RawConfig, resolver: &dyn Resolver) -> Result<Self, ConfigError> {
        let o = &raw.options;
        let redactor = Redactor::new(
            &o.redaction_keys,
            &o.redaction_key_patterns,
            &o.redaction_value_patterns,
        )
        .map_err(|e| invalid("options.redaction_*_patterns", &e.pattern, &e.reason))?;
        let tick = raw.listen.tick_timeout_ms;
        if !(0..=MAX_TICK_TIMEOUT_MS as i64).contains(&tick) {
            return Err(invalid("listen.tick_timeout_ms", tick, "must be 0..=250"));
        }
        apply_options(&mut ConnConfig::new("", "", ""), o)?;
        let mut servers = Vec::new();
        for (key, s) in &raw.servers {
            let k = |field: &str| format!("servers.{key}.{field}");
            if key.is_empty()
                || !key
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))
            {
                return Err(invalid(
                    format!("servers.{key}"),
                    key,
                    "server keys are letters, digits, '-', '_', '.'",
                ));
            }
            // Asterisk serves AMI over TLS on 5039 (manager.conf tlsbindaddr).
            let raw_port = s.port.unwrap_or(if s.tls { 5039 } else { 5038 });
            let port = u16::try_from(raw_port)
                .ok()
                .filter(|p| *p > 0)
                .ok_or_else(|| invalid(k("port"), raw_port, "must be 1..=65535"))?;
            let tls = tls_client(s, &k)?;
            let addr = match s.host.parse::<IpAddr>() {
                Ok(ip) => SocketAddr::new(ip, port),
                Err(_) if o.enforce_ip_endpoints => {
                    return Err(invalid(
                        k("host"),
                        &s.host,
                        "must be a literal IP address while options.enforce_ip_endpoints is true",
                    ));
                }
                Err(_) => *resolver
                    .resolve(&s.host, port)
                    .map_err(|reason| ConfigError::Resolve {
                        key: k("host"),
                        host: s.host.clone(),
                        reason,
                    })?
                    .first()
                    .ok_or_else(|| ConfigError::Resolve {
                        key: k("host"),
                        host: s.host.clone(),
                        reason: "no addresses".into(),
                    })?,
            };
            if s.username.is_empty() {
                return Err(invalid(k("username"), "\"\"", "must not be empty"));
            }
            let secret = match (&s.secret, &s.secret_env) {
                (Some(_), Some(_)) => {
                    return Err(invalid(
                        k("secret_env"),
                        "<redacted>",
                        "give secret or secret_env, not both",
                    ));
                }
                (Some(v), None) => v.clone(),
                (None, Some(var)) => std::env::var(var).map_err(|_| ConfigError::MissingEnv {
                    key: k("secret_env"),
                    var: var.clone(),
                })?,
                (None, None) => {
                    return Err(invalid(
                        k("secret"),
                        "nothing",
                        "a secret or secret_env is required",
                    ));
                }
            };
            let mut c = ConnConfig::new(key.clone(), s.username.clone(), secret);
            c.auth = match s.auth {
                RawAuth::Plain => AuthMethod::Plain,
                RawAuth::Md5 => AuthMethod::Md5,
            };
            if let Some(e) = &s.events {
                c.events = e.clone();
            }
            c.timeout = match s.timeout {
                Some(t) => seconds(&k("timeout"), t)?,
                None => Duration::from_secs(30),
            };
            c.write_buffer_limit = count(
                &k("write_buffer_limit"),
                s.write_buffer_limit.unwrap_or(o.write_buffer_limit),
                1024,
                MAX_BYTES,
            )?;
            apply_options(&mut c, o)?;
            c.redactor = redactor.clone();
            servers.push(ServerConfig {
                key: key.clone(),
                addr,
                conn: c,
                tls,
            });
        }
        if let Some(d) = &raw.default {
            if !raw.servers.contains_key(d) {
                return Err(invalid("default", d, "names no server in [servers]"));
            }
        }
        Ok(Self {
            default: raw.default.clone(),
            servers,
            tick_timeout_ms: tick as u64,
            enforce_ip_endpoints: o.enforce_ip_endpoints,
        })
    }
}

impl AmiClientManager {
    /// A manager with every configured server, the default set.
    ///
    /// # Errors
    /// When the selector cannot be created or a key repeats.
    pub fn from_config(cfg: &ClusterConfig) -> Result<Self, ClusterError> {
        let mut m = Self::new().map_err(|e| ClusterError::Io(e.to_string()))?;
        for s in &cfg.servers {
            m.add_server(s.clone())?;
        }
        m.set_tick_timeout_ms(cfg.tick_timeout_ms);
        if let Some(d) = &cfg.default {
            m.set_default(d)?;
        }
        Ok(m)
    }
}
