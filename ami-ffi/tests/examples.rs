//! The example dialers (C, Python, Go) run against ami-sim and report every
//! call answered and hung up.

mod common;

use common::lib_dir;

use std::path::PathBuf;
use std::process::{Command, Output};
use std::time::Duration;

use ami_sim::Sim;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

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
    let lib = lib_dir();
    let status = Command::new("cc")
        .args(["-std=c11", "-Wall", "-Wextra", "-Werror", "-o"])
        .arg(&bin)
        .arg(root().join("examples/c/dialer.c"))
        .arg(format!("-I{}", root().join("include").display()))
        .arg(format!("-L{}", lib.display()))
        .arg(format!("-Wl,-rpath,{}", lib.display()))
        .arg("-lami")
        .status()
        .unwrap();
    assert!(status.success());
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
    let cache = std::env::temp_dir().join("ami-go-cache");
    let out = Command::new("go")
        .args(["run", "."])
        .arg(s.addr().to_string())
        .arg("10")
        .current_dir(root().join("examples/go"))
        .env("CGO_ENABLED", "1")
        .env(
            "CGO_LDFLAGS",
            format!("-L{0} -Wl,-rpath,{0}", lib_dir().display()),
        )
        .env("GOFLAGS", "-mod=mod")
        .env("GOPROXY", "off")
        .env("GOCACHE", cache.join("build"))
        .env("GOPATH", cache.join("path"))
        .output()
        .unwrap();
    check("go", out);
}
