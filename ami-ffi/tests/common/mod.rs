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

/// The workspace root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Compiles a C program (path relative to the workspace root) with
/// `-std=c11 -Wall -Wextra -Werror` against include/ami.h and libami.so.
pub fn compile_c(src: &str, out: &Path) {
    let lib = lib_dir();
    let status = Command::new("cc")
        .args([
            "-std=c11",
            "-D_POSIX_C_SOURCE=200809L",
            "-Wall",
            "-Wextra",
            "-Werror",
            "-o",
        ])
        .arg(out)
        .arg(root().join(src))
        .arg(format!("-I{}", root().join("include").display()))
        .arg(format!("-L{}", lib.display()))
        .arg(format!("-Wl,-rpath,{}", lib.display()))
        .arg("-lami")
        .status()
        .expect("a C compiler (cc)");
    assert!(status.success(), "compiling {src} failed");
}

/// A `go` command in `dir` (relative to the workspace root) that links
/// libami through cgo and fetches no modules.
pub fn go(dir: &str) -> Command {
    let cache = std::env::temp_dir().join("ami-go-cache");
    let mut cmd = Command::new("go");
    cmd.current_dir(root().join(dir))
        .env("CGO_ENABLED", "1")
        .env(
            "CGO_LDFLAGS",
            format!("-L{0} -Wl,-rpath,{0}", lib_dir().display()),
        )
        .env("GOFLAGS", "-mod=mod")
        .env("GOPROXY", "off")
        .env("GOCACHE", cache.join("build"))
        .env("GOPATH", cache.join("path"));
    cmd
}
