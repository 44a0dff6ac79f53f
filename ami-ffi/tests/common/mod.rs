//! Locating libami.so for the C, Python and Go tests.
#![allow(dead_code, unreachable_pub)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// The directory holding libami.so (target/<profile>), building the cdylib
/// first: `cargo test` links test binaries against the rlib only, so on a
/// fresh checkout the shared library does not exist yet.
pub fn lib_dir() -> PathBuf {
    static BUILT: OnceLock<PathBuf> = OnceLock::new();
    BUILT
        .get_or_init(|| {
            let dir = std::env::current_exe()
                .unwrap()
                .parent()
                .and_then(Path::parent)
                .unwrap()
                .to_path_buf();
            let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
            let mut cmd = Command::new(cargo);
            cmd.args(["build", "-p", "ami-ffi"]);
            if dir.file_name().is_some_and(|n| n == "release") {
                cmd.arg("--release");
            }
            let ok = cmd.status().expect("cargo").success();
            assert!(ok, "cargo build -p ami-ffi failed");
            assert!(
                dir.join("libami.so").exists(),
                "no libami.so in {}",
                dir.display()
            );
            dir
        })
        .clone()
}
