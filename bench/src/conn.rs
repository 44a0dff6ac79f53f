//! Driving an `ami-conn` Connection to Ready without sockets (for benches).

use std::time::Instant;

use ami_conn::{ConnConfig, Connection, Output, State};

/// A connection logged in through scripted bytes, its outputs drained.
pub fn ready_connection(key: &str, now: Instant) -> Connection {
    let mut cfg = ConnConfig::new(key, "admin", "amp111");
    cfg.instance = Some("b".into());
    cfg.seed = Some(1);
    let mut c = Connection::new(cfg, now);
    c.start_connect(now);
    c.handle_connected(now);
    c.handle_bytes(now, b"Asterisk Call Manager/11.0.0\r\n");
    let login = c.poll_transmit().map(<[u8]>::to_vec).unwrap_or_default();
    c.transmitted(login.len());
    let text = String::from_utf8_lossy(&login);
    let id = text
        .lines()
        .find_map(|l| l.strip_prefix("ActionID: "))
        .unwrap_or_default()
        .to_owned();
    c.handle_bytes(
        now,
        format!("Response: Success\r\nActionID: {id}\r\nMessage: Authentication accepted\r\n\r\nEvent: FullyBooted\r\nPrivilege: system,all\r\nStatus: Fully Booted\r\n\r\n").as_bytes(),
    );
    while let Some(o) = c.poll_output() {
        if let Output::Disconnected { reason } = o {
            panic!("login failed: {reason}");
        }
    }
    assert_eq!(c.state(), State::Ready);
    c
}
