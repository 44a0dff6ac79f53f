"""Tests of the ctypes binding against ami-sim. Needs AMI_LIB and AMI_SIM
(HOST:PORT of a simulator that never answers Getvar)."""

import gc
import os
import sys
import time
import weakref

import ami

HOST, PORT = os.environ["AMI_SIM"].rsplit(":", 1)
TOML = f'default = "pbx1"\n[servers.pbx1]\nhost = "{HOST}"\nport = {PORT}\nusername = "admin"\nsecret = "amp111"\ntimeout = 2\n'


def tick_until(m, cond, limit=10.0):
    start = time.monotonic()
    while not cond():
        assert time.monotonic() - start < limit, "condition not reached"
        m.tick_all(20)


def test_config_error_names_the_key():
    try:
        ami.Manager.from_toml("[options]\nconect_timeout = 5\n")
    except ami.Error as e:
        assert e.status == ami.CONFIG and "conect_timeout" in str(e)
    else:
        raise AssertionError("expected an error")


def test_login_events_actions_pull_and_errors():
    m = ami.Manager.from_toml(TOML)
    seen = []
    m.on_event(None, lambda ev: seen.append(ev.event))
    m.enable_event_pull()
    tick_until(m, lambda: m.state("pbx1") == "Ready")
    tick_until(m, lambda: "FullyBooted" in seen)
    done = []
    aid = m.send("Ping", on_complete=done.append)
    assert aid.startswith("pbx1-")
    tick_until(m, lambda: done)
    assert done[0].ok and done[0].response["Ping"] == "Pong" and done[0].action_id == aid
    m.send("QueueStatus", [("Queue", "support")])
    got = []
    tick_until(m, lambda: got.append(m.next_completion()) or got[-1] is not None)
    c = got[-1]
    assert c.ok and [e.event for e in c.events][:2] == ["QueueParams", "QueueMember"]
    assert c.events[0]["queue"] == "support"
    ev = m.next_event()
    assert ev is not None and ev.event == "FullyBooted" and ev.server == "pbx1"
    timed = []
    m.send("Getvar", [("Variable", "X")], timeout_ms=200, on_complete=timed.append)
    tick_until(m, lambda: timed)
    assert timed[0].status == ami.TIMEOUT and "timed out" in timed[0].error
    for bad, status in [(lambda: m.send("Setvar", [("Variable", "a\r\nAction: Hangup")]), ami.INVALID_ARGUMENT),
                        (lambda: m.send("Ping", server="nope"), ami.UNKNOWN_SERVER),
                        (lambda: m.tick_all(-1), ami.INVALID_ARGUMENT)]:
        try:
            bad()
        except ami.Error as e:
            assert e.status == status, (e.status, status)
        else:
            raise AssertionError("expected an error")
    assert 'ami_up{server="pbx1"} 1' in m.metrics()
    st = m.stats()
    assert st["servers"] == 1 and st["servers_ready"] == 1 and st["pending"] == 0
    assert st["totals"]["actions_ok"] == 2 and st["totals"]["actions_timed_out"] == 1
    one = m.server_stats("pbx1")
    assert one["counters"]["actions_sent"] == st["totals"]["actions_sent"] and one["latency_count"] == 3
    expect_error(lambda: m.server_stats("nope"), ami.UNKNOWN_SERVER)
    m.close()


def ready():
    m = ami.Manager.from_toml(TOML)
    tick_until(m, lambda: m.state("pbx1") == "Ready")
    return m


def expect_error(f, status):
    try:
        f()
    except ami.Error as e:
        assert e.status == status, (e.status, status, str(e))
    else:
        raise AssertionError(f"expected status {status}")


def test_close_inside_a_callback_is_safe():
    m = ready()
    seen = []

    def on_user(ev):
        seen.append(ev.event)
        if len(seen) == 1:
            m.close()
            expect_error(lambda: m.send("Ping"), ami.CLOSED)
            expect_error(lambda: m.tick_all(0), ami.CLOSED)

    m.on_event("UserEvent", on_user)
    m.send("UserEvent", [("UserEvent", "one")])
    m.send("UserEvent", [("UserEvent", "two")])
    tick_until(m, lambda: seen or m.closed)
    assert m.closed and len(seen) == 1
    expect_error(lambda: m.tick_all(0), ami.CLOSED)
    m.close()


def test_nested_tick_inside_a_callback_is_refused():
    m = ready()
    got = []

    def on_user(_ev):
        expect_error(lambda: m.tick_all(0), ami.REENTRANT)
        got.append(1)

    m.on_event("UserEvent", on_user)
    m.send("UserEvent", [("UserEvent", "nested")])
    tick_until(m, lambda: got)
    assert "ami_reentrant_ticks_total 1" in m.metrics()
    m.close()


class _Counter:
    def __init__(self):
        self.calls = 0

    def __call__(self, _ev):
        self.calls += 1


def test_remove_listener_releases_its_callback():
    m = ready()
    f = _Counter()
    ref = weakref.ref(f)
    sid = m.on_event(None, f)
    del f
    gc.collect()
    assert ref() is not None, "dropped while registered"
    m.remove_listener(sid)
    gc.collect()
    assert ref() is None, "still referenced after remove_listener"
    expect_error(lambda: m.remove_listener(sid), ami.INVALID_ARGUMENT)

    # Removed from inside its own callback: released after the tick, and
    # never called again.
    state = {"sid": 0}
    g = _Counter()

    def once(ev):
        g(ev)
        if g.calls == 1:
            m.remove_listener(state["sid"])

    state["sid"] = m.on_event("UserEvent", once)
    m.send("UserEvent", [("UserEvent", "a")])
    m.send("UserEvent", [("UserEvent", "b")])
    tick_until(m, lambda: g.calls >= 1)
    for _ in range(10):
        m.tick_all(10)
    assert g.calls == 1
    once_ref = weakref.ref(once)
    del once
    gc.collect()
    assert once_ref() is None
    m.close()


def test_tls_config_through_the_c_abi():
    host, port = os.environ["AMI_SIM_TLS"].rsplit(":", 1)
    pin = os.environ["AMI_SIM_TLS_PIN"]
    m = ami.Manager.from_toml(
        f'[servers.tls1]\nhost = "{host}"\nport = {port}\nusername = "admin"\n'
        f'secret = "amp111"\ntimeout = 2\ntls = true\ntls_pin_sha256 = "{pin}"\n'
    )
    tick_until(m, lambda: m.state("tls1") == "Ready")
    done = []
    m.send("Ping", server="tls1", on_complete=done.append)
    tick_until(m, lambda: bool(done))
    assert done[0].ok, done[0]
    m.close()


def test_installed_package():
    assert "site-packages" in ami.__file__ or os.environ.get("AMI_TEST_SOURCE"), ami.__file__
    assert ami.version() == "0.1.0" and ami.library_path()


if __name__ == "__main__":
    tests = [v for k, v in sorted(globals().items()) if k.startswith("test_")]
    failed = 0
    for t in tests:
        try:
            t()
        except Exception as e:  # noqa: BLE001
            failed += 1
            print(f"FAIL {t.__name__}: {e!r}")
    print(f"python: {len(tests) - failed} passed, {failed} failed")
    sys.exit(1 if failed else 0)
