//! The AsyncManager under tokio and under a plain `block_on` (pollster):
//! concurrent sends awaited, events from the stream, drops counted, a clean
//! shutdown with Logoff.

use std::pin::Pin;
use std::task::Context;
use std::time::Duration;

use ami_cluster::prelude::*;
use ami_cluster::{AsyncManager, ServerConfig};
use ami_tests::{cfg, sim};
use futures_core::Stream;

fn start(addr: std::net::SocketAddr, capacity: usize) -> AsyncManager {
    AsyncManager::start(
        move || {
            let mut m = AmiClientManager::new().map_err(|e| ClusterError::Io(e.to_string()))?;
            m.add_server(ServerConfig::new(addr, cfg("a")))?;
            m.wait_ready(&[], Duration::from_secs(10))?;
            Ok(m)
        },
        capacity,
    )
    .expect("async manager")
}

/// The next item of a stream (a tiny `StreamExt::next`).
async fn next<S: Stream + Unpin>(s: &mut S) -> Option<S::Item> {
    std::future::poll_fn(|cx: &mut Context<'_>| Pin::new(&mut *s).poll_next(cx)).await
}

#[test]
fn tokio_concurrent_sends_and_events() {
    let s = sim();
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let mut ami = start(s.addr(), 10_000);
        let mut events = ami.take_events().unwrap();
        let ami = std::sync::Arc::new(ami);
        let tasks: Vec<_> = (0..200)
            .map(|i| {
                let ami = ami.clone();
                tokio::spawn(async move {
                    let action = actions::UserEvent::new(format!("Async{i}"));
                    ami.send(Some("a"), action).await
                })
            })
            .collect();
        let mut ok = 0;
        for t in tasks {
            let done = t.await.unwrap().expect("sent");
            assert!(done.result.is_ok());
            assert!(done.latency.is_some());
            ok += 1;
        }
        assert_eq!(ok, 200);
        // The UserEvents come back through the stream.
        let mut seen = 0;
        while seen < 200 {
            let ev = tokio::time::timeout(Duration::from_secs(10), next(&mut events))
                .await
                .expect("events keep coming")
                .expect("stream open");
            if ev.message.is_event_named("UserEvent") {
                seen += 1;
            }
        }
        // A refused send is an error, not a hang.
        let err = ami.send(Some("nope"), actions::Ping).await.unwrap_err();
        assert_eq!(err, ClusterError::UnknownServer("nope".into()));
        let ami = std::sync::Arc::try_unwrap(ami).expect("last owner");
        ami.shutdown().await;
    });
    assert!(
        s.wait_until(Duration::from_secs(5), |snap| snap
            .actions
            .iter()
            .any(|a| a.name == "Logoff")),
        "shutdown logged off"
    );
}

#[test]
fn block_on_without_a_runtime_and_a_full_stream_counts_drops() {
    let s = sim();
    let mut ami = start(s.addr(), 4);
    let _events_never_read = ami.take_events().unwrap();
    pollster::block_on(async {
        for i in 0..20 {
            let done = ami
                .send(Some("a"), actions::UserEvent::new(format!("Fill{i}")))
                .await
                .expect("sent");
            assert!(done.result.is_ok());
        }
    });
    let start = std::time::Instant::now();
    while ami.dropped_events() < 10 {
        assert!(
            start.elapsed() < ami_tests::LIMIT,
            "drops counted: {}",
            ami.dropped_events()
        );
        std::thread::sleep(Duration::from_millis(10));
    }
    pollster::block_on(ami.shutdown());
}

#[test]
fn hostile_shutdown_with_sends_in_flight_resolves_every_future() {
    // A server that never answers Ping: 100 sends wait; shutdown must still
    // resolve each future exactly once (connection lost, or closed for
    // those still queued), never leave one hanging.
    let s = sim();
    s.set_fault(
        ami_sim::Target::New,
        ami_sim::Fault::NeverAnswer("Ping".into()),
    );
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let ami = std::sync::Arc::new(start(s.addr(), 16));
        let sends: Vec<_> = (0..100)
            .map(|_| {
                let ami = ami.clone();
                tokio::spawn(async move { ami.send(Some("a"), actions::Ping).await })
            })
            .collect();
        // Stop once the server holds unanswered Pings.
        let waiting = tokio::task::block_in_place(|| {
            s.wait_until(ami_tests::LIMIT, |snap| {
                snap.actions.iter().filter(|a| a.name == "Ping").count() >= 50
            })
        });
        assert!(waiting, "the Pings reached the server");
        ami.stop();
        let mut lost = 0;
        for t in sends {
            let r = tokio::time::timeout(Duration::from_secs(10), t)
                .await
                .expect("every send resolves")
                .unwrap();
            match r {
                Ok(done) => {
                    assert!(
                        done.result.is_err(),
                        "a Ping the server never answered succeeded"
                    );
                    lost += 1;
                }
                // Gone with the manager, or still queued when it began to
                // log off and refused (not Ready): resolved either way.
                Err(ClusterError::Closed | ClusterError::Send(_)) => lost += 1,
                Err(e) => panic!("{e}"),
            }
        }
        assert_eq!(lost, 100);
    });
}
