//! The kill test: 3 sharded workers x 30 simulated servers, Originate
//! requests through the bus, one worker SIGKILLed mid-run and restarted
//! under a new consumer name. Every request gets exactly one result entry,
//! none is lost, and none reaches a PBX twice (the simulators' action
//! logs). Requests the killed worker had sent but not answered get
//! `unknown` (they may or may not have run: never resent), at most
//! `--max-inflight` of them. Meanwhile the workers publish the servers'
//! `Newchannel` events to one stream: each server's events arrive in the
//! order the server numbered its channels, across the kill and restart.

mod common;

use std::collections::HashMap;
use std::time::{Duration, Instant};

use ami_sim::Sim;
use common::bus::*;
use common::*;

const SERVERS: usize = 30;
const WORKERS: usize = 3;
/// Requests a worker holds at once: the bound on `unknown` answers when it dies.
const MAX_INFLIGHT: &str = "500";

fn requests() -> usize {
    std::env::var("AMI_KILL_TEST_REQUESTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000)
}

fn worker(path: &str, url: &str, shard: usize, consumer: &str) -> std::process::Child {
    let shard = format!("{shard}/{WORKERS}");
    spawn_quiet(&[
        "listen",
        "--config",
        path,
        "--shard",
        &shard,
        "--redis",
        url,
        "--actions",
        "kt",
        "--consumer",
        consumer,
        "--claim-idle-ms",
        "1000",
        "--max-inflight",
        MAX_INFLIGHT,
        "--stream",
        EVENTS,
        "--stream-maxlen",
        "10000000",
        "--event",
        "Newchannel",
    ])
}

/// The stream the workers publish events to.
const EVENTS: &str = "kt:events";

/// Checks that each server's `Newchannel` events are in the stream in the
/// order the simulator created the channels (the counter ending its
/// `Uniqueid`, `EPOCH.N`); returns the events per server.
fn events_in_order(c: &mut redis::Connection) -> HashMap<String, usize> {
    let mut last: HashMap<String, u64> = HashMap::new();
    let mut count: HashMap<String, usize> = HashMap::new();
    for (id, e) in xrange(c, EVENTS) {
        let json: serde_json::Value = serde_json::from_str(field(&e, "event").unwrap()).unwrap();
        let server = json["server"].as_str().unwrap().to_owned();
        let uid = json["headers"]["Uniqueid"].as_str().unwrap();
        let n: u64 = uid.rsplit('.').next().unwrap().parse().unwrap();
        if let Some(prev) = last.insert(server.clone(), n) {
            assert!(
                n > prev,
                "{server}: channel {n} after {prev} (entry {id}): events out of order"
            );
        }
        *count.entry(server).or_default() += 1;
    }
    count
}

#[test]
fn sigkill_mid_run_every_request_one_result_none_executed_twice() {
    let n = requests();
    let redis = Redis::start();
    let sims: Vec<Sim> = (0..SERVERS)
        .map(|_| {
            Sim::builder()
                .call_duration(Duration::from_millis(20))
                .start()
                .unwrap()
        })
        .collect();
    let path = multi_config(&sims.iter().map(Sim::addr).collect::<Vec<_>>(), 3);
    let p = path.to_str().unwrap();
    let url = format!("redis://127.0.0.1:{}", redis.port);
    let mut workers = Reaper(
        (0..WORKERS)
            .map(|i| worker(p, &url, i, &format!("w{i}")))
            .collect(),
    );
    let mut c = conn(&redis);
    let started = Instant::now();
    // The producer: pipelined XADDs, 200 at a time, round robin over servers.
    let url2 = url.clone();
    let producer = std::thread::spawn(move || {
        let mut c = redis::Client::open(url2).unwrap().get_connection().unwrap();
        for chunk in (0..n).collect::<Vec<_>>().chunks(200) {
            let mut p = redis::pipe();
            for &i in chunk {
                let (id, var) = (format!("r{i}"), format!("req=r{i}"));
                p.cmd("XADD")
                    .arg(format!("kt:{{pbx{}}}", i % SERVERS))
                    .arg("*")
                    .arg("id")
                    .arg(&id)
                    .arg("action")
                    .arg("Originate")
                    .arg("Channel")
                    .arg("PJSIP/100")
                    .arg("Context")
                    .arg("default")
                    .arg("Exten")
                    .arg("200")
                    .arg("Priority")
                    .arg("1")
                    .arg("Async")
                    .arg("true")
                    .arg("Variable")
                    .arg(&var)
                    .ignore();
            }
            let _: () = p.query(&mut c).unwrap();
            // Spread the load so the kill lands mid-run.
            std::thread::sleep(Duration::from_millis(10));
        }
    });
    // Kill worker 1 once a third of the results are in, restart it.
    let len = |c: &mut redis::Connection| -> usize {
        redis::cmd("XLEN").arg("kt:results").query(c).unwrap()
    };
    wait_for(Duration::from_secs(120), "a third of the results", || {
        len(&mut c) >= n / 3
    });
    let _ = workers.0[1].kill();
    let _ = workers.0[1].wait();
    let at_kill = len(&mut c);
    workers.0[1] = worker(p, &url, 1, "w1-restarted");
    producer.join().unwrap();
    let results = wait_entries(&mut c, "kt:results", n, Duration::from_secs(180));
    let elapsed = started.elapsed();
    // Exactly one result per request.
    let mut per_id: HashMap<String, Vec<&Entry>> = HashMap::new();
    for (_, e) in &results {
        per_id
            .entry(field(e, "id").unwrap_or("").to_owned())
            .or_default()
            .push(e);
    }
    let dup: Vec<_> = per_id
        .iter()
        .filter(|(_, v)| v.len() > 1)
        .map(|(k, _)| k)
        .take(5)
        .collect();
    assert!(
        dup.is_empty(),
        "requests with more than one result: {dup:?}"
    );
    assert_eq!(per_id.len(), n, "every request answered");
    // None executed twice; every ok one executed once.
    let mut executed: HashMap<String, usize> = HashMap::new();
    for s in &sims {
        for a in s.actions() {
            if a.name.eq_ignore_ascii_case("Originate") {
                if let Some(v) = a.get("Variable") {
                    *executed
                        .entry(v.trim_start_matches("req=").to_owned())
                        .or_default() += 1;
                }
            }
        }
    }
    let twice: Vec<_> = executed.iter().filter(|(_, n)| **n > 1).take(5).collect();
    assert!(twice.is_empty(), "executed twice: {twice:?}");
    let mut status: HashMap<String, usize> = HashMap::new();
    for (id, v) in &per_id {
        let st = field(v[0], "status").unwrap_or("?").to_owned();
        if st == "ok" {
            assert_eq!(executed.get(id), Some(&1), "{id} ok but not executed once");
        }
        if st == "not_sent" {
            assert_eq!(executed.get(id), None, "{id} not_sent but executed");
        }
        *status.entry(st).or_default() += 1;
    }
    let ran_unknown = per_id
        .iter()
        .filter(|(id, v)| field(v[0], "status") == Some("unknown") && executed.contains_key(*id))
        .count();
    let mut unknown_by: HashMap<String, usize> = HashMap::new();
    for v in per_id.values() {
        if field(v[0], "status") == Some("unknown") {
            let who = field(v[0], "error")
                .unwrap_or("")
                .split(' ')
                .nth(1)
                .unwrap_or("?")
                .to_owned();
            *unknown_by.entry(who).or_default() += 1;
        }
    }
    eprintln!("unknown by consumer: {unknown_by:?}");
    eprintln!(
        "kill test: {n} requests, {} results in {elapsed:.1?}; killed at {at_kill} results; statuses {status:?}; \
         unknown that had run: {ran_unknown}; executed {}",
        results.len(),
        executed.len()
    );
    // Only what the killed worker held can end unknown; the rest ran. A
    // read takes at most the room left, or one entry per stream when less
    // room is left than the worker has streams (its servers', the routed).
    let unknown = status.get("unknown").copied().unwrap_or(0);
    let bound: usize = MAX_INFLIGHT.parse::<usize>().unwrap() + SERVERS + 1;
    assert!(unknown <= bound, "{status:?}");
    // Events: every server's, each server's in order.
    let per_server = events_in_order(&mut c);
    assert_eq!(per_server.len(), SERVERS, "events of every server");
    eprintln!(
        "kill test: {} Newchannel events in order",
        per_server.values().sum::<usize>()
    );
    assert_eq!(
        status.get("ok").copied().unwrap_or(0) + unknown,
        n,
        "{status:?}"
    );
}
