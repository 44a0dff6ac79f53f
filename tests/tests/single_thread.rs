//! A single-threaded program keeps non-`Send` state (`Rc<Cell<_>>`,
//! `Rc<RefCell<_>>`) in its listeners and completion callbacks through
//! `send_wrapper::SendWrapper`, as README ("Listeners and `Send`") says;
//! the wrapper checks the thread at run time.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use ami_cluster::actions::UserEvent;
use ami_tests::{ready_manager, sim, until};
use send_wrapper::SendWrapper;

#[test]
fn listeners_and_callbacks_capture_rc_state_through_send_wrapper() {
    let s = sim();
    let mut m = ready_manager(&[("a", s.addr())]);
    let seen = Rc::new(Cell::new(0u32));
    let outcomes = Rc::new(RefCell::new(Vec::new()));
    let counter = SendWrapper::new(seen.clone());
    m.on_event("UserEvent", move |_, _| counter.set(counter.get() + 1));
    for name in ["one", "two"] {
        let log = SendWrapper::new(outcomes.clone());
        m.server("a")
            .unwrap()
            .send(&UserEvent::new(name))
            .unwrap()
            .on_complete(move |_, done| log.borrow_mut().push(done.result.is_ok()));
    }
    until(&mut m, |_| seen.get() == 2 && outcomes.borrow().len() == 2);
    assert_eq!(*outcomes.borrow(), [true, true]);
    // The callbacks ran and were dropped here; the listener goes with the
    // manager, on this thread.
    drop(m);
    assert_eq!(Rc::strong_count(&seen), 1);
    assert_eq!(Rc::strong_count(&outcomes), 1);
}

/// Misuse: the manager moved to another thread with such a listener. The
/// listener panics at its first access there (the manager contains it and
/// counts it), the state is untouched, and back on its thread the manager
/// drops cleanly.
#[test]
fn a_wrapped_listener_run_on_another_thread_panics_contained_and_counted() {
    let s = sim();
    let mut m = ready_manager(&[("a", s.addr())]);
    let seen = Rc::new(Cell::new(0u32));
    let counter = SendWrapper::new(seen.clone());
    m.on_event("UserEvent", move |_, _| counter.set(counter.get() + 1));
    let m = std::thread::spawn(move || {
        m.server("a")
            .unwrap()
            .send(&UserEvent::new("elsewhere"))
            .unwrap()
            .ignore_outcome();
        until(&mut m, |m| m.stats().listener_panics == 1);
        m
    })
    .join()
    .expect("the panic stayed inside the manager");
    assert_eq!(seen.get(), 0);
    drop(m);
    assert_eq!(Rc::strong_count(&seen), 1);
}
