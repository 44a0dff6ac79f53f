//! The C pull driver (`ami-ffi/benches/c/pull_bench.c`, events through
//! `ami_manager_next_event` from C) built against libami.so and run as a
//! child process, for comparing with the Rust pull path in the same run.

use std::io::{BufRead, BufReader, Write};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};

/// The workspace root.
fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Builds libami.so with the `bench` profile (the settings the Rust side of
/// the comparison is compiled with: fat LTO, one codegen unit) and returns
/// its directory, `target/release`, with the soname link the loader asks for.
///
/// # Panics
/// When cargo fails or the library is not where expected.
pub fn build_libami() -> PathBuf {
    let dir = std::env::current_exe()
        .expect("current exe")
        .parent()
        .and_then(Path::parent)
        .expect("target/release/deps/<bench>")
        .to_path_buf();
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let ok = Command::new(cargo)
        .args(["build", "--profile", "bench", "-p", "ami-ffi"])
        .status()
        .expect("cargo")
        .success();
    assert!(ok, "cargo build --profile bench -p ami-ffi");
    assert!(
        dir.join("libami.so").exists(),
        "no libami.so in {}",
        dir.display()
    );
    let soname = match env!("CARGO_PKG_VERSION_MAJOR") {
        "0" => format!("libami.so.0.{}", env!("CARGO_PKG_VERSION_MINOR")),
        major => format!("libami.so.{major}"),
    };
    let link = dir.join(soname);
    if std::fs::symlink_metadata(&link).is_err() {
        std::os::unix::fs::symlink("libami.so", &link).expect("soname link");
    }
    dir
}

/// The C pull driver, logged in to a simulator and waiting for bursts.
#[derive(Debug)]
pub struct CPull {
    child: Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
    line: String,
}

impl CPull {
    /// Builds libami.so and the driver (`cc -O2`, as ami-ffi's own bench),
    /// starts it against `addr` and waits until it is logged in with its
    /// queue emptied.
    ///
    /// # Panics
    /// When building or starting fails.
    pub fn start(addr: SocketAddr) -> Self {
        let lib = build_libami();
        let bin = lib.join("ami_e2e_pull_c");
        let ok = Command::new("cc")
            .args(["-O2", "-std=c11", "-Wall", "-Wextra", "-Werror", "-o"])
            .arg(&bin)
            .arg(root().join("ami-ffi/benches/c/pull_bench.c"))
            .arg(format!("-I{}", root().join("include").display()))
            .arg(format!("-L{}", lib.display()))
            .arg(format!("-Wl,-rpath,{}", lib.display()))
            .arg("-lami")
            .status()
            .expect("a C compiler (cc)")
            .success();
        assert!(ok, "compiling the C pull driver");
        let mut child = Command::new(&bin)
            .arg(addr.to_string())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("C driver");
        let stdin = child.stdin.take().expect("stdin");
        let stdout = BufReader::new(child.stdout.take().expect("stdout"));
        let mut me = Self {
            child,
            stdin,
            stdout,
            line: String::new(),
        };
        assert_eq!(me.read_line(), "ready");
        me
    }

    fn read_line(&mut self) -> &str {
        self.line.clear();
        self.stdout.read_line(&mut self.line).expect("C driver");
        self.line.trim()
    }

    /// Tells the driver to pull one burst; returns the events it pulled,
    /// the marker included, once it saw the marker.
    ///
    /// # Panics
    /// When the driver is gone or answers something else.
    pub fn pull_burst(&mut self) -> u64 {
        writeln!(self.stdin, "go").expect("go");
        self.stdin.flush().expect("flush");
        let line = self.read_line();
        line.strip_prefix("done ")
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("C driver said {line:?}"))
    }
}

impl Drop for CPull {
    fn drop(&mut self) {
        // A bench process holds nothing the driver must flush: kill it.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
