//! Warnings and errors of the engine (link down, dropped events, clamped
//! ticks) as one line each on stderr, with their key-value context.
//!
//! Every line goes through [`stderr_line`]: control characters are escaped
//! (log text quotes what the server sent, and a raw ESC or CR from a hostile
//! PBX could rewrite the operator's terminal or forge log lines) and a
//! closed or broken stderr is ignored instead of panicking like `eprintln!`.

use std::io::Write;

use log::kv::{Error, Key, Value, VisitSource};
use log::{Level, LevelFilter, Log, Metadata, Record};

use crate::output::escape_controls;

struct Stderr;

struct Kv(String);

impl<'kvs> VisitSource<'kvs> for Kv {
    fn visit_pair(&mut self, key: Key<'kvs>, value: Value<'kvs>) -> Result<(), Error> {
        self.0.push_str(&format!(" {key}={value}"));
        Ok(())
    }
}

impl Log for Stderr {
    fn enabled(&self, m: &Metadata<'_>) -> bool {
        m.level() <= Level::Warn
    }

    fn log(&self, r: &Record<'_>) {
        if !self.enabled(r.metadata()) {
            return;
        }
        let mut kv = Kv(String::new());
        let _ = r.key_values().visit(&mut kv);
        stderr_line(&format!(
            "{}: {}{}",
            r.level().as_str().to_lowercase(),
            r.args(),
            kv.0
        ));
    }

    fn flush(&self) {}
}

static LOGGER: Stderr = Stderr;

/// Installs the stderr logger (warnings and errors).
pub(crate) fn install() {
    if log::set_logger(&LOGGER).is_ok() {
        log::set_max_level(LevelFilter::Warn);
    }
}

/// Writes `ami: {text}` and a newline to stderr, control characters
/// escaped, in one write; errors are ignored (there is nowhere left to
/// report them).
pub(crate) fn stderr_line(text: &str) {
    let line = format!("ami: {}\n", escape_controls(text));
    let _ = std::io::stderr().write_all(line.as_bytes());
}

/// [`stderr_line`] keeping line breaks: for the final error, whose
/// multi-line form (a config diagnostic pointing at the bad line) comes
/// from a local file; what a server can put in it has no LF (AMI splits
/// lines on it) and its other control characters are still escaped.
pub(crate) fn stderr_lines(text: &str) {
    let escaped: Vec<_> = text.split('\n').map(escape_controls).collect();
    let line = format!("ami: {}\n", escaped.join("\n"));
    let _ = std::io::stderr().write_all(line.as_bytes());
}
