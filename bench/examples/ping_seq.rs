//! Sequential Pings through the manager, for counting system calls per
//! round trip: `strace -f -c` (or `-o` and count the main thread's lines).
//! Usage: `ping_seq [N]` (default 10,000).

use std::time::{Duration, Instant};

use ami_cluster::AmiClientManager;
use ami_conn::{ConnConfig, State};
use ami_proto::actions::Ping;

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(10_000);
    let sim = ami_sim::Sim::builder()
        .record_actions(false)
        .start()
        .expect("sim");
    let mut cfg = ConnConfig::new("a", "admin", "amp111");
    cfg.events = "off".into();
    let mut m = AmiClientManager::new().expect("manager");
    m.add_server(ami_cluster::ServerConfig::new(sim.addr(), cfg))
        .expect("server");
    while m.state("a").ok() != Some(State::Ready) {
        m.tick_all(10).expect("tick");
    }
    for _ in 0..20 {
        m.tick_all(1).expect("tick");
    }
    eprintln!("ping_seq: start pid {}", std::process::id());
    let start = Instant::now();
    for _ in 0..n {
        let id = m
            .server("a")
            .expect("server")
            .send(&Ping)
            .expect("send")
            .to_pull_queue()
            .action_id;
        loop {
            m.tick_all(5).expect("tick");
            if m.next_completion().is_some_and(|c| c.action_id == id) {
                break;
            }
        }
    }
    let took = start.elapsed();
    eprintln!(
        "ping_seq: {n} round trips in {took:?} ({:?} each)",
        took / n as u32
    );
    let _ = Duration::ZERO;
}
