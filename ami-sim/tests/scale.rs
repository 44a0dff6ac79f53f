//! The simulator serves at least 2,000 concurrent client connections on one
//! thread.

mod common;

use std::time::Duration;

use ami_sim::Sim;
use common::{Client, s};

#[test]
fn two_thousand_concurrent_logged_in_clients() {
    const N: usize = 2000;
    let sim = Sim::builder()
        .write_timeout(Duration::from_secs(5))
        .start()
        .unwrap();
    let mut clients: Vec<Client> = (0..N).map(|_| Client::connect(sim.addr()).0).collect();
    // Pipeline the logins, then read every answer.
    for c in &mut clients {
        c.send_raw(b"Action: Login\r\nActionID: l\r\nUsername: admin\r\nSecret: amp111\r\nEvents: off\r\n\r\n");
    }
    for c in &mut clients {
        assert_eq!(
            c.recv().unwrap().message_text().as_deref(),
            Some("Authentication accepted")
        );
    }
    assert!(sim.wait_until(common::WAIT, |s| s.connections.len() == N
        && s.connections.iter().all(|c| c.user.is_some())));
    // Every one of them is still served.
    for c in clients.iter_mut().step_by(97) {
        assert_eq!(
            s(c.call(&ami_proto::actions::Ping).get("Ping")),
            Some("Pong")
        );
    }
    drop(clients);
    assert!(sim.wait_until(common::WAIT, |s| s.connections.is_empty()));
}
