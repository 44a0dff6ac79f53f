//! Log records carry server_key / action_id / queue_depth, pass through the
//! redactor, and never show the secret. One test binary owns the logger.

mod common;

use std::sync::Mutex;
use std::time::Duration;

use ami_conn::AuthMethod;
use ami_proto::actions::Ping;
use common::{Harness, config, response};
use log::kv::{Error, Key, Value, VisitSource};

static LINES: Mutex<Vec<String>> = Mutex::new(Vec::new());

struct Capture;

struct Kv(String);

impl<'kvs> VisitSource<'kvs> for Kv {
    fn visit_pair(&mut self, key: Key<'kvs>, value: Value<'kvs>) -> Result<(), Error> {
        self.0.push_str(&format!(" {key}={value}"));
        Ok(())
    }
}

impl log::Log for Capture {
    fn enabled(&self, _: &log::Metadata<'_>) -> bool {
        true
    }
    fn log(&self, record: &log::Record<'_>) {
        let mut kv = Kv(String::new());
        let _ = record.key_values().visit(&mut kv);
        let line = format!("{} {}{}", record.level(), record.args(), kv.0);
        LINES.lock().unwrap().push(line);
    }
    fn flush(&self) {}
}

static LOGGER: Capture = Capture;

#[test]
fn logs_carry_context_never_the_secret_and_drops_are_rate_limited() {
    log::set_logger(&LOGGER).unwrap();
    log::set_max_level(log::LevelFilter::Trace);

    // Plain and MD5 logins, an auth failure, an action, a disconnect.
    let mut h = Harness::ready();
    let p = h.send(&Ping);
    h.server(&response(&p, "Ping: Pong\r\n"));
    let mut cfg = config();
    cfg.auth = AuthMethod::Md5;
    let mut m = Harness::new(cfg);
    m.connect();
    m.banner();
    let id = m.last_sent_id("Challenge");
    m.server(&response(&id, "Challenge: 12345\r\n"));
    let id = m.last_sent_id("Login");
    m.server(&format!(
        "Response: Error\r\nActionID: {id}\r\nMessage: Authentication failed\r\n\r\n"
    ));

    // A flood into a small queue: drop lines at most once per interval.
    let mut cfg = config();
    cfg.event_queue_capacity = 10;
    cfg.event_drop_log_interval = Duration::from_millis(1000);
    let mut f = Harness::ready_with(cfg);
    let flood: String = (0..100)
        .map(|i| format!("Event: VarSet\r\nN: {i}\r\n\r\n"))
        .collect();
    f.conn.handle_bytes(f.now, flood.as_bytes());
    f.now += Duration::from_millis(1000);
    f.conn.handle_bytes(f.now, flood.as_bytes());

    let lines = LINES.lock().unwrap().clone();
    assert!(lines.len() > 10, "{lines:#?}");
    let secret_key = ami_proto::actions::md5_key("12345", "amp111");
    for l in &lines {
        assert!(!l.contains("amp111"), "secret in log: {l}");
        assert!(!l.contains(&secret_key), "md5 key in log: {l}");
    }
    assert!(
        lines
            .iter()
            .any(|l| l.contains("Login") && l.contains("********")),
        "the login is logged, masked"
    );
    assert!(
        lines.iter().all(|l| l.contains("server_key=pbx1")),
        "{lines:#?}"
    );
    assert!(lines.iter().any(|l| l.contains("sent Ping")
        && l.contains("action_id=pbx1-i1-")
        && l.contains("queue_depth=0")));
    assert!(
        lines
            .iter()
            .any(|l| l.contains("authentication failed for user \"admin\""))
    );
    let drops: Vec<&String> = lines
        .iter()
        .filter(|l| l.contains("event queue full"))
        .collect();
    assert_eq!(drops.len(), 2, "one per interval: {drops:#?}");
    assert!(drops[0].contains("dropped=1"), "{}", drops[0]);
    // The 89 held back during the first interval plus the first of the second.
    assert!(
        drops[1].contains("dropped=90") && drops[1].contains("queue_depth=10"),
        "{}",
        drops[1]
    );
    assert_eq!(f.conn.stats().dropped_events, 190);
}
