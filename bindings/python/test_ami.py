"""Tests of the ctypes binding against ami-sim. Needs AMI_LIB and AMI_SIM
(HOST:PORT of a simulator that never answers Getvar)."""

import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ami  # noqa: E402

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
    m.close()


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
