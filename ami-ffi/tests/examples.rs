//! The example dialers (C, Python, Go) run against ami-sim and report every
//! call answered and hung up.

mod common;

use common::{compile_c, go, lib_dir, root};

use std::process::{Command, Output};
use std::time::Duration;

use ami_sim::Sim;

fn sim() -> Sim {
    Sim::builder()
        .call_duration(Duration::from_millis(50))
        .start()
        .unwrap()
}

fn check(name: &str, out: Output) {
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{name}: {stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("dialer: 10 originated, 10 answered, 0 failed, 10 hangups"),
        "{name}: {stdout}"
    );
}

#[test]
fn c_dialer() {
    let s = sim();
    let bin = lib_dir().join("example_dialer_c");
    compile_c("examples/c/dialer.c", &bin);
    check(
        "c",
        Command::new(&bin)
            .arg(s.addr().to_string())
            .arg("10")
            .output()
            .unwrap(),
    );
}

#[test]
fn python_dialer() {
    let s = sim();
    let out = Command::new("python3")
        .arg(root().join("examples/python/dialer.py"))
        .arg(s.addr().to_string())
        .arg("10")
        .env("AMI_LIB", lib_dir().join("libami.so"))
        .output()
        .unwrap();
    check("python", out);
}

#[test]
fn go_dialer() {
    let s = sim();
    let out = go("examples/go")
        .args(["run", "."])
        .arg(s.addr().to_string())
        .arg("10")
        .output()
        .unwrap();
    check("go", out);
}
