//! The Python example producer (`examples/redis/producer.py`, redis-py)
//! against a worker, a simulator and a redis-server: 100 Originates through
//! the bus, 100 `ok` results, each Originate executed once.
//!
//! redis-py comes from a virtualenv in the target directory (`pip install
//! redis`, reused by later runs). When Python, venv or pip cannot provide
//! it, the test says why and passes, unless `AMI_REQUIRE_PY_REDIS` is set
//! (then it fails).

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use ami_sim::Sim;
use common::bus::*;
use common::*;

const REQUESTS: usize = 100;

/// Whether `python` can import redis-py.
fn has_redis_py(python: &Path) -> bool {
    Command::new(python)
        .args(["-c", "import redis"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// A Python with redis-py, or why there is none.
fn python_with_redis() -> Result<PathBuf, String> {
    let venv = Path::new(env!("CARGO_TARGET_TMPDIR")).join("py-redis-venv");
    let python = venv.join("bin").join("python");
    if has_redis_py(&python) {
        return Ok(python);
    }
    let _ = std::fs::remove_dir_all(&venv);
    let run = |cmd: &mut Command, what: &str| -> Result<(), String> {
        let o = cmd
            .output()
            .map_err(|e| format!("{what}: cannot run: {e}"))?;
        if o.status.success() {
            Ok(())
        } else {
            Err(format!(
                "{what} failed ({}): {}",
                o.status,
                String::from_utf8_lossy(&o.stderr).trim()
            ))
        }
    };
    run(
        Command::new("python3").arg("-m").arg("venv").arg(&venv),
        "python3 -m venv (Debian: apt-get install python3-venv)",
    )?;
    run(
        Command::new(&python).args([
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "redis",
        ]),
        "pip install redis",
    )?;
    if has_redis_py(&python) {
        Ok(python)
    } else {
        Err("redis-py installed but `import redis` fails".into())
    }
}

#[test]
fn python_producer_sends_100_originates_and_gets_100_results() {
    let python = match python_with_redis() {
        Ok(p) => p,
        Err(why) if std::env::var_os("AMI_REQUIRE_PY_REDIS").is_none() => {
            eprintln!(
                "SKIPPED: no Python with redis-py: {why} (set AMI_REQUIRE_PY_REDIS=1 to fail instead)"
            );
            return;
        }
        Err(why) => {
            panic!("AMI_REQUIRE_PY_REDIS is set and there is no Python with redis-py: {why}")
        }
    };
    let redis = Redis::start();
    let sim = Sim::builder()
        .call_duration(Duration::from_millis(20))
        .start()
        .unwrap();
    let path = config(sim.addr(), "");
    let url = format!("redis://127.0.0.1:{}", redis.port);
    let _worker = Reaper(vec![spawn_quiet(&[
        "listen",
        "--config",
        path.to_str().unwrap(),
        "--all",
        "--redis",
        &url,
        "--actions",
        "ami",
    ])]);
    let mut c = conn(&redis);
    wait_for(Duration::from_secs(20), "consumer groups created", || {
        redis::cmd("XINFO")
            .arg("GROUPS")
            .arg("ami:{pbx1}")
            .query::<redis::Value>(&mut c)
            .is_ok()
    });
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/redis/producer.py");
    let n = REQUESTS.to_string();
    let out = Command::new(&python)
        .arg(&script)
        .args([
            "--redis", &url, "--prefix", "ami", "--server", "pbx1", "-n", &n,
        ])
        .args(["--timeout", "30"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "producer: {}\n{stdout}\n{stderr}",
        out.status
    );
    let summary: serde_json::Value = serde_json::from_str(stdout.trim()).unwrap();
    assert_eq!(summary["results"]["ok"], REQUESTS, "{summary}");
    assert_eq!(summary["missing"], 0, "{summary}");
    // Each Originate reached the PBX once (the producer tags them req=RUN-i).
    let originates = sim
        .actions()
        .iter()
        .filter(|a| a.name.eq_ignore_ascii_case("Originate"))
        .filter(|a| a.get("Variable").is_some_and(|v| v.starts_with("req=")))
        .count();
    assert_eq!(originates, REQUESTS);
}
