//! `ami send`: one action, its response and events as JSON.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use ami_cluster::{ActionCompletion, AmiClientManager};
use ami_conn::{SendOptions, State};
use ami_proto::{Completion, GenericAction, Redactor};

use crate::{Failure, listen, load};

/// Arguments of `ami send`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// TOML config (falls back to $AMI_CONFIG).
    #[arg(long, env = "AMI_CONFIG")]
    config: PathBuf,
    /// The server (default: the config's default).
    #[arg(long)]
    server: Option<String>,
    /// Action timeout in milliseconds (default: the server's timeout).
    #[arg(long)]
    timeout: Option<u64>,
    /// The action name, e.g. Ping, QueueStatus, Command.
    action: String,
    /// Headers as Key=Value.
    headers: Vec<String>,
}

pub(crate) fn run(a: Args) -> Result<(), Failure> {
    let mut cfg = load(&a.config)?;
    let key = a
        .server
        .clone()
        .or_else(|| cfg.default.clone())
        .or_else(|| cfg.servers.first().map(|s| s.key.clone()));
    listen::select(&mut cfg, key.as_deref())?;
    let mut action = GenericAction::new(a.action.clone());
    for h in &a.headers {
        let (k, v) = h
            .split_once('=')
            .ok_or_else(|| Failure::usage(format!("header {h:?} is not Key=Value")))?;
        action = action.header(k, v);
    }
    let is = |n: &str| a.action.eq_ignore_ascii_case(n);
    let asynchronous = a.headers.iter().any(|h| {
        h.to_ascii_lowercase().starts_with("async=") && h[6..].eq_ignore_ascii_case("true")
    });
    action = action.completes_with(if is("Command") {
        Completion::Command
    } else if is("Originate") && asynchronous {
        Completion::AsyncOriginate
    } else {
        Completion::Response
    });
    let server = &cfg.servers[0];
    let (key, addr, budget) = (
        server.key.clone(),
        server.addr,
        server.conn.connect_timeout + Duration::from_secs(1),
    );
    let redactor = server.conn.redactor.clone();
    let mut m = AmiClientManager::from_config(&cfg).map_err(|e| Failure::runtime(e.to_string()))?;
    let start = Instant::now();
    while m.state(&key).ok() != Some(State::Ready) {
        if let Some(err) = m.health()[0].last_error.clone() {
            return Err(Failure::runtime(format!("server {key} ({addr}): {err}")));
        }
        if start.elapsed() > budget {
            return Err(Failure::runtime(format!(
                "server {key} ({addr}): not ready within {budget:?}"
            )));
        }
        m.tick_all(20)
            .map_err(|e| Failure::runtime(e.to_string()))?;
    }
    let done: Arc<Mutex<Option<ActionCompletion>>> = Arc::default();
    let d = done.clone();
    let mut opts = SendOptions::default();
    opts.timeout = a.timeout.map(Duration::from_millis);
    m.server(&key)
        .and_then(|s| {
            Ok(s.send_with_options(&action, opts)?
                .on_complete(move |_, c| {
                    *d.lock().unwrap_or_else(std::sync::PoisonError::into_inner) = Some(c)
                }))
        })
        .map_err(|e| Failure::runtime(e.to_string()))?;
    let completion = loop {
        if let Some(c) = done
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .take()
        {
            break c;
        }
        m.tick_all(20)
            .map_err(|e| Failure::runtime(e.to_string()))?;
    };
    m.close_all();
    let deadline = Instant::now() + Duration::from_millis(500);
    while !m.all_closed() && Instant::now() < deadline {
        m.tick_all(20)
            .map_err(|e| Failure::runtime(e.to_string()))?;
    }
    print_result(&redactor, &a.action, completion)
}

fn print_result(r: &Redactor, name: &str, c: ActionCompletion) -> Result<(), Failure> {
    match c.result {
        Ok(o) => {
            let events: Vec<_> = o.events.iter().map(|e| r.serializable(e)).collect();
            let doc = serde_json::json!({
                "server": &*c.server_key,
                "action_id": c.action_id.as_str(),
                "response": r.serializable(&o.response),
                "events": events,
                "list_end": o.list_end.as_ref().map(|e| r.serializable(e)),
                "output": o.output.as_ref().map(|out| out.lines().map(|l| l.into_owned()).collect::<Vec<_>>()),
            });
            crate::output::print_stdout(
                &serde_json::to_string_pretty(&doc).map_err(|e| Failure::runtime(e.to_string()))?,
            )
        }
        Err(e) => Err(Failure::runtime(format!(
            "{name} failed: {}",
            r.text(&e.to_string())
        ))),
    }
}
