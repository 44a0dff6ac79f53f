"""A small dialer on libami's Python binding: originates N async calls,
counts the answered ones and the Hangup events, prints a summary.

usage: AMI_LIB=/path/libami.so python3 dialer.py HOST:PORT [N]
"""
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../bindings/python"))
import ami  # noqa: E402

host, port = sys.argv[1].rsplit(":", 1)
n = int(sys.argv[2]) if len(sys.argv) > 2 else 10
m = ami.Manager.from_toml(f'[servers.pbx]\nhost = "{host}"\nport = {port}\nusername = "admin"\nsecret = "amp111"\n')
tally = {"answered": 0, "failed": 0, "hangups": 0}
m.on_event("Hangup", lambda ev: tally.__setitem__("hangups", tally["hangups"] + 1))


def done(c):
    tally["answered" if c.ok else "failed"] += 1


start = time.monotonic()
while m.state("pbx") != "Ready" and time.monotonic() - start < 10:
    m.tick_all(20)
for i in range(n):
    m.send("Originate", [("Channel", f"Local/{100 + i}@dialer"), ("Context", "default"), ("Exten", "s"),
                         ("Priority", "1"), ("Async", "true")], server="pbx", on_complete=done)
start = time.monotonic()
while (tally["answered"] + tally["failed"] < n or tally["hangups"] < tally["answered"]) and time.monotonic() - start < 20:
    m.tick_all(20)
print(f"dialer: {n} originated, {tally['answered']} answered, {tally['failed']} failed, {tally['hangups']} hangups")
m.close()
sys.exit(0 if tally["answered"] == n else 1)
