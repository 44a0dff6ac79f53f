#![allow(missing_docs)] // criterion_group! generates an undocumented function
//! Events per second through the pull API from C (a C program linked to
//! libami.so, driven over stdin/stdout) against the same pull loop in Rust,
//! in the same run, on one ami-sim burst each. Target: C at least 70% of Rust.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use ami_cluster::AmiClientManager;
use ami_conn::{ConnConfig, State};
use ami_sim::{Sim, Target};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

const EVENTS: u64 = 200_000;

fn lib_dir() -> PathBuf {
    std::env::current_exe()
        .unwrap()
        .parent()
        .and_then(Path::parent)
        .unwrap()
        .to_path_buf()
}

/// The simulator connection ids, oldest first.
fn conns(sim: &Sim) -> Vec<u64> {
    let mut ids: Vec<u64> = sim.connections().iter().map(|c| c.id).collect();
    ids.sort_unstable();
    ids
}

fn pull(c: &mut Criterion) {
    let sim = Sim::builder()
        .write_timeout(Duration::from_secs(10))
        .record_actions(false)
        .start()
        .expect("sim");
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    // A bench build links the rlib only: build libami.so (release) first.
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let built = Command::new(cargo)
        .args(["build", "--release", "-p", "ami-ffi"])
        .status()
        .expect("cargo")
        .success();
    assert!(built, "cargo build --release -p ami-ffi");
    let bin = lib_dir().join("ami_pull_bench_c");
    let lib = lib_dir();
    // libami.so's soname is versioned (build.rs): let the loader find it.
    let soname = match env!("CARGO_PKG_VERSION_MAJOR") {
        "0" => format!("libami.so.0.{}", env!("CARGO_PKG_VERSION_MINOR")),
        major => format!("libami.so.{major}"),
    };
    let _ = std::os::unix::fs::symlink("libami.so", lib.join(soname));
    let ok = Command::new("cc")
        .args(["-O2", "-std=c11", "-Wall", "-Wextra", "-Werror", "-o"])
        .arg(&bin)
        .arg(root.join("benches/c/pull_bench.c"))
        .arg(format!("-I{}", root.join("../include").display()))
        .arg(format!("-L{}", lib.display()))
        .arg(format!("-Wl,-rpath,{}", lib.display()))
        .arg("-lami")
        .status()
        .expect("cc")
        .success();
    assert!(ok, "compiling the C driver");

    // Rust side: the same pull loop on AmiClientManager.
    let mut cfg = ConnConfig::new("a", "admin", "amp111");
    cfg.event_queue_capacity = 100_000;
    let mut m = AmiClientManager::new().expect("manager");
    m.add_server(ami_cluster::ServerConfig::new(sim.addr(), cfg))
        .expect("server");
    m.enable_event_pull();
    while m.state("a").ok() != Some(State::Ready) {
        m.tick_all(10).expect("tick");
    }
    for _ in 0..20 {
        m.tick_all(5).expect("tick");
    }
    while m.next_event().is_some() {}
    let rust_conn = conns(&sim)[0];

    let mut child = Command::new(&bin)
        .arg(sim.addr().to_string())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("driver");
    let mut stdin = child.stdin.take().expect("stdin");
    let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
    let mut line = String::new();
    stdout.read_line(&mut line).expect("ready");
    assert_eq!(line.trim(), "ready");
    let c_conn = *conns(&sim).last().expect("driver connection");

    let mut g = c.benchmark_group("ffi_pull");
    g.throughput(Throughput::Elements(EVENTS));
    g.sample_size(10);
    g.measurement_time(Duration::from_secs(10));
    g.bench_function("rust_next_event", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                let start = Instant::now();
                std::thread::scope(|s| {
                    s.spawn(|| sim.burst(Target::Conn(rust_conn), EVENTS, Duration::from_secs(60)));
                    let mut n = 0u64;
                    let mut done = false;
                    while !done {
                        m.tick_all(1).expect("tick");
                        while let Some(ev) = m.next_event() {
                            n += 1;
                            done |= ev.message.is_event_named("SimBurstComplete");
                        }
                    }
                    assert_eq!(n, EVENTS + 1);
                });
                total += start.elapsed();
            }
            total
        })
    });
    g.bench_function("c_next_event", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                let start = Instant::now();
                writeln!(stdin, "go").expect("go");
                stdin.flush().expect("flush");
                sim.burst(Target::Conn(c_conn), EVENTS, Duration::from_secs(60));
                line.clear();
                stdout.read_line(&mut line).expect("done");
                total += start.elapsed();
                assert_eq!(line.trim(), format!("done {}", EVENTS + 1));
            }
            total
        })
    });
    g.finish();
    drop(stdin);
    let _ = child.wait();
}

criterion_group! {
    name = benches;
    config = Criterion::default();
    targets = pull
}
criterion_main!(benches);
