#!/usr/bin/env bash
# Runs the decoder fuzzer for $1 seconds (default 600), seeded from testdata/.
set -euo pipefail
cd "$(dirname "$0")"
secs=${1:-600}
mkdir -p corpus/decode
for f in ../testdata/asterisk22/*.raw; do
  # One knob byte first (see the target), then the capture.
  printf '\x07' | cat - "$f" > "corpus/decode/$(basename "$f")"
done
RUSTC_BOOTSTRAP=1 cargo fuzz run decode corpus/decode -- -max_total_time="$secs" -max_len=65536 -print_final_stats=1
