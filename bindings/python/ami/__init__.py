"""libami for Python: a ctypes binding of include/ami.h (standard library only).

    import ami
    m = ami.Manager.from_toml(open("ami.toml").read())
    m.on_event("Hangup", lambda ev: print(ev.server, ev["Channel"]))
    while True:
        m.tick_all(25)

The library is found through $AMI_LIB (a path to libami.so), else
$AMI_PREFIX/lib, else `pkg-config --variable=libdir ami`, else the loader's
search path. A manager is driven by one thread at a time; callbacks run
inside tick_all, and may send, add or remove listeners, and close the
manager (it is then freed when the tick returns).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import subprocess
import weakref
from typing import Any, Callable, Dict, List, Optional, Sequence, Tuple

__all__ = ["Manager", "Message", "Completion", "Error", "version", "library_path"]


def _candidates() -> List[str]:
    found = []
    if os.environ.get("AMI_LIB"):
        found.append(os.environ["AMI_LIB"])
    if os.environ.get("AMI_PREFIX"):
        found.append(os.path.join(os.environ["AMI_PREFIX"], "lib", "libami.so"))
    try:
        libdir = subprocess.run(["pkg-config", "--variable=libdir", "ami"], capture_output=True, text=True,
                                check=False).stdout.strip()
        if libdir:
            found.append(os.path.join(libdir, "libami.so"))
    except OSError:
        pass
    name = ctypes.util.find_library("ami")
    if name:
        found.append(name)
    found.append("libami.so")
    return found


def _load() -> Tuple[ctypes.CDLL, str]:
    errors = []
    for path in _candidates():
        try:
            return ctypes.CDLL(path), path
        except OSError as e:
            errors.append(f"{path}: {e}")
    raise ImportError("libami not found (set AMI_LIB or AMI_PREFIX, or install it with pkg-config): "
                      + "; ".join(errors))


_lib, _path = _load()


def library_path() -> str:
    """The libami that was loaded."""
    return _path

OK, NULL_PARAMETER, INVALID_ARGUMENT, UNKNOWN_SERVER, NOT_READY, BACKPRESSURE, CONFIG, TIMEOUT, \
    CONNECTION_LOST, SERVER_ERROR, PROTOCOL_ERROR, BUFFER_TOO_SMALL, IO, PANIC, CLOSED, REENTRANT, \
    NOT_SENT = range(17)
STATES = ["Disconnected", "Connecting", "AwaitingBanner", "Authenticating", "Ready", "Closing"]
ACTION_ID_MAX = 128


class _Str(ctypes.Structure):
    _fields_ = [("ptr", ctypes.POINTER(ctypes.c_uint8)), ("len", ctypes.c_size_t)]

    def value(self):
        if not self.ptr:
            return None
        return ctypes.string_at(self.ptr, self.len).decode("utf-8", "replace")


class _Header(ctypes.Structure):
    _fields_ = [("key", ctypes.c_char_p), ("value", ctypes.c_char_p)]


class _Report(ctypes.Structure):
    _fields_ = [("progressed", ctypes.c_uint8), ("clamped", ctypes.c_uint8), ("bytes_read", ctypes.c_uint64),
                ("events", ctypes.c_uint64), ("completions", ctypes.c_uint64)]


_COUNTERS = ["bytes_in", "bytes_out", "frames", "events", "dropped_events", "garbage_frames", "protocol_errors",
             "unmatched", "actions_sent", "actions_ok", "actions_failed", "actions_timed_out", "actions_lost",
             "actions_overflowed", "discarded_items", "connect_attempts", "reconnects", "circuit_opens", "heartbeats"]


class _Counters(ctypes.Structure):
    _fields_ = [(n, ctypes.c_uint64) for n in _COUNTERS]


class _Stats(ctypes.Structure):
    _fields_ = [(n, ctypes.c_uint64) for n in [
        "servers", "servers_ready", "circuits_open", "pending", "queue_depth", "pulled_events_waiting",
        "pulled_completions_waiting", "unhandled_events", "unclaimed_completions", "pull_dropped_events",
        "pull_dropped_completions", "refused_submissions", "reentrant_ticks", "poll_errors", "clamped_ticks",
        "listener_panics"]] + [("totals", _Counters)]


class _ServerStats(ctypes.Structure):
    _fields_ = [(n, ctypes.c_uint64) for n in [
        "state", "circuit", "pending", "queue_depth", "listener_panics", "latency_count", "latency_sum_us"]] + [
        ("counters", _Counters)]


def _as_dict(st: ctypes.Structure) -> Dict[str, Any]:
    out: Dict[str, Any] = {}
    for name, _ in st._fields_:
        v = getattr(st, name)
        out[name] = _as_dict(v) if isinstance(v, ctypes.Structure) else int(v)
    return out


_EVENT_CB = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p)
_DONE_CB = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p)
_P = ctypes.c_void_p


def _sig(name, res, *args):
    f = getattr(_lib, name)
    f.restype = res
    f.argtypes = list(args)
    return f


_sig("ami_version", ctypes.c_char_p)
_sig("ami_status_str", ctypes.c_char_p, ctypes.c_uint32)
_sig("ami_last_error", ctypes.c_size_t, ctypes.c_char_p, ctypes.c_size_t)
_sig("ami_manager_new_from_toml", ctypes.c_uint32, ctypes.c_char_p, ctypes.POINTER(_P))
_sig("ami_manager_free", None, _P)
_sig("ami_manager_tick_all", ctypes.c_uint32, _P, ctypes.c_int32, ctypes.POINTER(_Report))
_sig("ami_manager_send", ctypes.c_uint32, _P, ctypes.c_char_p, ctypes.c_char_p, ctypes.POINTER(_Header), ctypes.c_size_t,
     ctypes.c_int32, _DONE_CB, _P, ctypes.c_char_p, ctypes.c_size_t)
_sig("ami_manager_on_event", ctypes.c_uint32, _P, ctypes.c_char_p, _EVENT_CB, _P, ctypes.POINTER(ctypes.c_uint64))
_sig("ami_manager_remove_listener", ctypes.c_uint32, _P, ctypes.c_uint64)
_sig("ami_manager_enable_event_pull", ctypes.c_uint32, _P)
_sig("ami_manager_next_event", ctypes.c_uint32, _P, ctypes.POINTER(_P))
_sig("ami_manager_next_completion", ctypes.c_uint32, _P, ctypes.POINTER(_P))
_sig("ami_manager_metrics", ctypes.c_size_t, _P, ctypes.c_char_p, ctypes.c_size_t)
_sig("ami_manager_stats", ctypes.c_uint32, _P, ctypes.POINTER(_Stats), ctypes.c_size_t)
_sig("ami_manager_server_stats", ctypes.c_uint32, _P, ctypes.c_char_p, ctypes.POINTER(_ServerStats), ctypes.c_size_t)
_sig("ami_manager_server_state", ctypes.c_uint32, _P, ctypes.c_char_p, ctypes.POINTER(ctypes.c_uint32))
_sig("ami_message_free", None, _P)
_sig("ami_message_server", _Str, _P)
_sig("ami_message_event_name", _Str, _P)
_sig("ami_message_action_id", _Str, _P)
_sig("ami_message_get", _Str, _P, ctypes.c_char_p)
_sig("ami_message_header_count", ctypes.c_size_t, _P)
_sig("ami_message_header_at", ctypes.c_uint32, _P, ctypes.c_size_t, ctypes.POINTER(_Str), ctypes.POINTER(_Str))
_sig("ami_completion_free", None, _P)
_sig("ami_completion_status", ctypes.c_uint32, _P)
_sig("ami_completion_action_id", _Str, _P)
_sig("ami_completion_server", _Str, _P)
_sig("ami_completion_error", _Str, _P)
_sig("ami_completion_response", _P, _P)
_sig("ami_completion_event_count", ctypes.c_size_t, _P)
_sig("ami_completion_event_at", _P, _P, ctypes.c_size_t)


def version() -> str:
    """The library's version, e.g. "0.1.0"."""
    return _lib.ami_version().decode()


class Error(Exception):
    """A libami call failed: `status` is the code, the message says why."""

    def __init__(self, status: int, detail: Optional[str] = None) -> None:
        if detail is None:
            size = _lib.ami_last_error(None, 0)
            buf = ctypes.create_string_buffer(size)
            _lib.ami_last_error(buf, size)
            detail = buf.value.decode("utf-8", "replace")
        self.status = status
        text = _lib.ami_status_str(status).decode()
        super().__init__(f"{text}: {detail}" if detail else text)


def _check(status: int) -> None:
    if status != OK:
        raise Error(status)


class Message:
    """An event or response, copied out of the library (safe to keep)."""

    def __init__(self, ptr: Any) -> None:
        self.server: Optional[str] = _lib.ami_message_server(ptr).value()
        self.event = _lib.ami_message_event_name(ptr).value()
        self.action_id = _lib.ami_message_action_id(ptr).value()
        self.headers: List[Tuple[str, str]] = []
        k, v = _Str(), _Str()
        for i in range(_lib.ami_message_header_count(ptr)):
            _check(_lib.ami_message_header_at(ptr, i, ctypes.byref(k), ctypes.byref(v)))
            self.headers.append((k.value(), v.value()))

    def __getitem__(self, key: str) -> str:
        for k, v in self.headers:
            if k.lower() == key.lower():
                return v
        raise KeyError(key)

    def get(self, key: str, default: Optional[str] = None) -> Optional[str]:
        try:
            return self[key]
        except KeyError:
            return default


class Completion:
    """An action's outcome: status (OK, TIMEOUT, ...), response, events."""

    def __init__(self, ptr: Any) -> None:
        self.status: int = _lib.ami_completion_status(ptr)
        self.action_id = _lib.ami_completion_action_id(ptr).value()
        self.server = _lib.ami_completion_server(ptr).value()
        self.error = _lib.ami_completion_error(ptr).value()
        r = _lib.ami_completion_response(ptr)
        self.response = Message(r) if r else None
        self.events = [Message(_lib.ami_completion_event_at(ptr, i)) for i in range(_lib.ami_completion_event_count(ptr))]

    @property
    def ok(self) -> bool:
        return self.status == OK


class Manager:
    """Every configured server on one selector. Drive it from one thread.

    ctypes callback objects are kept while C may call them: a listener's
    until it is removed (or the manager closed), a completion's until it
    ran; one dropped from inside a callback is released after the tick.
    """

    def __init__(self, ptr: Any) -> None:
        self._ptr: Any = ptr
        self._listeners: dict = {}  # subscription id -> ctypes callback
        self._pending: dict = {}  # id(callback) -> ctypes callback, until it ran
        self._released: list = []  # dropped inside a tick: freed after it
        self._ticking = 0

    @classmethod
    def from_toml(cls, text: str) -> "Manager":
        p = _P()
        _check(_lib.ami_manager_new_from_toml(text.encode(), ctypes.byref(p)))
        return cls(p)

    def _handle(self) -> Any:
        if not self._ptr:
            raise Error(CLOSED, "the manager was closed")
        return self._ptr

    def _release(self, cb: Any) -> None:
        if self._ticking:
            self._released.append(cb)  # C may still be running it

    def close(self) -> None:
        """Frees the manager. Safe inside a callback: libami frees it when
        the running tick returns; the callbacks are released after it."""
        if self._ptr:
            _lib.ami_manager_free(self._ptr)
            self._ptr = None
            for cb in list(self._listeners.values()) + list(self._pending.values()):
                self._release(cb)
            self._listeners.clear()
            self._pending.clear()

    def __del__(self) -> None:
        self.close()

    def __enter__(self) -> "Manager":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    @property
    def closed(self) -> bool:
        return not self._ptr

    def tick_all(self, timeout_ms: int = 25) -> _Report:
        """One tick; callbacks run inside. Inside a callback: Error(REENTRANT)."""
        rep = _Report()
        ptr = self._handle()
        self._ticking += 1
        try:
            status = _lib.ami_manager_tick_all(ptr, timeout_ms, ctypes.byref(rep))
        finally:
            self._ticking -= 1
            if not self._ticking:
                self._released.clear()
        if status == CLOSED and not self._ptr:
            return rep  # a callback closed the manager during this tick
        _check(status)
        return rep

    def state(self, server: str) -> str:
        s = ctypes.c_uint32()
        _check(_lib.ami_manager_server_state(self._handle(), server.encode(), ctypes.byref(s)))
        return STATES[s.value]

    def send(self, action: str, headers: Sequence[Tuple[str, str]] = (), server: Optional[str] = None,
             timeout_ms: int = 0, on_complete: Optional[Callable[[Completion], None]] = None) -> str:
        """Sends; returns the ActionID. Without on_complete, pull with next_completion()."""
        ptr = self._handle()
        arr = (_Header * max(len(headers), 1))(*[_Header(k.encode(), v.encode()) for k, v in headers])
        out = ctypes.create_string_buffer(ACTION_ID_MAX + 1)
        cb = _DONE_CB()
        if on_complete is not None:
            def trampoline(_ud: Any, p: Any) -> None:
                done = self._pending.pop(id(cb), None)
                if done is not None:
                    self._release(done)
                on_complete(Completion(p))
            cb = _DONE_CB(trampoline)
            self._pending[id(cb)] = cb
        status = _lib.ami_manager_send(ptr, server.encode() if server else None, action.encode(), arr, len(headers),
                                       timeout_ms, cb, None, out, len(out))
        if status != OK and on_complete is not None:
            self._pending.pop(id(cb), None)
        _check(status)
        return out.value.decode()

    def on_event(self, name: Optional[str], callback: Callable[[Message], None]) -> int:
        """Calls callback(Message) for events named `name` (None: all). Returns the subscription id."""
        ptr = self._handle()
        me = weakref.ref(self)

        def trampoline(_ud: Any, p: Any) -> None:
            m = me()
            if m is not None and m._ptr:  # not after close() earlier in this tick
                callback(Message(p))

        cb = _EVENT_CB(trampoline)
        sid = ctypes.c_uint64()
        _check(_lib.ami_manager_on_event(ptr, name.encode() if name else None, cb, None, ctypes.byref(sid)))
        self._listeners[sid.value] = cb
        return sid.value

    def remove_listener(self, sid: int) -> None:
        """Removes a subscription and drops its callback (after the tick when
        called from inside one, its own included)."""
        _check(_lib.ami_manager_remove_listener(self._handle(), sid))
        cb = self._listeners.pop(sid, None)
        if cb is not None:
            self._release(cb)

    def enable_event_pull(self) -> None:
        _check(_lib.ami_manager_enable_event_pull(self._handle()))

    def next_event(self) -> Optional[Message]:
        p = _P()
        _check(_lib.ami_manager_next_event(self._handle(), ctypes.byref(p)))
        if not p:
            return None
        try:
            return Message(p)
        finally:
            _lib.ami_message_free(p)

    def next_completion(self) -> Optional[Completion]:
        p = _P()
        _check(_lib.ami_manager_next_completion(self._handle(), ctypes.byref(p)))
        if not p:
            return None
        try:
            return Completion(p)
        finally:
            _lib.ami_completion_free(p)

    def stats(self) -> Dict[str, Any]:
        """Every counter and gauge of the manager (``totals``: the servers' counters summed)."""
        st = _Stats()
        _check(_lib.ami_manager_stats(self._handle(), ctypes.byref(st), ctypes.sizeof(st)))
        return _as_dict(st)

    def server_stats(self, server: str) -> Dict[str, Any]:
        """One server's counters and gauges (``state`` as an integer, ``counters`` nested)."""
        st = _ServerStats()
        _check(_lib.ami_manager_server_stats(self._handle(), server.encode(), ctypes.byref(st), ctypes.sizeof(st)))
        return _as_dict(st)

    def metrics(self) -> str:
        ptr = self._handle()
        size = _lib.ami_manager_metrics(ptr, None, 0)
        buf = ctypes.create_string_buffer(size)
        _lib.ami_manager_metrics(ptr, buf, size)
        return buf.value.decode()
