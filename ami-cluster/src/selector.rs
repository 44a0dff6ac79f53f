//! [`Selector`]: the one readiness selector a manager waits on, level-
//! triggered, with a cross-thread wake-up.
//!
//! On Linux it is a thin epoll of our own: a wait is one `epoll_wait`, and
//! the wake-up's eventfd is read only when it fired. The `polling` crate
//! (used on other systems) adds a `timerfd_settime`, two `epoll_ctl`
//! re-arms and an eventfd read to every wait: four of the seven system
//! calls a sequential round trip cost (`bench/examples/ping_seq.rs`).
// Unsafe here: the selector is a system-call boundary (epoll, eventfd).
#![allow(unsafe_code)]

/// The key the wake-up is registered under (never a server index).
const NOTIFY_KEY: usize = usize::MAX;

#[cfg(target_os = "linux")]
mod imp {
    use std::io;
    use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
    use std::time::Duration;

    use super::NOTIFY_KEY;

    /// An epoll instance plus an eventfd for wake-ups.
    #[derive(Debug)]
    pub(crate) struct Selector {
        epoll: OwnedFd,
        wake: OwnedFd,
    }

    /// What one wait returned.
    pub(crate) struct Events {
        list: Vec<libc::epoll_event>,
    }

    impl std::fmt::Debug for Events {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.debug_struct("Events")
                .field("len", &self.list.len())
                .finish()
        }
    }

    impl Events {
        pub(crate) fn new() -> Self {
            Self {
                list: Vec::with_capacity(1024),
            }
        }

        pub(crate) fn clear(&mut self) {
            self.list.clear();
        }

        /// (key, readable, writable) of each ready source, the wake-up left out.
        pub(crate) fn iter(&self) -> impl Iterator<Item = (usize, bool, bool)> + '_ {
            self.list
                .iter()
                .map(|e| {
                    let bits = e.events as i32;
                    let key = e.u64 as usize;
                    let err = bits & (libc::EPOLLHUP | libc::EPOLLERR) != 0;
                    let readable =
                        err || bits & (libc::EPOLLIN | libc::EPOLLPRI | libc::EPOLLRDHUP) != 0;
                    let writable = err || bits & libc::EPOLLOUT != 0;
                    (key, readable, writable)
                })
                .filter(|(key, _, _)| *key != NOTIFY_KEY)
        }
    }

    fn check(rc: libc::c_int) -> io::Result<libc::c_int> {
        if rc < 0 {
            Err(io::Error::last_os_error())
        } else {
            Ok(rc)
        }
    }

    fn flags(read: bool, write: bool) -> u32 {
        let mut f = 0;
        if read {
            f |= libc::EPOLLIN | libc::EPOLLRDHUP | libc::EPOLLPRI;
        }
        if write {
            f |= libc::EPOLLOUT;
        }
        f as u32
    }

    impl Selector {
        pub(crate) fn new() -> io::Result<Self> {
            // SAFETY: plain system calls; each returned descriptor is owned
            // at once by an `OwnedFd` (closed on drop).
            let epoll =
                unsafe { OwnedFd::from_raw_fd(check(libc::epoll_create1(libc::EPOLL_CLOEXEC))?) };
            // SAFETY: as above.
            let wake = unsafe {
                OwnedFd::from_raw_fd(check(libc::eventfd(
                    0,
                    libc::EFD_CLOEXEC | libc::EFD_NONBLOCK,
                ))?)
            };
            let s = Self { epoll, wake };
            s.ctl(
                libc::EPOLL_CTL_ADD,
                s.wake.as_raw_fd(),
                NOTIFY_KEY,
                libc::EPOLLIN as u32,
            )?;
            Ok(s)
        }

        fn ctl(&self, op: libc::c_int, fd: RawFd, key: usize, events: u32) -> io::Result<()> {
            let mut ev = libc::epoll_event {
                events,
                u64: key as u64,
            };
            // SAFETY: `ev` is a valid epoll_event for the call; the kernel
            // copies it. A bad `fd` is an error, not undefined behaviour.
            check(unsafe { libc::epoll_ctl(self.epoll.as_raw_fd(), op, fd, &raw mut ev) })?;
            Ok(())
        }

        /// Registers `fd` under `key` with no interest yet.
        ///
        /// # Safety
        /// `fd` stays open until [`delete`](Self::delete) is called for it
        /// (a closed and reused descriptor would report under `key`).
        pub(crate) unsafe fn add(&self, fd: RawFd, key: usize) -> io::Result<()> {
            self.ctl(libc::EPOLL_CTL_ADD, fd, key, 0)
        }

        /// Sets what `fd` waits for (level-triggered).
        pub(crate) fn modify(
            &self,
            fd: RawFd,
            key: usize,
            read: bool,
            write: bool,
        ) -> io::Result<()> {
            self.ctl(libc::EPOLL_CTL_MOD, fd, key, flags(read, write))
        }

        pub(crate) fn delete(&self, fd: RawFd) -> io::Result<()> {
            self.ctl(libc::EPOLL_CTL_DEL, fd, 0, 0)
        }

        /// Waits once, at most `timeout` (rounded up to the millisecond, so
        /// a deadline is never woken for early and spun on).
        pub(crate) fn wait(&self, events: &mut Events, timeout: Duration) -> io::Result<()> {
            events.list.clear();
            let ms = timeout.as_nanos().div_ceil(1_000_000).min(i32::MAX as u128) as i32;
            let cap = events.list.capacity().min(i32::MAX as usize) as i32;
            // SAFETY: the kernel writes at most `cap` events into the
            // vector's spare capacity; `set_len` then covers exactly those.
            let n = check(unsafe {
                libc::epoll_wait(self.epoll.as_raw_fd(), events.list.as_mut_ptr(), cap, ms)
            })?;
            // SAFETY: `n <= cap` entries were initialised by epoll_wait.
            unsafe { events.list.set_len(n as usize) };
            if events.list.iter().any(|e| e.u64 as usize == NOTIFY_KEY) {
                let mut buf = [0u8; 8];
                // SAFETY: reads at most 8 bytes into `buf`; a non-blocking
                // eventfd read resets its counter.
                unsafe { libc::read(self.wake.as_raw_fd(), buf.as_mut_ptr().cast(), 8) };
            }
            Ok(())
        }

        /// Wakes the current or next wait (from any thread).
        pub(crate) fn notify(&self) -> io::Result<()> {
            let one = 1u64.to_ne_bytes();
            // SAFETY: writes 8 bytes from `one`. A full counter (EAGAIN)
            // means a wake-up is pending already.
            let rc = unsafe { libc::write(self.wake.as_raw_fd(), one.as_ptr().cast(), 8) };
            if rc < 0 {
                let e = io::Error::last_os_error();
                if e.kind() != io::ErrorKind::WouldBlock {
                    return Err(e);
                }
            }
            Ok(())
        }
    }
}

#[cfg(not(target_os = "linux"))]
mod imp {
    use std::io;
    use std::os::fd::{BorrowedFd, RawFd};
    use std::time::Duration;

    use polling::{Event, PollMode, Poller};

    use super::NOTIFY_KEY;

    /// `polling`'s poller, level-triggered.
    #[derive(Debug)]
    pub(crate) struct Selector(Poller);

    /// What one wait returned.
    #[derive(Debug)]
    pub(crate) struct Events(polling::Events);

    impl Events {
        pub(crate) fn new() -> Self {
            Self(polling::Events::new())
        }

        pub(crate) fn clear(&mut self) {
            self.0.clear();
        }

        pub(crate) fn iter(&self) -> impl Iterator<Item = (usize, bool, bool)> + '_ {
            self.0
                .iter()
                .map(|e| (e.key, e.readable, e.writable))
                .filter(|(key, _, _)| *key != NOTIFY_KEY)
        }
    }

    fn borrowed(fd: RawFd) -> BorrowedFd<'static> {
        // SAFETY: only used for the duration of one call, while the caller
        // holds the descriptor open (the `add` contract).
        unsafe { BorrowedFd::borrow_raw(fd) }
    }

    impl Selector {
        pub(crate) fn new() -> io::Result<Self> {
            Poller::new().map(Self)
        }

        /// # Safety
        /// `fd` stays open until `delete` is called for it.
        pub(crate) unsafe fn add(&self, fd: RawFd, key: usize) -> io::Result<()> {
            // SAFETY: forwarded from the caller's contract.
            unsafe { self.0.add_with_mode(fd, Event::none(key), PollMode::Level) }
        }

        pub(crate) fn modify(
            &self,
            fd: RawFd,
            key: usize,
            read: bool,
            write: bool,
        ) -> io::Result<()> {
            let ev = match (read, write) {
                (true, true) => Event::all(key),
                (true, false) => Event::readable(key),
                (false, true) => Event::writable(key),
                (false, false) => Event::none(key),
            };
            self.0.modify_with_mode(borrowed(fd), ev, PollMode::Level)
        }

        pub(crate) fn delete(&self, fd: RawFd) -> io::Result<()> {
            self.0.delete(borrowed(fd))
        }

        pub(crate) fn wait(&self, events: &mut Events, timeout: Duration) -> io::Result<()> {
            events.0.clear();
            self.0.wait(&mut events.0, Some(timeout)).map(drop)
        }

        pub(crate) fn notify(&self) -> io::Result<()> {
            self.0.notify()
        }
    }
}

pub(crate) use imp::{Events, Selector};

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;
    use std::net::{TcpListener, TcpStream};
    use std::os::fd::AsRawFd;
    use std::sync::Arc;
    use std::time::Duration;
    use std::time::Instant;

    #[test]
    fn level_triggered_readiness_and_wake_ups() {
        let sel = Arc::new(Selector::new().unwrap());
        let mut events = Events::new();
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let client = TcpStream::connect(listener.local_addr().unwrap()).unwrap();
        let (mut server, _) = listener.accept().unwrap();
        // SAFETY: `client` outlives the registration (deleted below).
        unsafe { sel.add(client.as_raw_fd(), 7).unwrap() };
        sel.modify(client.as_raw_fd(), 7, true, false).unwrap();
        sel.wait(&mut events, Duration::ZERO).unwrap();
        assert_eq!(events.iter().count(), 0, "nothing to read yet");
        server.write_all(b"x").unwrap();
        sel.wait(&mut events, Duration::from_secs(5)).unwrap();
        assert_eq!(events.iter().collect::<Vec<_>>(), [(7, true, false)]);
        // Level-triggered: still readable, nothing re-armed.
        sel.wait(&mut events, Duration::from_secs(5)).unwrap();
        assert_eq!(events.iter().collect::<Vec<_>>(), [(7, true, false)]);
        sel.modify(client.as_raw_fd(), 7, true, true).unwrap();
        sel.wait(&mut events, Duration::from_secs(5)).unwrap();
        assert_eq!(events.iter().collect::<Vec<_>>(), [(7, true, true)]);
        sel.delete(client.as_raw_fd()).unwrap();
        // A wake-up from another thread ends a long wait, and is consumed.
        let s2 = sel.clone();
        let t = std::thread::spawn(move || s2.notify().unwrap());
        let start = Instant::now();
        sel.wait(&mut events, Duration::from_secs(10)).unwrap();
        assert!(start.elapsed() < Duration::from_secs(5));
        assert_eq!(events.iter().count(), 0, "the wake-up is not a source");
        t.join().unwrap();
        let start = Instant::now();
        sel.wait(&mut events, Duration::from_millis(30)).unwrap();
        assert!(
            start.elapsed() >= Duration::from_millis(30),
            "the wake-up was consumed"
        );
    }
}
