"""libami for Python: a ctypes binding of include/ami.h (standard library only).

    import ami
    m = ami.Manager.from_toml(open("ami.toml").read())
    m.on_event("Hangup", lambda ev: print(ev.server, ev["Channel"]))
    while True:
        m.tick_all(25)

The library is found through $AMI_LIB (a path to libami.so), else by name.
A manager is driven by one thread at a time; callbacks run inside tick_all.
"""

import ctypes
import os

_lib = ctypes.CDLL(os.environ.get("AMI_LIB") or "libami.so")

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


def version():
    return _lib.ami_version().decode()


class Error(Exception):
    """A libami call failed: `status` is the code, the message says why."""

    def __init__(self, status):
        size = _lib.ami_last_error(None, 0)
        buf = ctypes.create_string_buffer(size)
        _lib.ami_last_error(buf, size)
        detail = buf.value.decode("utf-8", "replace")
        self.status = status
        super().__init__(f"{_lib.ami_status_str(status).decode()}: {detail}" if detail else _lib.ami_status_str(status).decode())


def _check(status):
    if status != OK:
        raise Error(status)


class Message:
    """An event or response, copied out of the library (safe to keep)."""

    def __init__(self, ptr):
        self.server = _lib.ami_message_server(ptr).value()
        self.event = _lib.ami_message_event_name(ptr).value()
        self.action_id = _lib.ami_message_action_id(ptr).value()
        self.headers = []
        k, v = _Str(), _Str()
        for i in range(_lib.ami_message_header_count(ptr)):
            _check(_lib.ami_message_header_at(ptr, i, ctypes.byref(k), ctypes.byref(v)))
            self.headers.append((k.value(), v.value()))

    def __getitem__(self, key):
        for k, v in self.headers:
            if k.lower() == key.lower():
                return v
        raise KeyError(key)

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default


class Completion:
    """An action's outcome: status (OK, TIMEOUT, ...), response, events."""

    def __init__(self, ptr):
        self.status = _lib.ami_completion_status(ptr)
        self.action_id = _lib.ami_completion_action_id(ptr).value()
        self.server = _lib.ami_completion_server(ptr).value()
        self.error = _lib.ami_completion_error(ptr).value()
        r = _lib.ami_completion_response(ptr)
        self.response = Message(r) if r else None
        self.events = [Message(_lib.ami_completion_event_at(ptr, i)) for i in range(_lib.ami_completion_event_count(ptr))]

    @property
    def ok(self):
        return self.status == OK


class Manager:
    """Every configured server on one selector. Drive it from one thread."""

    def __init__(self, ptr):
        self._ptr = ptr
        self._keep = []  # ctypes callbacks must outlive their registration

    @classmethod
    def from_toml(cls, text):
        p = _P()
        _check(_lib.ami_manager_new_from_toml(text.encode(), ctypes.byref(p)))
        return cls(p)

    def close(self):
        if self._ptr:
            _lib.ami_manager_free(self._ptr)
            self._ptr = None

    def __del__(self):
        self.close()

    def tick_all(self, timeout_ms=25):
        rep = _Report()
        _check(_lib.ami_manager_tick_all(self._ptr, timeout_ms, ctypes.byref(rep)))
        return rep

    def state(self, server):
        s = ctypes.c_uint32()
        _check(_lib.ami_manager_server_state(self._ptr, server.encode(), ctypes.byref(s)))
        return STATES[s.value]

    def send(self, action, headers=(), server=None, timeout_ms=0, on_complete=None):
        """Sends; returns the ActionID. Without on_complete, pull with next_completion()."""
        arr = (_Header * max(len(headers), 1))(*[_Header(k.encode(), v.encode()) for k, v in headers])
        out = ctypes.create_string_buffer(ACTION_ID_MAX + 1)
        cb = _DONE_CB()
        if on_complete is not None:
            def trampoline(_ud, ptr):
                on_complete(Completion(ptr))
                self._keep.remove(cb)
            cb = _DONE_CB(trampoline)
            self._keep.append(cb)
        status = _lib.ami_manager_send(self._ptr, server.encode() if server else None, action.encode(), arr, len(headers),
                                       timeout_ms, cb, None, out, len(out))
        if status != OK and on_complete is not None:
            self._keep.remove(cb)
        _check(status)
        return out.value.decode()

    def on_event(self, name, callback):
        """Calls callback(Message) for events named `name` (None: all). Returns the subscription id."""
        cb = _EVENT_CB(lambda _ud, ptr: callback(Message(ptr)))
        self._keep.append(cb)
        sid = ctypes.c_uint64()
        _check(_lib.ami_manager_on_event(self._ptr, name.encode() if name else None, cb, None, ctypes.byref(sid)))
        return sid.value

    def remove_listener(self, sid):
        _check(_lib.ami_manager_remove_listener(self._ptr, sid))

    def enable_event_pull(self):
        _check(_lib.ami_manager_enable_event_pull(self._ptr))

    def next_event(self):
        p = _P()
        _check(_lib.ami_manager_next_event(self._ptr, ctypes.byref(p)))
        if not p:
            return None
        try:
            return Message(p)
        finally:
            _lib.ami_message_free(p)

    def next_completion(self):
        p = _P()
        _check(_lib.ami_manager_next_completion(self._ptr, ctypes.byref(p)))
        if not p:
            return None
        try:
            return Completion(p)
        finally:
            _lib.ami_completion_free(p)

    def metrics(self):
        size = _lib.ami_manager_metrics(self._ptr, None, 0)
        buf = ctypes.create_string_buffer(size)
        _lib.ami_manager_metrics(self._ptr, buf, size)
        return buf.value.decode()
