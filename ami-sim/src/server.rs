//! The simulator's I/O thread (one `polling` selector for the listener and
//! every client) and the [`Sim`] handle that controls it.
// Unsafe here: polling requires `unsafe` to register a socket.
#![allow(unsafe_code)]

use std::collections::HashMap;
use std::io;
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::Arc;
use std::sync::mpsc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use polling::{Event, Events, Poller};

use crate::burst::{Block, BurstReport};
use crate::config::{CommandStyle, Endpoint, Queue, SimConfig, User, ami_version_for};
use crate::conn::{Conn, Flush};
use crate::fault::{ConnId, Fault, Faults, Target};
use crate::inspect::{ConnInfo, ReceivedAction, Shared, Snapshot};
use crate::pbx::{Broadcast, Pbx};

/// Poller key of the listening socket.
const LISTENER: usize = 0;
/// Longest the loop sleeps with nothing scheduled.
const IDLE_WAIT: Duration = Duration::from_millis(250);

enum Ctl {
    Stop,
    Fault(Target, Fault),
    Clear(Target),
    Inject(Target, Vec<u8>),
    Close(Target),
    Burst(Target, u64, mpsc::Sender<BurstReport>),
    Restart(bool, mpsc::Sender<io::Result<()>>),
    CallRate(f64),
    Emit(Vec<u8>),
}

/// Builds and starts a [`Sim`].
///
/// ```
/// use ami_sim::Sim;
///
/// let sim = Sim::builder().user("admin", "amp111").version("18.20.0").start().unwrap();
/// assert!(sim.addr().ip().is_loopback());
/// ```
#[derive(Debug, Clone, Default)]
pub struct SimBuilder {
    cfg: SimConfig,
    command_style: Option<CommandStyle>,
    ami_version: Option<String>,
}

impl SimBuilder {
    /// Listen here (default `127.0.0.1:0`, a free port).
    #[must_use]
    pub fn listen(mut self, addr: SocketAddr) -> Self {
        self.cfg.listen = addr;
        self
    }

    /// Adds a user with full (read and write) permission.
    #[must_use]
    pub fn user(mut self, username: &str, secret: &str) -> Self {
        self.cfg.users.push(User {
            username: username.into(),
            secret: secret.into(),
            write: true,
        });
        self
    }

    /// Adds a read-only user: privileged actions get `Permission denied`.
    #[must_use]
    pub fn reader(mut self, username: &str, secret: &str) -> Self {
        self.cfg.users.push(User {
            username: username.into(),
            secret: secret.into(),
            write: false,
        });
        self
    }

    /// Asterisk version (default 22.10.1). Also sets the banner's AMI version
    /// and, for 13 and older, the legacy Command style, unless set apart.
    #[must_use]
    pub fn version(mut self, asterisk_version: &str) -> Self {
        self.cfg.asterisk_version = asterisk_version.into();
        self
    }

    /// Overrides the AMI version in the banner.
    #[must_use]
    pub fn ami_version(mut self, v: &str) -> Self {
        self.ami_version = Some(v.into());
        self
    }

    /// Overrides the Command reply style.
    #[must_use]
    pub fn command_style(mut self, style: CommandStyle) -> Self {
        self.command_style = Some(style);
        self
    }

    /// Sets `SystemName` (added to events and unique ids).
    #[must_use]
    pub fn system_name(mut self, name: &str) -> Self {
        self.cfg.system_name = Some(name.into());
        self
    }

    /// Adds a queue.
    #[must_use]
    pub fn queue(mut self, q: Queue) -> Self {
        self.cfg.queues.push(q);
        self
    }

    /// Adds a PJSIP endpoint.
    #[must_use]
    pub fn endpoint(mut self, e: Endpoint) -> Self {
        self.cfg.endpoints.push(e);
        self
    }

    /// Adds the example queues and endpoints (see [`crate::example_queues`]).
    #[must_use]
    pub fn example_pbx(mut self) -> Self {
        self.cfg.queues.extend(crate::config::example_queues());
        self.cfg
            .endpoints
            .extend(crate::config::example_endpoints());
        self
    }

    /// Generated calls per second (default 0).
    #[must_use]
    pub fn calls_per_second(mut self, rate: f64) -> Self {
        self.cfg.calls_per_second = rate;
        self
    }

    /// How long calls stay up (default 1 s).
    #[must_use]
    pub fn call_duration(mut self, d: Duration) -> Self {
        self.cfg.call_duration = d;
        self
    }

    /// Disconnect a client that does not read for this long (default 100 ms).
    #[must_use]
    pub fn write_timeout(mut self, d: Duration) -> Self {
        self.cfg.write_timeout = d;
        self
    }

    /// Delay before a failed login is answered (default 0; Asterisk: 1 s).
    #[must_use]
    pub fn auth_fail_delay(mut self, d: Duration) -> Self {
        self.cfg.auth_fail_delay = d;
        self
    }

    /// Records every action for [`Sim::actions`] (default on; benchmarks
    /// turn it off so the simulator's bookkeeping is not what they measure).
    #[must_use]
    pub fn record_actions(mut self, on: bool) -> Self {
        self.cfg.record_actions = on;
        self
    }

    /// Sends `SuccessfulAuth` after each login, as Asterisk 22 does (see
    /// [`SimConfig::security_events`]; default off).
    #[must_use]
    pub fn security_events(mut self, on: bool) -> Self {
        self.cfg.security_events = on;
        self
    }

    /// Originates to `Local/` channels as Asterisk 22 does, with both
    /// halves and their events (see [`SimConfig::local_channel_pairs`];
    /// default off).
    #[must_use]
    pub fn local_channel_pairs(mut self, on: bool) -> Self {
        self.cfg.local_channel_pairs = on;
        self
    }

    /// Seeds the simulator's randomness.
    #[must_use]
    pub fn seed(mut self, seed: u64) -> Self {
        self.cfg.seed = seed;
        self
    }

    /// The configuration this builder would start with.
    pub fn config(&self) -> SimConfig {
        let mut cfg = self.cfg.clone();
        if cfg.users.is_empty() {
            cfg.users.push(User {
                username: "admin".into(),
                secret: "amp111".into(),
                write: true,
            });
        }
        cfg.ami_version = self
            .ami_version
            .clone()
            .unwrap_or_else(|| ami_version_for(&cfg.asterisk_version).into());
        let major: u32 = cfg
            .asterisk_version
            .split('.')
            .next()
            .and_then(|m| m.parse().ok())
            .unwrap_or(22);
        cfg.command_style = self.command_style.unwrap_or(if major <= 13 {
            CommandStyle::Legacy
        } else {
            CommandStyle::Modern
        });
        cfg
    }

    /// Binds the listening socket and starts the simulator thread.
    ///
    /// # Errors
    /// The bind error, or the poller's.
    pub fn start(self) -> io::Result<Sim> {
        Sim::start(self.config())
    }
}

/// A running simulated Asterisk. Stops (closing every connection) on drop.
#[derive(Debug)]
pub struct Sim {
    addr: SocketAddr,
    ctl: mpsc::Sender<Ctl>,
    poller: Arc<Poller>,
    shared: Arc<Shared>,
    thread: Option<JoinHandle<()>>,
}

impl Sim {
    /// A builder with defaults (user `admin` / `amp111` unless users are added).
    pub fn builder() -> SimBuilder {
        SimBuilder::default()
    }

    /// Starts a simulator with this configuration.
    ///
    /// # Errors
    /// The bind error, or the poller's.
    pub fn start(cfg: SimConfig) -> io::Result<Self> {
        let listener = bind(cfg.listen)?;
        let addr = listener.local_addr()?;
        let poller = Arc::new(Poller::new()?);
        // SAFETY: the listener is deleted from the poller before it is dropped
        // (`Server::unbind`, `Server::run` exit).
        unsafe { poller.add(&listener, Event::readable(LISTENER))? };
        let shared = Arc::new(Shared::default());
        shared.update(|s| {
            s.binds = 1;
            s.listening = true;
        });
        let (tx, rx) = mpsc::channel();
        let mut server = Server {
            poller: poller.clone(),
            listener: Some(listener),
            addr,
            conns: HashMap::new(),
            next_id: 1,
            pbx: Pbx::new(&cfg, Instant::now()),
            new_faults: Faults::default(),
            block: None,
            shared: shared.clone(),
            ctl: rx,
            cfg,
        };
        let thread = std::thread::Builder::new()
            .name("ami-sim".into())
            .spawn(move || server.run())?;
        Ok(Self {
            addr,
            ctl: tx,
            poller,
            shared,
            thread: Some(thread),
        })
    }

    /// The listening address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    fn send(&self, ctl: Ctl) {
        if self.ctl.send(ctl).is_ok() {
            let _ = self.poller.notify();
        }
    }

    /// Turns a fault on.
    pub fn set_fault(&self, target: Target, fault: Fault) {
        self.send(Ctl::Fault(target, fault));
    }

    /// Turns every fault off.
    pub fn clear_faults(&self, target: Target) {
        self.send(Ctl::Clear(target));
    }

    /// Writes raw bytes (garbage, an oversized frame, ...) to connections,
    /// after what is already queued for them.
    pub fn inject(&self, target: Target, bytes: impl Into<Vec<u8>>) {
        self.send(Ctl::Inject(target, bytes.into()));
    }

    /// Sends a ready-made event frame to every logged-in session whose mask
    /// has the `call` class.
    pub fn emit(&self, frame: impl Into<Vec<u8>>) {
        self.send(Ctl::Emit(frame.into()));
    }

    /// Closes connections (the socket, without a goodbye).
    pub fn close(&self, target: Target) {
        self.send(Ctl::Close(target));
    }

    /// Sets the generated call rate (0 stops the generator).
    pub fn set_call_rate(&self, per_second: f64) {
        self.send(Ctl::CallRate(per_second));
    }

    /// Writes `events` pre-encoded events to each target connection as fast
    /// as it accepts them, then `Event: SimBurstComplete`; returns the
    /// simulator's own measurement per connection once each is done (or what
    /// finished within `timeout`).
    pub fn burst(&self, target: Target, events: u64, timeout: Duration) -> Vec<BurstReport> {
        let (tx, rx) = mpsc::channel();
        self.send(Ctl::Burst(target, events, tx));
        let deadline = Instant::now() + timeout;
        let mut out = Vec::new();
        while let Some(left) = deadline.checked_duration_since(Instant::now()) {
            match rx.recv_timeout(left) {
                Ok(r) => out.push(r),
                Err(_) => break,
            }
        }
        out
    }

    /// Restarts like a PBX would: optionally `Event: Shutdown` first, then
    /// every connection closed, calls dropped, the listener bound again on
    /// the same port.
    ///
    /// # Errors
    /// When the port cannot be bound again.
    pub fn restart(&self, shutdown_event: bool) -> io::Result<()> {
        let (tx, rx) = mpsc::channel();
        self.send(Ctl::Restart(shutdown_event, tx));
        rx.recv_timeout(Duration::from_secs(10))
            .unwrap_or_else(|_| Err(io::Error::other("simulator did not restart")))
    }

    /// Everything recorded so far.
    pub fn snapshot(&self) -> Snapshot {
        self.shared.lock().clone()
    }

    /// Actions received so far.
    pub fn actions(&self) -> Vec<ReceivedAction> {
        self.shared.lock().actions.clone()
    }

    /// Connections open now.
    pub fn connections(&self) -> Vec<ConnInfo> {
        self.shared.lock().connections.clone()
    }

    /// Waits (without polling) until `cond` holds for the record, or
    /// `timeout` passes. Returns whether it held.
    pub fn wait_until(&self, timeout: Duration, cond: impl FnMut(&Snapshot) -> bool) -> bool {
        self.shared.wait_until(timeout, cond)
    }

    /// Stops the simulator and closes every connection.
    pub fn stop(mut self) {
        self.shutdown();
    }

    fn shutdown(&mut self) {
        self.send(Ctl::Stop);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl Drop for Sim {
    fn drop(&mut self) {
        self.shutdown();
    }
}

fn bind(addr: SocketAddr) -> io::Result<TcpListener> {
    let l = TcpListener::bind(addr)?;
    l.set_nonblocking(true)?;
    Ok(l)
}

struct Server {
    poller: Arc<Poller>,
    listener: Option<TcpListener>,
    addr: SocketAddr,
    conns: HashMap<ConnId, Conn>,
    next_id: ConnId,
    pbx: Pbx,
    new_faults: Faults,
    block: Option<Arc<Block>>,
    shared: Arc<Shared>,
    ctl: mpsc::Receiver<Ctl>,
    cfg: SimConfig,
}

impl Server {
    fn run(&mut self) {
        let mut events = Events::new();
        loop {
            let now = Instant::now();
            let wait = self.next_deadline().map_or(IDLE_WAIT, |d| {
                d.saturating_duration_since(now).min(IDLE_WAIT)
            });
            events.clear();
            if self.poller.wait(&mut events, Some(wait)).is_err() {
                break;
            }
            if !self.control() {
                break;
            }
            let now = Instant::now();
            let mut readable = Vec::new();
            for ev in events.iter() {
                if ev.key == LISTENER {
                    self.accept(now);
                } else if let Some(c) = self.conns.get_mut(&(ev.key as ConnId)) {
                    c.armed = None;
                    if ev.readable {
                        readable.push(c.id);
                    }
                }
            }
            for id in readable {
                self.read(id, now);
            }
            self.pbx.advance(now);
            self.broadcast();
            self.service(now);
        }
        for (_, c) in self.conns.drain() {
            let _ = self.poller.delete(&c.stream);
        }
        self.unbind();
        self.shared.update(|s| s.connections.clear());
    }

    fn next_deadline(&self) -> Option<Instant> {
        let conns = self.conns.values().filter_map(|c| {
            [
                c.delayed.front().map(|d| d.0),
                c.next_write_at,
                c.stalled_since.map(|s| s + self.cfg.write_timeout),
            ]
            .into_iter()
            .flatten()
            .min()
        });
        conns.chain(self.pbx.next_deadline()).min()
    }

    /// Applies control messages. False when told to stop.
    fn control(&mut self) -> bool {
        while let Ok(ctl) = self.ctl.try_recv() {
            let now = Instant::now();
            match ctl {
                Ctl::Stop => return false,
                Ctl::Fault(target, fault) => {
                    if matches!(target, Target::New | Target::All) {
                        self.new_faults.apply(&fault);
                        if self.new_faults.refuse {
                            self.unbind();
                        }
                    }
                    for c in self.targets(target) {
                        c.faults.apply(&fault);
                        c.reset_fault_count();
                    }
                }
                Ctl::Clear(target) => {
                    if matches!(target, Target::New | Target::All) {
                        let was_refusing = self.new_faults.refuse;
                        self.new_faults = Faults::default();
                        if was_refusing {
                            let _ = self.rebind();
                        }
                    }
                    for c in self.targets(target) {
                        c.faults = Faults::default();
                        c.next_write_at = None;
                    }
                }
                Ctl::Inject(target, bytes) => {
                    for c in self.targets(target) {
                        c.queue(&bytes);
                    }
                }
                Ctl::Emit(bytes) => self.pbx_broadcast(&Broadcast {
                    class: crate::events::CALL,
                    bytes,
                }),
                Ctl::Close(target) => {
                    let ids: Vec<ConnId> = self.targets(target).map(|c| c.id).collect();
                    for id in ids {
                        self.drop_conn(id);
                    }
                }
                Ctl::Burst(target, n, tx) => {
                    let sys = self.cfg.system_name.clone();
                    let block = self
                        .block
                        .get_or_insert_with(|| Arc::new(Block::realistic(sys.as_deref())))
                        .clone();
                    for c in self.targets(target) {
                        c.start_burst(block.clone(), n, now, tx.clone());
                    }
                }
                Ctl::Restart(shutdown, tx) => {
                    let _ = tx.send(self.restart(shutdown, now));
                }
                Ctl::CallRate(r) => self.pbx.set_call_rate(now, r),
            }
        }
        true
    }

    fn targets(&mut self, target: Target) -> impl Iterator<Item = &mut Conn> {
        self.conns.values_mut().filter(move |c| match target {
            Target::Open | Target::All => true,
            Target::New => false,
            Target::Conn(id) => c.id == id,
        })
    }

    fn accept(&mut self, now: Instant) {
        loop {
            let Some(listener) = &self.listener else {
                return;
            };
            match listener.accept() {
                Ok((stream, peer)) => self.admit(stream, peer, now),
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => break,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                // Out of descriptors and the like: try again on the next event.
                Err(_) => break,
            }
        }
        if let Some(l) = &self.listener {
            let _ = self.poller.modify(l, Event::readable(LISTENER));
        }
    }

    fn admit(&mut self, stream: TcpStream, peer: SocketAddr, now: Instant) {
        self.shared.update(|s| s.accepted += 1);
        if self.new_faults.accept_then_close || stream.set_nonblocking(true).is_err() {
            return;
        }
        let _ = stream.set_nodelay(true);
        let id = self.next_id;
        self.next_id += 1;
        let mut c = Conn::new(id, stream, self.new_faults.clone(), self.cfg.seed);
        let banner = self.pbx.banner();
        match self.new_faults.slow_banner {
            Some(d) => c.delayed.push_back((now + d, banner, false)),
            None => c.queue(&banner),
        }
        // SAFETY: the stream is deleted from the poller before it is dropped
        // (`drop_conn`, `restart`, and the end of `run`).
        if unsafe { self.poller.add(&c.stream, Event::none(id as usize)) }.is_err() {
            return;
        }
        self.conns.insert(id, c);
        self.shared.update(|s| {
            s.connections.push(ConnInfo {
                id,
                peer,
                user: None,
            })
        });
    }

    fn read(&mut self, id: ConnId, now: Instant) {
        let Some(c) = self.conns.get_mut(&id) else {
            return;
        };
        if c.faults.stop_reading {
            return;
        }
        let Ok(frames) = c.read_frames() else {
            self.drop_conn(id);
            return;
        };
        for msg in frames {
            let Some(c) = self.conns.get_mut(&id) else {
                return;
            };
            let name = msg
                .action_name()
                .map(|n| n.into_owned())
                .unwrap_or_default();
            if self.cfg.record_actions {
                let headers = msg
                    .iter()
                    .map(|h| (h.key_str().into_owned(), h.value_str().into_owned()))
                    .collect();
                self.shared.update(|s| {
                    s.actions.push(ReceivedAction {
                        conn: id,
                        name: name.clone(),
                        headers,
                    })
                });
            }
            if c.faults.never_answers(&name) || c.close_when_flushed {
                continue;
            }
            let mut out = Vec::new();
            let was_authed = c.sess.user.is_some();
            let fx = self.pbx.handle(now, &mut c.sess, &msg, &mut out);
            c.reply(now, out, fx.close, fx.delay);
            if let Some((user, success, auth)) = fx.login {
                let authed = !was_authed && c.sess.user.is_some();
                self.shared.update(|s| {
                    s.logins.push(crate::inspect::LoginRecord {
                        conn: id,
                        username: user.clone(),
                        success,
                        auth,
                    });
                    if authed {
                        if let Some(ci) = s.connections.iter_mut().find(|ci| ci.id == id) {
                            ci.user = Some(user);
                        }
                    }
                });
            }
            // Events the action caused (UserEvent, Originate) go out after its reply.
            self.broadcast();
        }
    }

    fn broadcast(&mut self) {
        for b in self.pbx.take_broadcasts() {
            self.pbx_broadcast(&b);
        }
    }

    fn pbx_broadcast(&mut self, b: &Broadcast) {
        for c in self.conns.values_mut() {
            if c.sess.wants(b.class, &b.bytes) {
                c.queue(&b.bytes);
            }
        }
    }

    /// Delayed replies, writes, write timeouts, closes, interest.
    fn service(&mut self, now: Instant) {
        let mut dead = Vec::new();
        let mut timed_out = 0;
        for c in self.conns.values_mut() {
            c.release_delayed(now);
            let flush = c.flush(now);
            if flush == Flush::Close {
                dead.push(c.id);
                continue;
            }
            if let Some(since) = c.stalled_since {
                if now.duration_since(since) >= self.cfg.write_timeout {
                    timed_out += 1;
                    dead.push(c.id);
                    continue;
                }
            }
            // Interest is oneshot: re-arm after an event, or when what we
            // wait for changed (a burst started on an idle connection).
            let want = (!c.faults.stop_reading, flush == Flush::Blocked);
            if c.armed != Some(want) {
                let ev = match want {
                    (true, true) => Event::all(c.id as usize),
                    (true, false) => Event::readable(c.id as usize),
                    (false, true) => Event::writable(c.id as usize),
                    (false, false) => Event::none(c.id as usize),
                };
                if self.poller.modify(&c.stream, ev).is_ok() {
                    c.armed = Some(want);
                }
            }
        }
        if timed_out > 0 {
            self.shared.update(|s| s.write_timeouts += timed_out);
        }
        for id in dead {
            self.drop_conn(id);
        }
    }

    fn drop_conn(&mut self, id: ConnId) {
        if let Some(c) = self.conns.remove(&id) {
            let _ = self.poller.delete(&c.stream);
            let _ = c.stream.shutdown(std::net::Shutdown::Both);
            self.shared
                .update(|s| s.connections.retain(|ci| ci.id != id));
        }
    }

    fn unbind(&mut self) {
        if let Some(l) = self.listener.take() {
            let _ = self.poller.delete(&l);
            // Closed before anyone is told it is.
            drop(l);
            self.shared.update(|s| s.listening = false);
        }
    }

    fn rebind(&mut self) -> io::Result<()> {
        if self.listener.is_some() {
            return Ok(());
        }
        let l = bind(self.addr)?;
        // SAFETY: deleted from the poller before it is dropped (`unbind`).
        unsafe { self.poller.add(&l, Event::readable(LISTENER))? };
        self.listener = Some(l);
        self.shared.update(|s| {
            s.binds += 1;
            s.listening = true;
        });
        Ok(())
    }

    fn restart(&mut self, shutdown: bool, now: Instant) -> io::Result<()> {
        if shutdown {
            let ev = self.pbx.shutdown_event();
            self.pbx_broadcast(&ev);
            for c in self.conns.values_mut() {
                let _ = c.flush(now);
            }
        }
        let ids: Vec<ConnId> = self.conns.keys().copied().collect();
        for id in ids {
            self.drop_conn(id);
        }
        self.unbind();
        self.pbx = Pbx::new(&self.cfg, now);
        if self.new_faults.refuse {
            return Ok(());
        }
        self.rebind()
    }
}
