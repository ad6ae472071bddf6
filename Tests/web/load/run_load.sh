#!/usr/bin/env bash
# Load on loopback: a release signpost-web, one whole conversation's requests replayed by wrk under 64
# connections for $SECONDS_TO_RUN seconds (default 60), with the server's memory sampled every 5 s.
# Fails (exit 1) when any request failed (a socket error or a status other than 2xx or 3xx), when p99
# is over $P99_LIMIT_MS (default 50), or when fewer than $MINIMUM_RATE requests a second were answered
# (default 0: not checked, since a shared machine's speed varies; docs/performance.md has the figures).
# Usage: Tests/web/load/run_load.sh [PATH-TO-signpost-web]
set -euo pipefail
binary="${1:-}"
if [ -n "$binary" ]; then binary="$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")"; fi
cd "$(dirname "$0")"
binary="${binary:-$(cd ../../.. && swift build -c release --show-bin-path)/signpost-web}"
duration="${SECONDS_TO_RUN:-60}"
port="${PORT:-18080}"
limit="${P99_LIMIT_MS:-50}"
minimum="${MINIMUM_RATE:-0}"
work="$(mktemp -d)"
"$binary" --port "$port" > "$work/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
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
python3 - "$work/wrk.txt" "$limit" "$minimum" <<'PY'
import re, sys
text, limit, minimum = open(sys.argv[1]).read(), float(sys.argv[2]), float(sys.argv[3])
def ms(value, unit):
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]
p99 = re.search(r"^\s*99%\s+([\d.]+)(us|ms|s|m)\s*$", text, re.M)
rate = re.search(r"Requests/sec:\s+([\d.]+)", text)
failed = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
problems = []
if not p99 or not rate:
    problems.append("wrk's report could not be read")
else:
    if ms(*p99.groups()) > limit:
        problems.append(f"p99 {ms(*p99.groups()):.1f} ms is over {limit:.0f} ms")
    if float(rate.group(1)) < minimum:
        problems.append(f"{float(rate.group(1)):.0f} requests a second is under {minimum:.0f}")
if failed and int(failed.group(1)) > 0:
    problems.append(f"{failed.group(1)} responses were not 2xx or 3xx")
if errors and sum(map(int, errors.groups())) > 0:
    problems.append("socket errors: " + errors.group(0))
if problems:
    print("LOAD FAILED: " + "; ".join(problems))
    sys.exit(1)
print(f"LOAD OK: {float(rate.group(1)):.0f} requests a second, p99 {ms(*p99.groups()):.1f} ms (limit {limit:.0f} ms), no errors")
PY
