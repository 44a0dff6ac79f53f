//! A tokio dialer on the async API: 10 simulated PBXs, 1,000 concurrent
//! async Originates awaited together (each completes with its
//! OriginateResponse), the calls' events consumed in another task.
//! `cargo run -p ami-tests --example tokio_dialer`

use std::time::{Duration, Instant};

use ami_cluster::prelude::*;
use ami_cluster::{AsyncManager, ServerConfig};
use futures_core::Stream;

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let sims: Vec<ami_sim::Sim> = (0..10)
        .map(|_| ami_sim::Sim::builder().example_pbx().start())
        .collect::<Result<_, _>>()?;
    let addrs: Vec<_> = sims.iter().map(ami_sim::Sim::addr).collect();
    let mut ami = AsyncManager::start(
        move || {
            let mut m = AmiClientManager::new().map_err(|e| ClusterError::Io(e.to_string()))?;
            for (i, addr) in addrs.into_iter().enumerate() {
                m.add_server(ServerConfig::new(
                    addr,
                    ConnConfig::new(format!("pbx{i}"), "admin", "amp111"),
                ))?;
            }
            m.wait_ready(&[], Duration::from_secs(10))?;
            Ok(m)
        },
        100_000,
    )?;
    // Events in another task: the calls' channels (an OriginateResponse is
    // the action's own outcome, not an event).
    let mut events = ami.take_events().ok_or("events taken")?;
    let counter = tokio::spawn(async move {
        let mut responses = 0usize;
        while let Some(ev) =
            std::future::poll_fn(|cx| std::pin::Pin::new(&mut events).poll_next(cx)).await
        {
            if ev.message.is_event_named("Newchannel") {
                responses += 1;
                if responses == 1000 {
                    break;
                }
            }
        }
        responses
    });
    let ami = std::sync::Arc::new(ami);
    let start = Instant::now();
    let calls: Vec<_> = (0..1000)
        .map(|i| {
            let ami = ami.clone();
            tokio::spawn(async move {
                let server = format!("pbx{}", i % 10);
                let originate = actions::Originate::extension(
                    format!("PJSIP/{}", 100 + i),
                    "from-internal",
                    "200",
                    "1",
                )
                .asynchronous(true);
                ami.send(Some(&server), originate).await
            })
        })
        .collect();
    let mut ok = 0;
    for call in calls {
        if call.await?.map(|done| done.result.is_ok()).unwrap_or(false) {
            ok += 1;
        }
    }
    let responses = tokio::time::timeout(Duration::from_secs(10), counter).await??;
    println!(
        "{ok}/1000 originates answered (OriginateResponse Success) in {:?}; {responses} Newchannel events",
        start.elapsed()
    );
    if let Ok(ami) = std::sync::Arc::try_unwrap(ami) {
        ami.shutdown().await;
    }
    Ok(())
}
