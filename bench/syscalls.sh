#!/usr/bin/env bash
# System calls per sequential Ping round trip, libami's manager vs a raw
# socket: runs the ping_seq example under `strace -ff` (one trace file per
# thread) and counts the client thread's calls between its start and end
# lines on stderr, so login, warm-up and the in-process simulator's threads
# are left out. Usage: bench/syscalls.sh [N] (default 2000).
set -euo pipefail
n=${1:-2000}
cd "$(dirname "$0")/.."
cargo build -q --profile bench -p bench --example ping_seq
bin=${CARGO_TARGET_DIR:-target}/release/examples/ping_seq
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
for mode in manager raw; do
  strace -ff -o "$dir/$mode" "$bin" "$n" "$mode" 2>"$dir/$mode.err"
  pid=$(sed -n 's/^ping_seq: start pid \([0-9]*\)$/\1/p' "$dir/$mode.err")
  trace="$dir/$mode.$pid"
  calls=$(awk '/"ping_seq: start/ {on = 1; next} /"ping_seq: [0-9]+ round trips/ {on = 0} on && /^[a-z_0-9]+\(/' "$trace")
  total=$(printf '%s\n' "$calls" | grep -c . || true)
  echo "$mode: $(awk -v t="$total" -v n="$n" 'BEGIN {printf "%.2f", t / n}') system calls per round trip ($total for $n)"
  printf '%s\n' "$calls" | sed 's/(.*//' | sort | uniq -c | sort -rn |
    awk -v n="$n" '{printf "  %-16s %.2f\n", $2, $1 / n}'
done
