//! Locating libami.so, compiling C programs, and an installed copy (with
//! pkg-config) for the C, Python and Go tests.
#![allow(dead_code, unreachable_pub)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

/// libami.so's soname (build.rs gives it; cargo-c's rule).
pub fn soname() -> String {
    match env!("CARGO_PKG_VERSION_MAJOR") {
        "0" => format!("libami.so.0.{}", env!("CARGO_PKG_VERSION_MINOR")),
        major => format!("libami.so.{major}"),
    }
}

/// The directory holding libami.so (target/<profile>), building the cdylib
/// first: `cargo test` links test binaries against the rlib only, so on a
/// fresh checkout the shared library does not exist yet. Programs linked
/// against it ask the loader for the soname: a symlink provides it.
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
            let link = dir.join(soname());
            if std::fs::symlink_metadata(&link).is_err() {
                std::os::unix::fs::symlink("libami.so", &link).unwrap();
            }
            dir
        })
        .clone()
}

/// The workspace root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Compiles a C program (path relative to the workspace root) with
/// `-std=c11 -Wall -Wextra -Werror` and `extra` flags against
/// include/ami.h and libami.so.
pub fn compile_c_with(src: &str, out: &Path, extra: &[&str]) {
    let lib = lib_dir();
    let status = Command::new("cc")
        .args([
            "-std=c11",
            "-D_POSIX_C_SOURCE=200809L",
            "-Wall",
            "-Wextra",
            "-Werror",
            "-g",
        ])
        .args(extra)
        .arg("-o")
        .arg(out)
        .arg(root().join(src))
        .arg(format!("-I{}", root().join("include").display()))
        .arg(format!("-L{}", lib.display()))
        .arg(format!("-Wl,-rpath,{}", lib.display()))
        .arg("-lami")
        .arg("-lpthread")
        .status()
        .expect("a C compiler (cc)");
    assert!(status.success(), "compiling {src} failed");
}

/// [`compile_c_with`] without extra flags.
pub fn compile_c(src: &str, out: &Path) {
    compile_c_with(src, out, &[]);
}

/// Whether `valgrind` runs here.
pub fn have_valgrind() -> bool {
    Command::new("valgrind")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Runs `cmd`, panicking with both streams unless it succeeded and its
/// stdout contains `want`.
pub fn expect_success(what: &str, cmd: &mut Command, want: &str) -> Output {
    let out = cmd.output().unwrap_or_else(|e| panic!("{what}: {e}"));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && stdout.contains(want),
        "{what}: {}\n{stdout}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// A copy of libami installed by `ami-ffi/install.sh` into a prefix under
/// the target directory (from this build, without rebuilding): lib/
/// (versioned libami.so, libami.a, pkgconfig/ami.pc) and include/ami.h.
pub fn installed_prefix() -> PathBuf {
    static PREFIX: OnceLock<PathBuf> = OnceLock::new();
    PREFIX
        .get_or_init(|| {
            let lib = lib_dir();
            let exe = std::env::current_exe().unwrap();
            let stem = exe.file_stem().unwrap().to_string_lossy().into_owned();
            let prefix = lib.join(format!("ami-prefix-{stem}"));
            let _ = std::fs::remove_dir_all(&prefix);
            let out = Command::new("sh")
                .arg(root().join("ami-ffi/install.sh"))
                .arg("--prefix")
                .arg(&prefix)
                .arg("--from")
                .arg(&lib)
                .output()
                .expect("sh");
            assert!(
                out.status.success(),
                "install.sh: {}\n{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
            prefix
        })
        .clone()
}

/// The environment that finds the installed copy: pkg-config and the
/// loader.
pub fn with_installed(cmd: &mut Command) -> &mut Command {
    let prefix = installed_prefix();
    cmd.env("PKG_CONFIG_PATH", prefix.join("lib/pkgconfig"))
        .env("LD_LIBRARY_PATH", prefix.join("lib"))
}

/// A `go` command in `dir` (relative to the workspace root) that links the
/// installed libami through `#cgo pkg-config: ami` and fetches no modules.
pub fn go(dir: &str) -> Command {
    use std::hash::{DefaultHasher, Hash, Hasher};
    let cache = std::env::temp_dir().join("ami-go-cache");
    let prefix = installed_prefix();
    let lib = prefix.join("lib");
    let header = std::fs::read(prefix.join("include/ami.h")).expect("the installed ami.h");
    let mut digest = DefaultHasher::new();
    header.hash(&mut digest);
    let mut cmd = Command::new("go");
    cmd.current_dir(root().join(dir))
        .env("CGO_ENABLED", "1")
        .env("GOFLAGS", "-mod=mod")
        .env("GOPROXY", "off")
        .env("GOCACHE", cache.join("build"))
        .env("GOPATH", cache.join("path"))
        // Go keys a cgo package in its build cache on the CGO_* variables,
        // not on pkg-config's output nor on headers outside the package
        // (its documentation: "the build cache does not detect changes to C
        // libraries imported with cgo"). A package cached by an earlier run
        // would link with the `-L` of another test binary's prefix, since
        // removed, or keep code compiled against an older ami.h: naming the
        // prefix and the header's digest here makes the key follow both.
        .env("CGO_LDFLAGS", format!("-L{}", lib.display()))
        .env(
            "CGO_CFLAGS",
            format!("-g -O2 -DAMI_TEST_HEADER_DIGEST={:x}", digest.finish()),
        );
    with_installed(&mut cmd);
    cmd
}
