//! The Go cgo binding (bindings/go), built with `#cgo pkg-config: ami`
//! against an installed copy: `go vet`, then `go test` against ami-sim.

mod common;

use common::go;

use ami_sim::{Fault, Sim, Target};

#[test]
fn go_binding_against_the_simulator() {
    let vet = go("bindings/go")
        .args(["vet", "./..."])
        .output()
        .expect("go");
    assert!(
        vet.status.success(),
        "go vet: {}{}",
        String::from_utf8_lossy(&vet.stdout),
        String::from_utf8_lossy(&vet.stderr)
    );
    let sim = Sim::builder().example_pbx().start().unwrap();
    sim.set_fault(Target::New, Fault::NeverAnswer("Getvar".into()));
    let out = go("bindings/go")
        .args(["test", "-count=1", "-v", "./..."])
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
