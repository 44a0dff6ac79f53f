//! `ami-gen`: generates ami-proto's typed actions and event views from the
//! Asterisk interface facts (`spec/asterisk-22.10.1-ami.json`, a copy of
//! `shared/spec/`) and the captures in `testdata/asterisk22/`.
//!
//! `cargo run -p ami-gen` rewrites the generated files; `cargo test -p
//! ami-gen` fails when they differ from what the generator makes now
//! (`AMI_REGEN_SPEC=1 cargo test -p ami-gen` rewrites them instead).

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

pub mod captures;
mod gen_actions;
mod gen_events;
mod gen_python;
pub mod model;
pub mod names;
pub mod spec;

/// The spec file, relative to the workspace root.
pub const SPEC: &str = "ami-gen/spec/asterisk-22.10.1-ami.json";
/// The captures, relative to the workspace root.
pub const CAPTURES: &str = "testdata/asterisk22";

/// One generated file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Output {
    /// Path relative to the workspace root.
    pub path: PathBuf,
    /// Its text.
    pub text: String,
}

/// The workspace root (this crate's parent directory).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}

/// Reads the spec and the captures under `root` and builds the model.
///
/// # Errors
/// An unreadable input or a fact the generator cannot type.
pub fn load_model(root: &Path) -> Result<model::Model, String> {
    let text = std::fs::read_to_string(root.join(SPEC)).map_err(|e| format!("{SPEC}: {e}"))?;
    let spec = spec::parse(&text)?;
    let caps = captures::load(&root.join(CAPTURES))?;
    model::build(&spec, &caps)
}

/// Every generated file, formatted.
///
/// # Errors
/// As [`load_model`], or rustfmt failing.
pub fn generate(root: &Path) -> Result<Vec<Output>, String> {
    let m = load_model(root)?;
    Ok(vec![
        Output {
            path: "ami-proto/src/generated/actions.rs".into(),
            text: rustfmt(&gen_actions::generate(&m))?,
        },
        Output {
            path: "ami-proto/src/generated/events.rs".into(),
            text: rustfmt(&gen_events::generate(&m))?,
        },
        Output {
            path: "bindings/python/ami_events.py".into(),
            text: gen_python::generate(&m),
        },
    ])
}

/// Formats Rust source with `rustfmt` (edition 2024, default options, as
/// `cargo fmt` does in this workspace).
///
/// # Errors
/// rustfmt missing or refusing the text.
pub fn rustfmt(src: &str) -> Result<String, String> {
    let rustfmt = std::env::var("RUSTFMT").unwrap_or_else(|_| "rustfmt".to_owned());
    let mut child = Command::new(&rustfmt)
        .args(["--edition", "2024", "--emit", "stdout"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("{rustfmt}: {e}"))?;
    let mut stdin = child.stdin.take().ok_or("rustfmt stdin")?;
    let src = src.to_owned();
    let writer = std::thread::spawn(move || stdin.write_all(src.as_bytes()));
    let out = child
        .wait_with_output()
        .map_err(|e| format!("rustfmt: {e}"))?;
    writer
        .join()
        .map_err(|_| "rustfmt writer panicked")?
        .map_err(|e| format!("rustfmt stdin: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "rustfmt failed: {}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    String::from_utf8(out.stdout).map_err(|e| format!("rustfmt output: {e}"))
}
