//! The Python ctypes binding (bindings/python) against ami-sim.

mod common;

use common::lib_dir;

use std::path::PathBuf;
use std::process::Command;

use ami_sim::{Fault, Sim, Target};

#[test]
fn python_binding_against_the_simulator() {
    let lib = lib_dir().join("libami.so");
    let sim = Sim::builder().example_pbx().start().unwrap();
    sim.set_fault(Target::New, Fault::NeverAnswer("Getvar".into()));
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let out = Command::new("python3")
        .arg(root.join("bindings/python/test_ami.py"))
        .env("AMI_LIB", &lib)
        .env("AMI_SIM", sim.addr().to_string())
        .output()
        .expect("python3");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("python: 2 passed, 0 failed"), "{stdout}");
}
