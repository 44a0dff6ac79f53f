//! The C programs (tests/c/test_ami.c, the ABI exercised as documented;
//! tests/c/misuse.c, misuse that must stay safe) compiled with -Wall
//! -Wextra -Werror against include/ami.h and libami, run against ami-sim:
//! plainly, under AddressSanitizer + UndefinedBehaviorSanitizer (C side),
//! the threaded part under ThreadSanitizer, and under valgrind (which also
//! sees the Rust side).

mod common;

use common::{compile_c, compile_c_with, expect_success, have_valgrind, lib_dir};

use std::path::Path;
use std::process::Command;

use ami_sim::{Fault, Sim, Target};

fn sim() -> Sim {
    let sim = Sim::builder().example_pbx().start().unwrap();
    sim.set_fault(Target::New, Fault::NeverAnswer("Getvar".into()));
    sim
}

const VALGRIND: [&str; 4] = [
    "--quiet",
    "--error-exitcode=99",
    "--leak-check=full",
    "--errors-for-leak-kinds=definite,indirect",
];

const ASAN: [&str; 3] = [
    "-fsanitize=address,undefined",
    "-fno-sanitize-recover=all",
    "-fno-omit-frame-pointer",
];

fn sanitized(bin: &Path) -> Command {
    let mut cmd = Command::new(bin);
    cmd.env(
        "ASAN_OPTIONS",
        "detect_leaks=1:abort_on_error=0:exitcode=98",
    )
    .env("UBSAN_OPTIONS", "print_stacktrace=1:halt_on_error=1")
    .env("TSAN_OPTIONS", "halt_on_error=1:exitcode=97");
    cmd
}

#[test]
fn c_program_against_the_simulator() {
    let sim = sim();
    let bin = lib_dir().join("test_ami_c");
    compile_c("ami-ffi/tests/c/test_ami.c", &bin);
    let addr = sim.addr().to_string();
    expect_success("test_ami", Command::new(&bin).arg(&addr), " 0 failed");
    if have_valgrind() {
        expect_success(
            "test_ami under valgrind",
            Command::new("valgrind").args(VALGRIND).arg(&bin).arg(&addr),
            " 0 failed",
        );
    }
}

/// Defects 1-6 of issue 11, each a section of misuse.c.
fn misuse(sections: &[&str]) {
    let sim = sim();
    let bin = lib_dir().join(format!("misuse_c_{}", sections.join("_")));
    compile_c("ami-ffi/tests/c/misuse.c", &bin);
    expect_success(
        &format!("misuse {sections:?}"),
        Command::new(&bin)
            .arg(sim.addr().to_string())
            .args(sections),
        "misuse: ",
    );
}

#[test]
fn misuse_bad_enum_values_are_mapped() {
    misuse(&["enums"]);
}

#[test]
fn misuse_timeout_messages_name_their_own_range() {
    misuse(&["timeouts"]);
}

#[test]
fn misuse_listeners_added_and_removed_inside_callbacks() {
    misuse(&["listeners"]);
}

#[test]
fn misuse_nested_tick_refused_and_free_inside_callback_deferred() {
    misuse(&["nested"]);
}

#[test]
fn misuse_callbacks_crossing_managers() {
    misuse(&["cross"]);
}

#[test]
fn misuse_batched_pull_and_stats_inside_callbacks_and_after_free() {
    misuse(&["batch"]);
}

#[test]
fn misuse_eight_threads_posting_get_one_completion_each() {
    misuse(&["threads", "full"]);
}

#[test]
fn c_programs_under_asan_and_ubsan() {
    let sim = sim();
    let addr = sim.addr().to_string();
    for (src, name, want) in [
        ("ami-ffi/tests/c/test_ami.c", "test_ami_asan", " 0 failed"),
        ("ami-ffi/tests/c/misuse.c", "misuse_asan", " 0 failed"),
    ] {
        let bin = lib_dir().join(name);
        compile_c_with(src, &bin, &ASAN);
        expect_success(name, sanitized(&bin).arg(&addr), want);
    }
}

#[test]
fn threads_under_tsan() {
    let sim = sim();
    let bin = lib_dir().join("misuse_tsan");
    compile_c_with("ami-ffi/tests/c/misuse.c", &bin, &["-fsanitize=thread"]);
    // TSan needs the old address-space layout on newer kernels; libami's
    // own (uninstrumented) calls are outside its view.
    let supp = common::root().join("ami-ffi/tests/c/tsan.supp");
    let mut cmd = Command::new("setarch");
    cmd.args(["-R"]).arg(&bin).arg(sim.addr().to_string());
    cmd.args(["threads"]);
    cmd.env(
        "TSAN_OPTIONS",
        format!(
            "halt_on_error=1:exitcode=97:suppressions={}",
            supp.display()
        ),
    );
    expect_success("misuse threads under tsan", &mut cmd, " 0 failed");
}

#[test]
fn misuse_under_valgrind() {
    if !have_valgrind() {
        eprintln!("valgrind not installed: skipped");
        return;
    }
    let sim = sim();
    let bin = lib_dir().join("misuse_valgrind");
    compile_c("ami-ffi/tests/c/misuse.c", &bin);
    expect_success(
        "misuse under valgrind",
        Command::new("valgrind")
            .args(VALGRIND)
            .arg(&bin)
            .arg(sim.addr().to_string())
            .args([
                "enums",
                "timeouts",
                "listeners",
                "nested",
                "cross",
                "batch",
                "threads",
                "full",
            ]),
        " 0 failed",
    );
}
