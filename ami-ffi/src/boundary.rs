//! The boundary every export goes through: the panic boundary with the
//! per-thread last error (`ffi_status!`, `ffi_value!`), and the typed casts
//! from raw C arguments (`try_ref!`, `try_out!`, `try_str!`,
//! `try_opt_str!`) that fail early with `AMI_STATUS_NULL_PARAMETER` or
//! `AMI_STATUS_INVALID_ARGUMENT`, naming the argument.
//!
//! An export's body is a closure returning [`Result`]: `Err(status)` always
//! carries a message recorded by [`fail`] (so `ami_last_error` explains
//! it), `Ok` clears the last error. A panic becomes `AMI_STATUS_PANIC` (or
//! the export's fallback value) and never crosses the ABI.

use std::cell::RefCell;
use std::ffi::{CStr, c_char};
use std::panic::{AssertUnwindSafe, catch_unwind};

use crate::status::ami_status;

/// An export body's result; the error's message is already recorded.
pub(crate) type Result<T> = std::result::Result<T, ami_status>;

thread_local! {
    static LAST_ERROR: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Records the calling thread's last error message.
pub(crate) fn set_error(msg: impl Into<String>) {
    // A thread being torn down has no last error to keep.
    let _ = LAST_ERROR.try_with(|e| *e.borrow_mut() = msg.into());
}

/// Fails with `status` and a message for `ami_last_error`.
pub(crate) fn fail(status: ami_status, msg: impl Into<String>) -> ami_status {
    set_error(msg);
    status
}

/// `AMI_STATUS_NULL_PARAMETER` naming the argument.
pub(crate) fn null(what: &str) -> ami_status {
    fail(
        ami_status::AMI_STATUS_NULL_PARAMETER,
        format!("{what} is NULL"),
    )
}

/// Runs the calling thread's last error through `f`.
pub(crate) fn with_last_error<T>(f: impl FnOnce(&str) -> T) -> T {
    LAST_ERROR.with(|e| f(&e.borrow()))
}

const PANICKED: &str = "internal panic (a bug in libami; please report it)";

/// The panic boundary of a status-returning export.
pub(crate) fn run_status(f: impl FnOnce() -> Result<()>) -> ami_status {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(Ok(())) => {
            set_error("");
            ami_status::AMI_STATUS_OK
        }
        Ok(Err(s)) => s,
        Err(_) => fail(ami_status::AMI_STATUS_PANIC, PANICKED),
    }
}

/// The panic boundary of a value-returning export: `fallback` on failure.
pub(crate) fn run_value<T>(fallback: T, f: impl FnOnce() -> Result<T>) -> T {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(Ok(v)) => v,
        Ok(Err(_)) => fallback,
        Err(_) => {
            set_error(PANICKED);
            fallback
        }
    }
}

/// Wraps a status-returning export's body (a block evaluating to
/// `Result<()>`, where `?` and the `try_*!` casts may return early).
macro_rules! ffi_status {
    ($($body:tt)*) => {
        $crate::boundary::run_status(move || -> $crate::boundary::Result<()> { $($body)* })
    };
}

/// Wraps a value-returning export's body (`Result<T>`); the fallback is
/// returned on failure or panic.
macro_rules! ffi_value {
    ($fallback:expr; $($body:tt)*) => {
        $crate::boundary::run_value($fallback, move || -> $crate::boundary::Result<_> { $($body)* })
    };
}

/// `&T` from a `*const T` / `*mut T` argument; NULL fails.
macro_rules! try_ref {
    ($p:ident) => {{
        let p = $p;
        if p.is_null() {
            return Err($crate::boundary::null(stringify!($p)));
        }
        // SAFETY: the contract of every export: a non-NULL pointer argument
        // points to a live object of its type (one this library returned,
        // for the opaque handles) for the whole call.
        unsafe { &*p }
    }};
}

/// An output pointer: checked for NULL now, written with [`Out::put`]
/// last, on success only.
macro_rules! try_out {
    ($p:ident) => {{
        let p = $p;
        if p.is_null() {
            return Err($crate::boundary::null(stringify!($p)));
        }
        $crate::boundary::Out(p)
    }};
}

/// A required NUL-terminated UTF-8 string argument.
macro_rules! try_str {
    ($p:ident) => {
        // SAFETY: the contract of every export: a non-NULL string argument
        // is NUL-terminated and outlives the call.
        unsafe { $crate::boundary::cstr($p, stringify!($p)) }?
    };
}

/// An optional string argument: NULL is `None`.
macro_rules! try_opt_str {
    ($p:ident) => {
        if $p.is_null() {
            None
        } else {
            Some($crate::boundary::try_str!($p))
        }
    };
}

pub(crate) use {ffi_status, ffi_value, try_opt_str, try_out, try_ref, try_str};

/// A checked, non-NULL output pointer.
pub(crate) struct Out<T>(pub(crate) *mut T);

impl<T> Out<T> {
    /// Writes the output (without reading or dropping what was there: C
    /// may pass uninitialized storage).
    pub(crate) fn put(self, v: T) {
        // SAFETY: non-NULL (checked by `try_out!`) and writable for a `T`
        // per the export's contract.
        unsafe { self.0.write(v) }
    }
}

/// A NUL-terminated UTF-8 string argument.
///
/// # Safety
/// `p` is NULL or a valid NUL-terminated string that outlives `'a`.
pub(crate) unsafe fn cstr<'a>(p: *const c_char, what: &str) -> Result<&'a str> {
    if p.is_null() {
        return Err(null(what));
    }
    // SAFETY: non-null and NUL-terminated per the caller's contract.
    unsafe { CStr::from_ptr(p) }.to_str().map_err(|_| {
        fail(
            ami_status::AMI_STATUS_INVALID_ARGUMENT,
            format!("{what} is not UTF-8"),
        )
    })
}

/// Copies `bytes` plus a NUL into `buf` when it fits; returns the size
/// needed (NUL included).
///
/// # Safety
/// `buf` is NULL or points to `cap` writable bytes.
pub(crate) unsafe fn copy_out(bytes: &[u8], buf: *mut c_char, cap: usize) -> usize {
    let need = bytes.len() + 1;
    if !buf.is_null() && cap >= need {
        // SAFETY: `buf` has room for `need` bytes per the check above.
        unsafe {
            std::ptr::copy_nonoverlapping(bytes.as_ptr(), buf.cast::<u8>(), bytes.len());
            *buf.add(bytes.len()) = 0;
        }
    }
    need
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(p: *const u32, s: *const c_char) -> ami_status {
        ffi_status! {
            let v = try_ref!(p);
            let s = try_str!(s);
            if *v == 7 {
                panic!("boom");
            }
            if s.is_empty() {
                return Err(fail(ami_status::AMI_STATUS_INVALID_ARGUMENT, "s is empty"));
            }
            Ok(())
        }
    }

    #[test]
    fn the_boundary_maps_nulls_errors_and_panics() {
        let one = 1u32;
        let seven = 7u32;
        assert_eq!(
            body(std::ptr::null(), c"x".as_ptr()),
            ami_status::AMI_STATUS_NULL_PARAMETER
        );
        with_last_error(|e| assert_eq!(e, "p is NULL"));
        assert_eq!(
            body(&one, std::ptr::null()),
            ami_status::AMI_STATUS_NULL_PARAMETER
        );
        with_last_error(|e| assert_eq!(e, "s is NULL"));
        assert_eq!(
            body(&one, c"".as_ptr()),
            ami_status::AMI_STATUS_INVALID_ARGUMENT
        );
        let bad = [0xffu8, 0];
        assert_eq!(
            body(&one, bad.as_ptr().cast()),
            ami_status::AMI_STATUS_INVALID_ARGUMENT
        );
        with_last_error(|e| assert_eq!(e, "s is not UTF-8"));
        assert_eq!(body(&seven, c"x".as_ptr()), ami_status::AMI_STATUS_PANIC);
        assert_eq!(body(&one, c"x".as_ptr()), ami_status::AMI_STATUS_OK);
        with_last_error(|e| assert_eq!(e, ""));
    }

    #[test]
    fn copy_out_reports_the_size_and_writes_only_when_it_fits() {
        let mut buf = [1 as c_char; 4];
        // SAFETY: 4 writable bytes.
        assert_eq!(unsafe { copy_out(b"abcd", buf.as_mut_ptr(), 4) }, 5);
        assert_eq!(buf, [1; 4]);
        // SAFETY: as above.
        assert_eq!(unsafe { copy_out(b"abc", buf.as_mut_ptr(), 4) }, 4);
        assert_eq!(buf, [97, 98, 99, 0]);
        // SAFETY: NULL asks for the size.
        assert_eq!(unsafe { copy_out(b"abc", std::ptr::null_mut(), 0) }, 4);
    }
}
