//! Warnings and errors of the engine (link down, dropped events, clamped
//! ticks) as one line each on stderr, with their key-value context.

use log::kv::{Error, Key, Value, VisitSource};
use log::{Level, LevelFilter, Log, Metadata, Record};

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
        eprintln!(
            "ami: {}: {}{}",
            r.level().as_str().to_lowercase(),
            r.args(),
            kv.0
        );
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
