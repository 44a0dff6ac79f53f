#![allow(missing_docs)] // criterion_group! generates an undocumented function
//! Sequential Ping round trips: `AsyncManager::send(..).await` (under a
//! plain `block_on`) against the synchronous manager driven in the same
//! thread, same run, same simulator. Target: async at least 80% of sync.

use std::time::Duration;

use ami_cluster::{ActionFailure, AmiClientManager, AsyncManager, ServerConfig};
use ami_conn::ConnConfig;
use ami_proto::actions::Ping;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn conn() -> ConnConfig {
    let mut c = ConnConfig::new("a", "admin", "amp111");
    c.events = "off".into();
    c
}

fn ping(c: &mut Criterion) {
    let sim = ami_sim::Sim::builder()
        .record_actions(false)
        .start()
        .expect("sim");
    let addr = sim.addr();
    let mut sync = AmiClientManager::new().expect("manager");
    sync.add_server(ServerConfig::new(addr, conn()))
        .expect("server");
    sync.wait_ready(&[], Duration::from_secs(10))
        .expect("ready");
    let ami = AsyncManager::start(
        move || {
            let mut m = AmiClientManager::new()
                .map_err(|e| ami_cluster::ClusterError::Io(e.to_string()))?;
            m.add_server(ServerConfig::new(addr, conn()))?;
            m.wait_ready(&[], Duration::from_secs(10))?;
            Ok(m)
        },
        16,
    )
    .expect("async manager");

    let mut g = c.benchmark_group("async_ping");
    g.throughput(Throughput::Elements(1));
    g.bench_function("sync_sequential", |b| {
        b.iter(|| {
            let id = sync
                .server("a")
                .expect("server")
                .send(&Ping)
                .expect("send")
                .to_pull_queue()
                .action_id;
            loop {
                sync.tick_all(5).expect("tick");
                if sync.next_completion().is_some_and(|c| c.action_id == id) {
                    break;
                }
            }
        })
    });
    g.bench_function("async_sequential", |b| {
        b.iter(|| {
            let done = pollster::block_on(ami.send(Some("a"), Ping)).expect("sent");
            assert!(!matches!(done.result, Err(ActionFailure::NotSent(_))));
        })
    });
    g.finish();
    pollster::block_on(ami.shutdown());
}

criterion_group!(benches, ping);
criterion_main!(benches);
