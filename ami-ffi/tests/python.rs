//! The Python package (bindings/python) installed with pip into a venv,
//! finding libami through AMI_PREFIX (an installed copy), against ami-sim.

mod common;

use common::{expect_success, installed_prefix, lib_dir, root};

use std::process::Command;

use ami_sim::{Fault, Sim, Target, TlsFront};
use ami_tests::pki::{Pki, server_config, sha256_hex};

#[test]
fn python_package_in_a_venv_against_the_simulator() {
    let prefix = installed_prefix();
    let venv = lib_dir().join("ami-py-venv");
    let _ = std::fs::remove_dir_all(&venv);
    expect_success(
        "python3 -m venv",
        Command::new("python3").args(["-m", "venv"]).arg(&venv),
        "",
    );
    let py = venv.join("bin/python");
    // As a user would: pip builds it in isolation (setuptools from PyPI).
    expect_success(
        "pip install ./bindings/python",
        Command::new(&py)
            .args(["-m", "pip", "install", "--quiet"])
            .arg(root().join("bindings/python")),
        "",
    );
    let sim = Sim::builder().example_pbx().start().unwrap();
    sim.set_fault(Target::New, Fault::NeverAnswer("Getvar".into()));
    // The same simulator behind TLS, trusted by a pin: the C ABI and the
    // binding take a TLS config like any other.
    let leaf = Pki::self_signed(&["asterisk"]);
    let tls = TlsFront::start(sim.addr(), server_config(&leaf, None)).unwrap();
    // -P: the installed package, not the source directory beside the test.
    let out = expect_success(
        "python tests",
        Command::new(&py)
            .arg("-P")
            .arg(root().join("bindings/python/test_ami.py"))
            .env_remove("AMI_LIB")
            .env("AMI_PREFIX", &prefix)
            .env("AMI_SIM", sim.addr().to_string())
            .env("AMI_SIM_TLS", tls.addr().to_string())
            .env("AMI_SIM_TLS_PIN", sha256_hex(&leaf.der)),
        " 0 failed",
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("python: 7 passed, 0 failed"), "{stdout}");
    assert!(tls.handshakes() >= 1, "the TLS test went through the front");
}
