//! The Go cgo binding (bindings/go) with `go test` against ami-sim.

mod common;

use common::lib_dir;

use std::path::PathBuf;
use std::process::Command;

use ami_sim::{Fault, Sim, Target};

#[test]
fn go_binding_against_the_simulator() {
    let lib_dir = lib_dir();
    let sim = Sim::builder().example_pbx().start().unwrap();
    sim.set_fault(Target::New, Fault::NeverAnswer("Getvar".into()));
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../bindings/go");
    let cache = std::env::temp_dir().join("ami-go-cache");
    let out = Command::new("go")
        .args(["test", "-count=1", "-v", "./..."])
        .current_dir(&dir)
        .env("CGO_ENABLED", "1")
        .env(
            "CGO_LDFLAGS",
            format!("-L{0} -Wl,-rpath,{0}", lib_dir.display()),
        )
        .env("GOFLAGS", "-mod=mod")
        .env("GOPROXY", "off")
        .env("GOCACHE", cache.join("build"))
        .env("GOPATH", cache.join("path"))
        .env("AMI_SIM", sim.addr().to_string())
        .output()
        .expect("go (apt-get install golang-go)");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("--- PASS: TestPullAPI") && stdout.contains("--- PASS: TestConfigError"),
        "{stdout}"
    );
}
