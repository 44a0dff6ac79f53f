//! The example dialers (C, Python, Go) run against ami-sim and report every
//! call answered and hung up.

mod common;

use common::{go, installed_prefix, lib_dir, root, with_installed};

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
    // Built as a user would against an installed copy:
    // cc dialer.c $(pkg-config --cflags --libs ami)
    let bin = lib_dir().join("example_dialer_c");
    let prefix = installed_prefix();
    let flags = with_installed(&mut Command::new("pkg-config"))
        .args(["--cflags", "--libs", "ami"])
        .output()
        .expect("pkg-config");
    assert!(flags.status.success(), "pkg-config --cflags --libs ami");
    let flags = String::from_utf8(flags.stdout).unwrap();
    assert!(
        flags.contains(&format!("-I{}", prefix.join("include").display())),
        "{flags}"
    );
    let built = Command::new("cc")
        .args([
            "-std=c11",
            "-D_POSIX_C_SOURCE=200809L",
            "-Wall",
            "-Wextra",
            "-Werror",
            "-o",
        ])
        .arg(&bin)
        .arg(root().join("examples/c/dialer.c"))
        .args(flags.split_whitespace())
        .arg(format!("-Wl,-rpath,{}", prefix.join("lib").display()))
        .status()
        .expect("cc");
    assert!(
        built.success(),
        "compiling examples/c/dialer.c with pkg-config"
    );
    // The installed library, by its versioned soname.
    // (cargo test puts target/debug on LD_LIBRARY_PATH: not for this one.)
    let ldd = Command::new("ldd")
        .arg(&bin)
        .env_remove("LD_LIBRARY_PATH")
        .output()
        .expect("ldd");
    let ldd = String::from_utf8_lossy(&ldd.stdout);
    assert!(
        ldd.contains(&format!(
            "{} => {}",
            common::soname(),
            prefix.join("lib").display()
        )),
        "{ldd}"
    );
    check(
        "c",
        Command::new(&bin)
            .arg(s.addr().to_string())
            .arg("10")
            .env_remove("LD_LIBRARY_PATH")
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
