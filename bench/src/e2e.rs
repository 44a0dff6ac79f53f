//! End-to-end setup shared by the `cluster` and `e2e` benches and the
//! measuring examples: a manager logged in to a simulator, bursts driven
//! through `tick_all` (counting listener or pull queue), and the simulator's
//! connection ids. Nothing here sends an action (each bench file keeps its
//! sends in one helper).

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use ami_cluster::{ActionId, AmiClientManager, ServerConfig};
use ami_conn::{ConnConfig, State};
use ami_proto::actions::Ping;
use ami_sim::Sim;

/// Events per burst in the throughput benches.
pub const EVENTS: u64 = 200_000;

/// The name of the event that ends a burst.
pub const MARKER: &str = "SimBurstComplete";

/// The server key every bench manager uses.
pub const KEY: &str = "a";

/// How long a drain waits for the burst marker before it fails.
pub const LIMIT: Duration = Duration::from_secs(60);

/// A simulator for bursts and Pings: a long write timeout (a client under
/// measurement may be slow to read) and no action log.
pub fn sim() -> Sim {
    Sim::builder()
        .write_timeout(Duration::from_secs(10))
        .record_actions(false)
        .start()
        .expect("sim")
}

/// A manager with one server [`KEY`] at `addr` (admin/amp111, `Events:
/// events`, an event queue of 100,000), ticked to Ready and then a few more
/// times so the login's events are out of the way.
///
/// A bench client sits unticked while the other benches of its run take
/// their turn (minutes): its heartbeat and read timeout are an hour, so it
/// does not find its link stale and reconnect (which would add login events
/// and a new simulator connection). They cost nothing while it is busy.
pub fn manager(addr: SocketAddr, events: &str) -> AmiClientManager {
    let mut cfg = ConnConfig::new(KEY, "admin", "amp111");
    cfg.events = events.into();
    cfg.event_queue_capacity = 100_000;
    cfg.heartbeat_interval = Duration::from_secs(3600);
    cfg.read_timeout = Duration::from_secs(3600);
    let mut m = AmiClientManager::new().expect("manager");
    m.add_server(ServerConfig::new(addr, cfg)).expect("server");
    let start = Instant::now();
    while m.state(KEY).ok() != Some(State::Ready) {
        assert!(start.elapsed() < Duration::from_secs(10), "login");
        m.tick_all(10).expect("tick");
    }
    for _ in 0..10 {
        m.tick_all(5).expect("tick");
    }
    m
}

/// [`manager`] with the pull queue on and emptied.
pub fn pull_manager(addr: SocketAddr) -> AmiClientManager {
    let mut m = manager(addr, "on");
    m.enable_event_pull();
    for _ in 0..10 {
        m.tick_all(5).expect("tick");
    }
    while m.next_event().is_some() {}
    m
}

/// The simulator's id of its `n`-th open connection, oldest first.
pub fn conn_id(sim: &Sim, n: usize) -> u64 {
    let mut ids: Vec<u64> = sim.connections().iter().map(|c| c.id).collect();
    ids.sort_unstable();
    ids[n]
}

/// A listener on every event that counts them and notes the burst marker.
#[derive(Debug, Clone, Default)]
pub struct ListenerCount {
    count: Arc<AtomicU64>,
    marker: Arc<AtomicBool>,
}

impl ListenerCount {
    /// Registers the counting listeners on `m`.
    pub fn install(m: &mut AmiClientManager) -> Self {
        let me = Self::default();
        let (n, k) = (me.count.clone(), me.marker.clone());
        m.on_any_event(move |_, _| {
            n.fetch_add(1, Ordering::Relaxed);
        });
        m.on_event(MARKER, move |_, _| k.store(true, Ordering::Relaxed));
        me
    }

    /// Ticks (1 ms waits) until the marker arrives; returns the events the
    /// listener saw meanwhile, the marker included.
    pub fn drain(&self, m: &mut AmiClientManager) -> u64 {
        self.marker.store(false, Ordering::Relaxed);
        let before = self.count.load(Ordering::Relaxed);
        let start = Instant::now();
        while !self.marker.load(Ordering::Relaxed) {
            assert!(start.elapsed() < LIMIT, "no burst marker");
            m.tick_all(1).expect("tick");
        }
        self.count.load(Ordering::Relaxed) - before
    }
}

/// Ticks (1 ms waits) and pulls with `next_event` until the burst marker;
/// returns the events pulled, the marker included.
pub fn pull_drain(m: &mut AmiClientManager) -> u64 {
    let mut n = 0;
    let start = Instant::now();
    loop {
        assert!(start.elapsed() < LIMIT, "no burst marker");
        m.tick_all(1).expect("tick");
        while let Some(ev) = m.next_event() {
            n += 1;
            if ev.message.is_event_named(MARKER) {
                return n;
            }
        }
    }
}

/// Sends a Ping to [`KEY`] whose outcome goes to the pull queue; every
/// bench and example sends through here.
///
/// # Panics
/// When the manager refuses it.
pub fn send_ping(m: &mut AmiClientManager) -> ActionId {
    m.server(KEY)
        .expect("server")
        .send(&Ping)
        .expect("send")
        .to_pull_queue()
        .action_id
}

/// One Ping round trip through the pull queue.
///
/// # Panics
/// When the Ping fails or the manager refuses it.
pub fn round_trip(m: &mut AmiClientManager) {
    send_ping(m);
    loop {
        m.tick_all(5).expect("tick");
        if let Some(c) = m.next_completion() {
            assert!(c.result.is_ok());
            return;
        }
    }
}

/// Runs `burst` (which starts a burst and returns once the simulator wrote
/// it) on another thread while `client` reads it on this one; returns what
/// `client` returns and the wall time from before the burst was started.
pub fn during<T>(burst: impl FnOnce() + Send, client: impl FnOnce() -> T) -> (T, Duration) {
    let start = Instant::now();
    let out = std::thread::scope(|scope| {
        scope.spawn(burst);
        client()
    });
    (out, start.elapsed())
}
