//! `ami demo`: the worker against an embedded simulated Asterisk, so a new
//! user sees libami work with no configuration and no PBX.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use ami_cluster::AmiClientManager;
use ami_conn::ConnConfig;
use ami_proto::Redactor;
use ami_proto::actions::{Originate, QueueSummary};

use crate::Failure;
use crate::listen::{Worker, attach, stdout_writer, work};
use crate::output::Format;

/// Arguments of `ami demo`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// How long to run.
    #[arg(long, default_value_t = 10)]
    seconds: u64,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
    /// Show every event (default: the call milestones).
    #[arg(long)]
    all_events: bool,
}

const MILESTONES: &[&str] = &[
    "FullyBooted",
    "Newchannel",
    "DialBegin",
    "DialEnd",
    "BridgeEnter",
    "Hangup",
    "OriginateResponse",
    "UserEvent",
];

pub(crate) fn run(a: Args) -> Result<(), Failure> {
    let sim = ami_sim::Sim::builder()
        .user("admin", "amp111")
        .system_name("demo")
        .example_pbx()
        .calls_per_second(3.0)
        .call_duration(Duration::from_millis(1500))
        .start()
        .map_err(|e| Failure::runtime(format!("cannot start the simulator: {e}")))?;
    eprintln!(
        "ami demo: a simulated Asterisk 22 is listening on {} (user admin, 3 calls/s);",
        sim.addr()
    );
    eprintln!(
        "          libami connects, logs in, prints call events, originates a call and polls the queues.\n"
    );
    let mut m = AmiClientManager::new().map_err(|e| Failure::runtime(e.to_string()))?;
    let mut cfg = ConnConfig::new("demo", "admin", "amp111");
    cfg.auth = ami_conn::AuthMethod::Md5;
    m.add_server(ami_cluster::ServerConfig::new(sim.addr(), cfg))
        .map_err(|e| Failure::runtime(e.to_string()))?;
    let events: Vec<String> = if a.all_events {
        Vec::new()
    } else {
        MILESTONES.iter().map(|s| (*s).to_owned()).collect()
    };
    let writer = stdout_writer(crate::writer::DEFAULT_CAP)?;
    let out = attach(&mut m, &events, a.format, Redactor::default(), None, writer);

    let counts: Arc<Mutex<std::collections::BTreeMap<String, u64>>> = Arc::default();
    let c = counts.clone();
    m.on_any_event(move |_, ev| {
        *c.lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .entry(ev.message.event_name().unwrap_or_default().into_owned())
            .or_default() += 1;
    });
    m.wait_ready(&["demo"], Duration::from_secs(5))
        .map_err(|e| Failure::runtime(format!("embedded simulator: {e}")))?;
    // An async Originate: the outcome comes with its OriginateResponse.
    let _ = m.server("demo").and_then(|s| {
        let originate = Originate::extension("PJSIP/100", "from-internal", "200", "1")
            .asynchronous(true)
            .variable("CAMPAIGN", "demo");
        Ok(s.send(&originate)?
            .on_complete(|_, done| match done.result {
                Ok(o) => eprintln!(
                    "ami demo: Originate {} answered: {:?}",
                    done.action_id,
                    o.events
                        .first()
                        .and_then(|e| e.get_str("Channel").map(|c| c.into_owned()))
                ),
                Err(e) => eprintln!("ami demo: Originate {} failed: {e}", done.action_id),
            }))
    });
    let until = Instant::now() + Duration::from_secs(a.seconds);
    let mut next_summary = Instant::now();
    // (A closed stdout, `ami demo | head`, ends the demo early.)
    while Instant::now() < until && !out.reader_gone() {
        if Instant::now() >= next_summary {
            next_summary += Duration::from_secs(3);
            let _ = m.server("demo").and_then(|s| {
                Ok(s.send(&QueueSummary::new())?.on_complete(|_, done| {
                    if let Ok(o) = done.result {
                        let queues: Vec<String> = o
                            .events
                            .iter()
                            .map(|e| {
                                format!(
                                    "{} {} waiting, {}/{} agents free",
                                    e.get_str("Queue").unwrap_or_default(),
                                    e.get_str("Callers").unwrap_or_default(),
                                    e.get_str("Available").unwrap_or_default(),
                                    e.get_str("LoggedIn").unwrap_or_default()
                                )
                            })
                            .collect();
                        eprintln!("ami demo: QueueSummary: {}", queues.join("; "));
                    }
                }))
            });
        }
        m.tick_all(25)
            .map_err(|e| Failure::runtime(e.to_string()))?;
        out.drain();
    }
    let finish = Worker {
        tick_ms: 25,
        max_iterations: Some(0),
        until: None,
        stats_interval: None,
        metrics: None,
        publisher: None,
        gateway: None,
        idle: None,
    };
    work(&mut m, &finish, &out);
    let counts = counts
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let total: u64 = counts.values().sum();
    let top: Vec<String> = {
        let mut v: Vec<(&String, &u64)> = counts.iter().collect();
        v.sort_by(|a, b| b.1.cmp(a.1));
        v.iter().take(6).map(|(k, n)| format!("{k} {n}")).collect()
    };
    eprintln!(
        "\nami demo: {total} events in {}s ({}); logged off. Run `ami sim` and `ami listen` to try it on your own.",
        a.seconds,
        top.join(", ")
    );
    Ok(())
}
