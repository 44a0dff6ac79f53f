#!/usr/bin/env python3
"""Send N Originate requests through the libami Redis bus and wait for
their results (redis-py: `pip install redis`).

    ami listen --all --redis redis://127.0.0.1:6379 --actions ami &
    python3 producer.py --redis redis://127.0.0.1:6379 --prefix ami --server pbx1 -n 100

Each request carries an idempotency key (`id`); sending the same id again
within the worker's dedupe window returns the stored result instead of
dialling twice, so a producer may retry freely after a crash.
"""

import argparse
import json
import sys
import time
import uuid

import redis


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--redis", default="redis://127.0.0.1:6379")
    ap.add_argument("--prefix", default="ami")
    ap.add_argument("--server", help="server key (default: the routed stream)")
    ap.add_argument("-n", type=int, default=100)
    ap.add_argument("--timeout", type=float, default=30.0, help="seconds to wait for all results")
    a = ap.parse_args()

    r = redis.Redis.from_url(a.redis, decode_responses=True)
    stream = f"{a.prefix}:{{{a.server}}}" if a.server else f"{a.prefix}:routed"
    # A reply stream of our own, so we read only our results.
    reply_to = f"{a.prefix}:results:{uuid.uuid4().hex[:8]}"
    run = uuid.uuid4().hex[:8]
    ids = set()
    pipe = r.pipeline(transaction=False)
    for i in range(a.n):
        rid = f"{run}-{i}"
        ids.add(rid)
        pipe.xadd(stream, {
            "id": rid,
            "action": "Originate",
            "Channel": "PJSIP/100",
            "Context": "default",
            "Exten": "200",
            "Priority": "1",
            "Async": "true",
            "Variable": f"req={rid}",
            "timeout_ms": "10000",
            "reply_to": reply_to,
        })
    pipe.execute()

    statuses = {}
    last = "0-0"
    deadline = time.monotonic() + a.timeout
    while ids and time.monotonic() < deadline:
        for _, entries in r.xread({reply_to: last}, block=500, count=1000) or []:
            for entry_id, fields in entries:
                last = entry_id
                if fields.get("id") in ids:
                    ids.discard(fields["id"])
                    statuses[fields["status"]] = statuses.get(fields["status"], 0) + 1
                    if fields["status"] != "ok":
                        print(f"{fields['id']}: {fields['status']}: {fields.get('error', '')}", file=sys.stderr)
    r.delete(reply_to)
    print(json.dumps({"results": statuses, "missing": len(ids)}))
    return 0 if not ids and set(statuses) <= {"ok"} else 1


if __name__ == "__main__":
    sys.exit(main())
