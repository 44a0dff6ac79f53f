#![allow(missing_docs)] // criterion_group! generates an undocumented function
//! Pipelined Ping round trips through the ami-conn state machine alone (no
//! sockets): send 64, take the bytes, feed the 64 responses, drain the 64
//! completions.

use std::hint::black_box;
use std::time::Instant;

use ami_conn::{Output, SendOptions};
use ami_proto::actions::Ping;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

const IN_FLIGHT: usize = 64;

fn pipelined_ping(c: &mut Criterion) {
    let now = Instant::now();
    let mut conn = bench::conn::ready_connection("bench", now);
    let ids: Vec<String> = (0..IN_FLIGHT).map(|i| format!("b-{i}")).collect();
    let mut replies = Vec::new();
    for id in &ids {
        replies.extend_from_slice(
            format!("Response: Success\r\nActionID: {id}\r\nPing: Pong\r\nTimestamp: 1795714685.123456\r\n\r\n").as_bytes(),
        );
    }
    let mut g = c.benchmark_group("conn");
    g.throughput(Throughput::Elements(IN_FLIGHT as u64));
    g.bench_function("pipelined_ping_64", |b| {
        b.iter(|| {
            for id in &ids {
                let opts = SendOptions::default().with_action_id(id.clone());
                conn.send(now, &Ping, opts).expect("send");
            }
            let n = conn.poll_transmit().map_or(0, <[u8]>::len);
            conn.transmitted(n);
            conn.handle_bytes(now, black_box(&replies));
            let mut done = 0;
            while let Some(o) = conn.poll_output() {
                if let Output::Completed { result, .. } = o {
                    assert!(result.is_ok());
                    done += 1;
                }
            }
            assert_eq!(done, IN_FLIGHT);
        })
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default();
    targets = pipelined_ping
}
criterion_main!(benches);
