//! Shared inputs for the libami benchmarks.

pub mod conn;

use std::path::PathBuf;

/// Reads a file of the real-Asterisk corpus (`testdata/asterisk22/`, a copy
/// of the captures in the project's shared corpus). Panics with the path when
/// it is missing: benches need it.
pub fn corpus(name: &str) -> Vec<u8> {
    let path = corpus_dir().join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()))
}

/// The corpus directory: `AMI_CORPUS` if set, else `testdata/asterisk22`.
pub fn corpus_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("AMI_CORPUS") {
        return PathBuf::from(dir);
    }
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../testdata/asterisk22")
}
