//! `ami`: the libami command line. `listen` is the long-lived worker
//! (events as NDJSON, optional Redis bridge and metrics endpoint), `send`
//! runs one action, `check` validates a config, `demo` runs everything on an
//! embedded simulator, `sim` runs the simulator alone.
//!
//! Exit codes: 0 success (and clean stop on SIGINT/SIGTERM); 1 the action or
//! the connection failed; 2 bad arguments or configuration.

mod bus;
mod demo;
mod http;
mod listen;
mod logger;
mod output;
mod send;
mod signal;
mod writer;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use ami_cluster::{ClusterConfig, ConfigError};
use clap::{Parser, Subcommand};

/// libami: an Asterisk Manager Interface engine.
#[derive(Debug, Parser)]
#[command(name = "ami", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Cmd,
}

#[derive(Debug, Subcommand)]
enum Cmd {
    /// Run the worker: keep every selected server connected and print its events.
    Listen(Box<listen::Args>),
    /// Send one action and print the response and collected events as JSON.
    Send(send::Args),
    /// Validate a config and print it (secrets redacted).
    Check {
        /// TOML config (falls back to $AMI_CONFIG).
        #[arg(long, env = "AMI_CONFIG")]
        config: PathBuf,
    },
    /// Run the worker against an embedded simulated Asterisk: no config, no PBX.
    Demo(demo::Args),
    /// Run the simulated Asterisk alone, for your own tools.
    Sim(SimArgs),
}

/// Arguments of `ami sim`.
#[derive(Debug, clap::Args)]
struct SimArgs {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:5038")]
    listen: SocketAddr,
    /// A user with full permission, NAME:SECRET (repeatable; default admin:amp111).
    #[arg(long = "user")]
    users: Vec<String>,
    /// A read-only user, NAME:SECRET (repeatable).
    #[arg(long = "reader")]
    readers: Vec<String>,
    /// Asterisk version to announce.
    #[arg(long, default_value = "22.10.1")]
    version: String,
    /// Answer Command in the legacy (Asterisk 13) style.
    #[arg(long)]
    legacy_commands: bool,
    /// Generated calls per second.
    #[arg(long, default_value_t = 0.0)]
    calls_per_second: f64,
    /// Start with no queues and no endpoints (by default the simulator has
    /// the example PBX's queues and endpoints, so QueueStatus and
    /// PJSIPShowEndpoints answer something real-shaped).
    #[arg(long)]
    empty_pbx: bool,
    /// The example PBX: now the default, accepted so older scripts still run.
    #[arg(long, hide = true, conflicts_with = "empty_pbx")]
    example_pbx: bool,
}

/// A failure with its exit code; printed as one line.
#[derive(Debug)]
pub(crate) struct Failure {
    pub(crate) code: u8,
    pub(crate) message: String,
}

impl Failure {
    pub(crate) fn usage(message: impl Into<String>) -> Self {
        Self {
            code: 2,
            message: message.into(),
        }
    }

    pub(crate) fn runtime(message: impl Into<String>) -> Self {
        Self {
            code: 1,
            message: message.into(),
        }
    }
}

impl From<ConfigError> for Failure {
    fn from(e: ConfigError) -> Self {
        Self::usage(e.to_string())
    }
}

/// Loads and validates the config.
pub(crate) fn load(path: &std::path::Path) -> Result<ClusterConfig, Failure> {
    Ok(ClusterConfig::load(path)?)
}

fn split_user(flag: &str, v: &str) -> Result<(String, String), Failure> {
    v.split_once(':')
        .map(|(a, b)| (a.to_owned(), b.to_owned()))
        .ok_or_else(|| Failure::usage(format!("{flag}: expected NAME:SECRET")))
}

fn sim(a: SimArgs) -> Result<(), Failure> {
    // Shaped like a real Asterisk 22: SuccessfulAuth after login, Local/
    // originates with both halves and their events.
    let mut b = ami_sim::Sim::builder()
        .listen(a.listen)
        .version(&a.version)
        .calls_per_second(a.calls_per_second)
        .security_events(true)
        .local_channel_pairs(true);
    for u in &a.users {
        let (n, s) = split_user("--user", u)?;
        b = b.user(&n, &s);
    }
    for u in &a.readers {
        let (n, s) = split_user("--reader", u)?;
        b = b.reader(&n, &s);
    }
    if a.legacy_commands {
        b = b.command_style(ami_sim::CommandStyle::Legacy);
    }
    if a.example_pbx || !a.empty_pbx {
        b = b.example_pbx();
    }
    let sim = b
        .start()
        .map_err(|e| Failure::runtime(format!("cannot listen on {}: {e}", a.listen)))?;
    output::print_stdout(&format!(
        "ami sim: listening on {} (Ctrl-C to stop)",
        sim.addr()
    ))?;
    signal::install();
    while !signal::stopping() {
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    Ok(())
}

fn check(path: &std::path::Path) -> Result<(), Failure> {
    let cfg = load(path)?;
    let servers: Vec<serde_json::Value> = cfg
        .servers
        .iter()
        .map(|s| {
            let c = &s.conn;
            serde_json::json!({
                "key": s.key,
                "address": s.addr.to_string(),
                "username": c.username,
                "secret": ami_proto::MASK,
                "auth": format!("{:?}", c.auth).to_lowercase(),
                "events": c.events,
                "timeout_ms": c.timeout.as_millis() as u64,
                "connect_timeout_ms": c.connect_timeout.as_millis() as u64,
                "read_timeout_ms": c.read_timeout.as_millis() as u64,
                "heartbeat_interval_ms": c.heartbeat_interval.as_millis() as u64,
                "max_frame_size": c.max_frame_size,
                "max_action_id_length": c.max_action_id_length,
                "max_pending_actions": c.max_pending_actions,
                "write_buffer_limit": c.write_buffer_limit,
                "event_queue_capacity": c.event_queue_capacity,
                "event_drop_log_interval_ms": c.event_drop_log_interval.as_millis() as u64,
                "circuit_failure_threshold": c.circuit.failure_threshold,
                "circuit_cooldown_ms": c.circuit.cooldown.as_millis() as u64,
                "circuit_half_open_max_probes": c.circuit.half_open_max_probes,
                "max_action_bytes": c.max_action_bytes,
                "max_list_items": c.max_list_items,
                "backoff_base_ms": c.backoff.base.as_millis() as u64,
                "backoff_max_ms": c.backoff.max.as_millis() as u64,
                "backoff_reset_after_ms": c.backoff_reset_after.as_millis() as u64,
                "tls": s.tls.as_ref().map(|t| {
                    let o = t.options();
                    serde_json::json!({
                        "server_name": t.server_name(),
                        "ca_file": o.ca_file.as_ref().map(|p| p.display().to_string()),
                        "pin_sha256": o.pin_sha256,
                        "client_cert": o.client_cert.as_ref().map(|p| p.display().to_string()),
                        "client_key": o.client_key.as_ref().map(|p| p.display().to_string()),
                    })
                }),
            })
        })
        .collect();
    let doc = serde_json::json!({
        "default": cfg.default,
        "enforce_ip_endpoints": cfg.enforce_ip_endpoints,
        "tick_timeout_ms": cfg.tick_timeout_ms,
        "servers": servers,
    });
    output::print_stdout(
        &serde_json::to_string_pretty(&doc).map_err(|e| Failure::runtime(e.to_string()))?,
    )
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    // The long-running commands report the engine's warnings; `send` and
    // `check` end with one line saying what failed.
    if matches!(cli.command, Cmd::Listen(_) | Cmd::Demo(_)) {
        logger::install();
    }
    // rustls needs one crypto provider for rediss://; ring is the one built
    // in (an error means one is already installed, which is as good).
    let _ = rustls::crypto::ring::default_provider().install_default();
    let res = match cli.command {
        Cmd::Listen(a) => listen::run(*a),
        Cmd::Send(a) => send::run(a),
        Cmd::Check { config } => check(&config),
        Cmd::Demo(a) => demo::run(a),
        Cmd::Sim(a) => sim(a),
    };
    match res {
        Ok(()) => ExitCode::SUCCESS,
        Err(f) => {
            // The message may quote the server (an error reply): escaped.
            logger::stderr_lines(&f.message);
            ExitCode::from(f.code)
        }
    }
}
