//! The managers whose tick is running on this thread, each with the borrow
//! its running callback holds, so that a call from C into a manager never
//! forms a second `&mut` to it while its tick holds one.
//!
//! A tick export registers its manager (by address) before ticking. Each
//! callback the tick runs lends the `&mut` it was given for the duration of
//! the C callback; a call from C into that manager goes through that
//! borrow. A manager's entry is its own (one per manager, not one per
//! thread): manager A's callback may tick manager B, whose callback calls
//! back into A, and both get their own tick's borrow. A free requested from
//! inside a callback is deferred until the manager's tick returns.
//!
//! Generic over the types so that the unit tests (run under Miri) check
//! exactly this code with a small stand-in for the manager.

use std::cell::RefCell;

use crate::boundary::{Result, fail, null};
use crate::status::ami_status;

struct Entry {
    /// The owner's address (the C handle).
    addr: usize,
    /// The borrow lent by the callback running now; null between callbacks.
    cur: *mut (),
    /// A callback asked to free the owner: freed when the tick returns.
    free: bool,
}

thread_local! {
    static ACTIVE: RefCell<Vec<Entry>> = const { RefCell::new(Vec::new()) };
}

fn with_entry<R>(addr: usize, f: impl FnOnce(Option<&mut Entry>) -> R) -> R {
    ACTIVE.with(|a| f(a.borrow_mut().iter_mut().rev().find(|e| e.addr == addr)))
}

/// Pops the tick's entry even when the tick unwinds; returns whether a free
/// was requested.
struct TickGuard(usize);

impl TickGuard {
    fn finish(self) -> bool {
        let addr = self.0;
        std::mem::forget(self);
        pop(addr)
    }
}

impl Drop for TickGuard {
    fn drop(&mut self) {
        pop(self.0);
    }
}

fn pop(addr: usize) -> bool {
    ACTIVE.with(|a| {
        let mut a = a.borrow_mut();
        match a.iter().rposition(|e| e.addr == addr) {
            Some(i) => a.remove(i).free,
            None => false,
        }
    })
}

/// The object behind the C handle `owner`, for one export call: inside
/// one of its callbacks, the callback's borrow; otherwise a fresh `&mut`
/// through `inner` (no tick of it runs on this thread, so nothing else
/// borrows it).
///
/// # Errors
/// `AMI_STATUS_NULL_PARAMETER` for NULL; `AMI_STATUS_CLOSED` after a free
/// was requested from a callback of the running tick.
///
/// # Safety
/// `owner` is NULL or a live object from `Box::into_raw`, used by this
/// thread only while the call runs; `inner` projects it to the borrowed
/// part without creating a reference.
pub(crate) unsafe fn borrow<'a, O, T>(
    owner: *mut O,
    inner: fn(*mut O) -> *mut T,
) -> Result<&'a mut T> {
    if owner.is_null() {
        return Err(null("manager"));
    }
    let state = with_entry(owner as usize, |e| e.map(|e| (e.cur, e.free)));
    match state {
        Some((_, true)) => Err(fail(
            ami_status::AMI_STATUS_CLOSED,
            "the manager was freed from inside a callback (it is gone when its tick returns)",
        )),
        // SAFETY: the borrow lent by the callback running now on this
        // thread; that callback does not use it until we return.
        Some((cur, false)) if !cur.is_null() => Ok(unsafe { &mut *cur.cast::<T>() }),
        // A tick runs but no callback of it: unreachable from one thread.
        Some(_) => Err(fail(
            ami_status::AMI_STATUS_REENTRANT,
            "the manager is in the middle of a tick outside any of its callbacks",
        )),
        // SAFETY: live per the contract, and no tick of it runs on this
        // thread, so no other reference to it exists.
        None => Ok(unsafe { &mut *inner(owner) }),
    }
}

/// Runs `f` as a tick of `owner`: registered so that the callbacks it runs
/// can lend their borrow. From inside one of its own callbacks, `f` gets
/// that callback's borrow (the manager then refuses the nested tick).
/// When a callback asked to free `owner`, it is freed when `f` returns and
/// the result is `AMI_STATUS_CLOSED`.
///
/// # Safety
/// As [`borrow`]; `owner` came from `Box::into_raw(Box<O>)`.
pub(crate) unsafe fn tick<O, T, R>(
    owner: *mut O,
    inner: fn(*mut O) -> *mut T,
    f: impl FnOnce(&mut T) -> R,
) -> Result<R> {
    if owner.is_null() {
        return Err(null("manager"));
    }
    let addr = owner as usize;
    if with_entry(addr, |e| e.is_some()) {
        // SAFETY: forwarded.
        return Ok(f(unsafe { borrow(owner, inner) }?));
    }
    ACTIVE.with(|a| {
        a.borrow_mut().push(Entry {
            addr,
            cur: std::ptr::null_mut(),
            free: false,
        });
    });
    let guard = TickGuard(addr);
    // SAFETY: live per the contract; no tick of it runs on this thread, so
    // this is the only reference until `f` returns (callbacks reborrow it).
    let r = f(unsafe { &mut *inner(owner) });
    if guard.finish() {
        // SAFETY: from Box::into_raw; the free was deferred to this point,
        // where no borrow of it is left.
        drop(unsafe { Box::from_raw(owner) });
        return Err(fail(
            ami_status::AMI_STATUS_CLOSED,
            "a callback freed the manager during this tick; it is gone now",
        ));
    }
    Ok(r)
}

/// Runs the C callback `f` of the tick of the object at `addr`, lending it
/// `cur` (the `&mut` the tick gave the callback).
pub(crate) fn in_callback<T>(addr: usize, cur: &mut T, f: impl FnOnce()) {
    let ptr = std::ptr::from_mut(cur).cast::<()>();
    let prev = with_entry(addr, |e| e.map(|e| std::mem::replace(&mut e.cur, ptr)));
    let pushed = prev.is_none();
    if pushed {
        // Callbacks only run inside our tick exports; stay sound anyway.
        ACTIVE.with(|a| {
            a.borrow_mut().push(Entry {
                addr,
                cur: ptr,
                free: false,
            });
        });
    }
    struct Restore(usize, Option<*mut ()>);
    impl Drop for Restore {
        fn drop(&mut self) {
            match self.1 {
                Some(prev) => with_entry(self.0, |e| {
                    if let Some(e) = e {
                        e.cur = prev;
                    }
                }),
                None => {
                    pop(self.0);
                }
            }
        }
    }
    let _restore = Restore(addr, prev);
    f();
}

/// Frees `owner`, or, while its tick runs on this thread (the call comes
/// from one of its callbacks), marks it to be freed when the tick returns.
///
/// # Safety
/// `owner` is NULL or a live object from `Box::into_raw(Box<O>)`, not used
/// after this call returns (or, when deferred, after its tick returns).
pub(crate) unsafe fn free<O>(owner: *mut O) {
    if owner.is_null() {
        return;
    }
    let deferred = with_entry(owner as usize, |e| e.map(|e| e.free = true).is_some());
    if !deferred {
        // SAFETY: from Box::into_raw, freed once per the contract, and no
        // tick of it runs on this thread.
        drop(unsafe { Box::from_raw(owner) });
    }
}

#[cfg(test)]
mod tests {
    //! A stand-in manager with the shape of `AmiClientManager` (callbacks
    //! get `&mut self` during a tick; nested ticks refused), driven the way
    //! C drives libami: every call goes through the raw handle. Run under
    //! Miri (Stacked and Tree Borrows), these catch a second `&mut`.

    use super::*;

    type Listener = Box<dyn FnMut(&mut Toy)>;

    #[derive(Default)]
    struct Toy {
        listeners: Vec<Listener>,
        in_tick: bool,
        sent: u32,
        reentrant: u32,
        ticks: u32,
    }

    impl Toy {
        fn tick(&mut self) -> std::result::Result<(), ()> {
            if self.in_tick {
                self.reentrant += 1;
                return Err(());
            }
            self.in_tick = true;
            self.ticks += 1;
            let mut ls = std::mem::take(&mut self.listeners);
            for l in &mut ls {
                l(self);
            }
            let added = std::mem::replace(&mut self.listeners, ls);
            self.listeners.extend(added);
            self.in_tick = false;
            Ok(())
        }
    }

    fn id(p: *mut Toy) -> *mut Toy {
        p
    }

    // The "exports", as C calls them: raw handle in.
    unsafe fn c_tick(p: *mut Toy) -> ami_status {
        // SAFETY: forwarded.
        match unsafe { tick(p, id, Toy::tick) } {
            Ok(Ok(())) => ami_status::AMI_STATUS_OK,
            Ok(Err(())) => ami_status::AMI_STATUS_REENTRANT,
            Err(s) => s,
        }
    }

    unsafe fn c_send(p: *mut Toy) -> ami_status {
        // SAFETY: forwarded.
        match unsafe { borrow(p, id) } {
            Ok(t) => {
                t.sent += 1;
                ami_status::AMI_STATUS_OK
            }
            Err(s) => s,
        }
    }

    /// Registers a "C callback" on `p` (like ami_manager_on_event).
    unsafe fn c_listen(p: *mut Toy, mut f: impl FnMut() + 'static) {
        let addr = p as usize;
        // SAFETY: forwarded.
        let t = unsafe { borrow(p, id) }.unwrap();
        t.listeners
            .push(Box::new(move |cur| in_callback(addr, cur, &mut f)));
    }

    fn new() -> *mut Toy {
        Box::into_raw(Box::default())
    }

    #[test]
    fn callbacks_call_back_into_their_manager_through_its_own_borrow() {
        let a = new();
        // SAFETY: `a` is live until freed at the end.
        unsafe {
            c_listen(a, move || {
                assert_eq!(c_send(a), ami_status::AMI_STATUS_OK);
                assert_eq!(c_tick(a), ami_status::AMI_STATUS_REENTRANT);
                // A listener added from inside a callback.
                c_listen(a, move || assert_eq!(c_send(a), ami_status::AMI_STATUS_OK));
            });
            assert_eq!(c_tick(a), ami_status::AMI_STATUS_OK);
            assert_eq!(c_tick(a), ami_status::AMI_STATUS_OK);
            let t = borrow(a, id).unwrap();
            assert_eq!((t.sent, t.reentrant, t.listeners.len()), (3, 2, 3));
            free(a);
        }
    }

    #[test]
    fn cross_manager_callbacks_use_each_managers_own_borrow() {
        let (a, b) = (new(), new());
        // SAFETY: both are live until freed at the end.
        unsafe {
            // B's callback sends on A and tries to tick A (refused).
            c_listen(b, move || {
                assert_eq!(c_send(a), ami_status::AMI_STATUS_OK);
                assert_eq!(c_tick(a), ami_status::AMI_STATUS_REENTRANT);
                assert_eq!(c_send(b), ami_status::AMI_STATUS_OK);
            });
            // A's callback ticks B.
            c_listen(a, move || {
                assert_eq!(c_tick(b), ami_status::AMI_STATUS_OK);
                assert_eq!(c_send(a), ami_status::AMI_STATUS_OK);
            });
            assert_eq!(c_tick(a), ami_status::AMI_STATUS_OK);
            let ta = borrow(a, id).unwrap();
            assert_eq!((ta.sent, ta.reentrant), (2, 1));
            let tb = borrow(b, id).unwrap();
            assert_eq!((tb.sent, tb.ticks), (1, 1));
            free(a);
            free(b);
        }
    }

    #[test]
    fn a_free_inside_a_callback_waits_for_the_tick() {
        let (a, b) = (new(), new());
        // SAFETY: `a` is freed by its own tick; `b` at the end.
        unsafe {
            c_listen(a, move || {
                free(a);
                assert_eq!(c_send(a), ami_status::AMI_STATUS_CLOSED);
                free(a);
                // Another manager is not affected.
                assert_eq!(c_send(b), ami_status::AMI_STATUS_OK);
            });
            c_listen(a, move || {
                assert_eq!(c_send(a), ami_status::AMI_STATUS_CLOSED)
            });
            assert_eq!(c_tick(a), ami_status::AMI_STATUS_CLOSED);
            assert_eq!(borrow(b, id).unwrap().sent, 1);
            // Freed from a callback of another manager: at once.
            let c = new();
            c_listen(b, move || free(c));
            assert_eq!(c_tick(b), ami_status::AMI_STATUS_OK);
            free(b);
            assert_eq!(
                c_send(std::ptr::null_mut()),
                ami_status::AMI_STATUS_NULL_PARAMETER
            );
            free(std::ptr::null_mut::<Toy>());
        }
        ACTIVE.with(|a| assert!(a.borrow().is_empty()));
    }
}
