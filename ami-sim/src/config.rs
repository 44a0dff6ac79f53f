//! What a simulated Asterisk looks like: users, version, Command style,
//! queues, endpoints, traffic, and the builder that starts it.

use std::net::SocketAddr;
use std::time::Duration;

/// A manager user of the simulator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    /// Login name.
    pub username: String,
    /// Plain secret (used for plain and MD5 logins).
    pub secret: String,
    /// May run actions that change things or need privileges (Command,
    /// Originate, Hangup, CoreSettings, ...). A reader (false) gets
    /// `Permission denied` for those, as a real `read`-only user does.
    pub write: bool,
}

/// How the `Command` action answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CommandStyle {
    /// Asterisk 14+: `Response: Success` with `Output:` lines.
    Modern,
    /// Asterisk 13 and older: `Response: Follows`, raw text, `--END COMMAND--`.
    Legacy,
}

/// A queue member.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    /// Display name.
    pub name: String,
    /// Interface, e.g. `Local/agent1@agents`.
    pub interface: String,
    /// Penalty.
    pub penalty: u32,
    /// Paused.
    pub paused: bool,
}

/// A queue with members and waiting callers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Queue {
    /// Queue name.
    pub name: String,
    /// Strategy, e.g. `ringall`.
    pub strategy: String,
    /// Members.
    pub members: Vec<Member>,
    /// Caller ID numbers of callers waiting in the queue.
    pub callers: Vec<String>,
}

impl Queue {
    /// A queue with no members or callers.
    pub fn new(name: impl Into<String>, strategy: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            strategy: strategy.into(),
            members: Vec::new(),
            callers: Vec::new(),
        }
    }

    /// Adds a member.
    #[must_use]
    pub fn member(mut self, name: &str, interface: &str, penalty: u32, paused: bool) -> Self {
        self.members.push(Member {
            name: name.into(),
            interface: interface.into(),
            penalty,
            paused,
        });
        self
    }

    /// Adds a waiting caller.
    #[must_use]
    pub fn caller(mut self, number: &str) -> Self {
        self.callers.push(number.into());
        self
    }
}

/// A PJSIP endpoint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    /// Endpoint name, e.g. `100`.
    pub name: String,
    /// Device state, e.g. `Not in use` or `Unavailable`.
    pub state: String,
    /// Contact URI when registered.
    pub contact: Option<String>,
}

/// Everything a simulator is started with. Built by [`crate::SimBuilder`].
#[derive(Debug, Clone)]
pub struct SimConfig {
    /// Where to listen (port 0 picks a free one).
    pub listen: SocketAddr,
    /// Manager users.
    pub users: Vec<User>,
    /// Asterisk version shown in `CoreSettings` and `core show version`.
    pub asterisk_version: String,
    /// AMI version in the banner.
    pub ami_version: String,
    /// `Command` reply style.
    pub command_style: CommandStyle,
    /// `SystemName`, added to events like a real `systemname=` setting.
    pub system_name: Option<String>,
    /// Queues.
    pub queues: Vec<Queue>,
    /// PJSIP endpoints.
    pub endpoints: Vec<Endpoint>,
    /// Generated calls per second (0: none).
    pub calls_per_second: f64,
    /// How long a generated or originated call stays up.
    pub call_duration: Duration,
    /// A client that has not read for this long while the simulator has
    /// bytes for it is disconnected (Asterisk's `writetimeout`, 100 ms).
    pub write_timeout: Duration,
    /// Delay before answering a failed login (Asterisk waits 1 s; default 0
    /// to keep tests fast).
    pub auth_fail_delay: Duration,
    /// Seed for the simulator's randomness (challenges, trickle sizes).
    pub seed: u64,
    /// Record every action for inspection (default true).
    pub record_actions: bool,
    /// Send the `security` class events Asterisk 22 sends: `SuccessfulAuth`
    /// to every session that wants them after each login. Off by default
    /// in the library because the event counts other tests rely on predate
    /// it; the `ami-sim` binary turns it on.
    pub security_events: bool,
    /// Originate to `Local/exten@context` creates the pair of channels
    /// Asterisk does (`;1` and `;2`) with their `Newexten`, `NewCallerid`,
    /// `NewConnectedLine`, `LocalBridge`, `DialBegin` and `DialEnd` events,
    /// two `Hangup`s at the end. Off by default in the library because
    /// clients counting one channel per call predate it; the `ami-sim`
    /// binary turns it on.
    pub local_channel_pairs: bool,
}

impl Default for SimConfig {
    fn default() -> Self {
        Self {
            listen: SocketAddr::from(([127, 0, 0, 1], 0)),
            users: Vec::new(),
            asterisk_version: "22.10.1".into(),
            ami_version: "11.0.0".into(),
            command_style: CommandStyle::Modern,
            system_name: None,
            queues: Vec::new(),
            endpoints: Vec::new(),
            calls_per_second: 0.0,
            call_duration: Duration::from_secs(1),
            write_timeout: Duration::from_millis(100),
            auth_fail_delay: Duration::ZERO,
            seed: 0x5eed,
            record_actions: true,
            security_events: false,
            local_channel_pairs: false,
        }
    }
}

/// The AMI version a given Asterisk release announces in its banner.
pub fn ami_version_for(asterisk_version: &str) -> &'static str {
    let major: u32 = asterisk_version
        .split('.')
        .next()
        .and_then(|m| m.parse().ok())
        .unwrap_or(22);
    match major {
        0..=11 => "1.4",
        12 => "2.0.0",
        13 => "2.10.6",
        14 | 15 => "3.2.0",
        16 | 17 => "5.0.5",
        18 | 19 => "7.0.3",
        20 => "9.0.0",
        21 => "10.0.0",
        _ => "11.0.0",
    }
}

/// The example PBX used by the demo and tests: two queues, three endpoints.
pub fn example_queues() -> Vec<Queue> {
    vec![
        Queue::new("support", "ringall")
            .member("Agent One", "Local/agent1@agents", 0, false)
            .member("Agent Two", "Local/agent2@agents", 0, false)
            .member("Agent Three", "Local/agent3@agents", 5, true),
        Queue::new("sales", "leastrecent").member("Agent Four", "Local/agent4@agents", 0, false),
    ]
}

/// Example PJSIP endpoints.
pub fn example_endpoints() -> Vec<Endpoint> {
    vec![
        Endpoint {
            name: "100".into(),
            state: "Not in use".into(),
            contact: Some("sip:100@127.0.0.1:5062".into()),
        },
        Endpoint {
            name: "101".into(),
            state: "In use".into(),
            contact: Some("sip:101@127.0.0.1:5064".into()),
        },
        Endpoint {
            name: "102".into(),
            state: "Unavailable".into(),
            contact: None,
        },
    ]
}
