//! Compiles the C test program with -Wall -Wextra -Werror against
//! include/ami.h and libami, runs it against ami-sim, and again under
//! valgrind when it is installed.

mod common;

use common::{compile_c, lib_dir};

use std::process::Command;

use ami_sim::{Fault, Sim, Target};

#[test]
fn c_program_against_the_simulator() {
    let sim = Sim::builder().example_pbx().start().unwrap();
    sim.set_fault(Target::New, Fault::NeverAnswer("Getvar".into()));
    let bin = lib_dir().join("test_ami_c");
    compile_c("ami-ffi/tests/c/test_ami.c", &bin);
    let out = Command::new(&bin)
        .arg(sim.addr().to_string())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains(" 0 failed"), "{stdout}");

    if Command::new("valgrind")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
    {
        let out = Command::new("valgrind")
            .args([
                "--quiet",
                "--error-exitcode=99",
                "--leak-check=full",
                "--errors-for-leak-kinds=definite,indirect",
            ])
            .arg(&bin)
            .arg(sim.addr().to_string())
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "valgrind: {}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
