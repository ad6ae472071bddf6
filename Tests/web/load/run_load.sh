#!/usr/bin/env bash
# Load on loopback: a release signpost-web, one whole conversation's requests replayed by wrk under 64
# connections for $SECONDS_TO_RUN seconds (default 60), with the server's memory sampled every 5 s.
# Usage: Tests/web/load/run_load.sh [PATH-TO-signpost-web]
set -euo pipefail
binary="${1:-}"
if [ -n "$binary" ]; then binary="$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")"; fi
cd "$(dirname "$0")"
binary="${binary:-$(cd ../../.. && swift build -c release --show-bin-path)/signpost-web}"
duration="${SECONDS_TO_RUN:-60}"
port="${PORT:-18080}"
work="$(mktemp -d)"
"$binary" --port "$port" > "$work/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/" >/dev/null && break; sleep 0.1; done
python3 make_requests.py "http://127.0.0.1:$port" "$work/requests.txt"
echo "memory (RSS) before: $(ps -o rss= -p "$server") KiB"
( for i in $(seq $((duration / 5))); do sleep 5; echo "memory (RSS) at +$((i * 5))s: $(ps -o rss= -p "$server" 2>/dev/null) KiB"; done ) &
sampler=$!
REQUESTS="$work/requests.txt" wrk -t2 -c64 -d"${duration}s" --latency -s conversation.lua "http://127.0.0.1:$port/" | tee "$work/wrk.txt"
wait "$sampler" || true
echo "memory (RSS) after: $(ps -o rss= -p "$server") KiB"

# What the run must show: requests served, none refused or failed, and the server still up after it.
fail() { echo "load run failed: $*" >&2; exit 1; }
requests=$(awk '/requests in/ { print $1 }' "$work/wrk.txt")
[ -n "$requests" ] && [ "$requests" -gt 0 ] || fail "wrk served no requests"
! grep -q "Non-2xx or 3xx responses" "$work/wrk.txt" || fail "$(grep "Non-2xx or 3xx responses" "$work/wrk.txt")"
! grep -q "Socket errors" "$work/wrk.txt" || fail "$(grep "Socket errors" "$work/wrk.txt")"
kill -0 "$server" 2>/dev/null || fail "the server is no longer running"
curl -sf "http://127.0.0.1:$port/" >/dev/null || fail "the server no longer answers"
