#!/usr/bin/env bash
# Measures Signpost against Yams on the same generated dialogues, and signpost's start-up against a
# Foundation hello-world, and prints medians and the ratios docs/performance.md reports.
#
#   Benchmarks/compare.sh [ROUNDS]        (default 5 rounds)
#
# Release builds; each measurement is its own process (bench-runner measure), and the rounds interleave
# ours and Yams's, so that a busy machine slows both alike. Needs python3 (for the table) and hyperfine
# (Debian: apt-get install hyperfine) for start-up; without hyperfine that row is skipped.
set -euo pipefail
cd "$(dirname "$0")"
rounds=${1:-5}
data=.data
results=$(mktemp)
trap 'rm -f "$results"' EXIT

echo "building (release)..." >&2
swift build -c release --product bench-runner >&2
swift build -c release --product hello-foundation >&2
(cd .. && swift build -c release --product signpost >&2)
runner=.build/release/bench-runner
signpost=../.build/release/signpost
hello=.build/release/hello-foundation

[ -f "$data/dialogue-20MB.yaml" ] && [ -f "$data/changed-1MB.transcript" ] || "$runner" generate "$data" >&2

dialogue_workloads=(parse parse+load parse+load+check dump yams.load yams.compose bytescan)
for round in $(seq 1 "$rounds"); do
    echo "round $round of $rounds" >&2
    for size in 1MB 5MB 20MB; do
        for workload in "${dialogue_workloads[@]}"; do
            "$runner" measure "$workload" "$data/dialogue-$size.yaml" 1 >>"$results"
        done
    done
    "$runner" measure replay "$data/replay.transcript" 1 >>"$results"
    "$runner" measure test "$data/changed-1MB.transcript" 1 >>"$results"
    # The shipped dialogue (Dialogues/): the workloads that decide whether a fast path stays.
    for workload in shipped.start shipped.check shipped.test shipped.phrasings shipped.pages; do
        "$runner" measure-shipped "$workload" .. 1 >>"$results"
    done
done

# `signpost test` on a 1 MB transcript whose every output line changed: wall time and peak memory of the
# whole command (it fails, as it should: the transcript differs).
python3 - "$signpost" "$data/changed-1MB.transcript" >>"$results" <<'EOF'
import resource, subprocess, sys, time
start = time.monotonic()
subprocess.run([sys.argv[1], "test", sys.argv[2]], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
seconds = time.monotonic() - start
print(f"cli-test changed-1MB.transcript 0 0 {seconds:.6f} {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024}")
EOF

startup=""
if command -v hyperfine >/dev/null 2>&1; then
    json=$(mktemp)
    # Standard input is /dev/null under hyperfine: signpost prints its first question and ends.
    hyperfine -N --warmup 5 --runs 40 --export-json "$json" "$signpost" "$hello" >/dev/null 2>&1
    startup=$json
fi

python3 - "$results" "$startup" <<'EOF'
import json, statistics, sys

rows = {}
for line in open(sys.argv[1]):
    parts = line.split()
    workload, name, size, units, seconds, peak = parts[0], parts[1], int(parts[2]), int(parts[3]), float(parts[4]), int(parts[5])
    entry = rows.setdefault((workload, name), {"size": size, "units": units, "seconds": [], "peak": []})
    entry["seconds"].append(seconds)
    entry["peak"].append(peak)

def median(workload, name):
    return statistics.median(rows[(workload, name)]["seconds"])

def peak(workload, name):
    return max(rows[(workload, name)]["peak"])

print(f"{'workload':<18} {'file':<26} {'median ms':>10} {'MB/s':>8} {'peak MB':>8} {'peak/file':>9}")
for (workload, name), entry in rows.items():
    m = statistics.median(entry["seconds"])
    size = entry["size"]
    rate = f"{size / m / 1e6:8.1f}" if size and m else f"{'':>8}"
    ratio = f"{entry['peak'][0] / size:9.2f}" if size else f"{'':>9}"
    print(f"{workload:<18} {name:<26} {m * 1000:10.1f} {rate} {max(entry['peak']) / 1e6:8.1f} {ratio}")

print()
print("ratios (medians)                                         figure   target")
big, small = "dialogue-20MB.yaml", "dialogue-1MB.yaml"
for size in ["1MB", "5MB", "20MB"]:
    f = f"dialogue-{size}.yaml"
    print(f"parse+load: {median('yams.load', f) / median('parse+load', f):.1f} x Yams.load ({size.replace('MB', ' MB')})")
print(f"parse: {median('yams.compose', big) / median('parse', big):.1f} x Yams.compose (20 MB)")
through = (median('parse+load', small) / rows[('parse+load', small)]['size']) / (median('parse+load', big) / rows[('parse+load', big)]['size'])
print(f"{'parse+load throughput, 20 MB / 1 MB':<56} {through:6.2f}   >= 0.8")
print(f"{'check / parse time (20 MB), check alone':<56} {(median('parse+load+check', big) - median('parse+load', big)) / median('parse', big):6.2f}   <= 2")
print(f"{'peak memory of parse+load+check / file size (20 MB)':<56} {peak('parse+load+check', big) / rows[('parse+load+check', big)]['size']:6.2f}   <= 4")
replay = rows[("replay", "replay.transcript")]
print(f"{'transcript replay, turns per second':<56} {replay['units'] / median('replay', 'replay.transcript'):6.0f}   >= 100000")
print(f"{'test of 1 MB transcript, all changed (in process): s':<56} {median('test', 'changed-1MB.transcript'):6.2f}   < 1")
print(f"{'test of 1 MB transcript, all changed (in process): peak MB':<56} {peak('test', 'changed-1MB.transcript') / 1e6:6.1f}   < 100")
cli = rows.get(("cli-test", "changed-1MB.transcript"))
if cli:
    print(f"{'signpost test, 1 MB transcript all changed: seconds':<56} {cli['seconds'][0]:6.2f}   < 1")
    print(f"{'signpost test, 1 MB transcript all changed: peak MB':<56} {cli['peak'][0] / 1e6:6.1f}   < 100")
if sys.argv[2]:
    results = json.load(open(sys.argv[2]))["results"]
    ours, hello = results[0]["median"], results[1]["median"]
    print(f"{'start-up: signpost / Foundation hello-world (medians)':<56} {ours / hello:6.2f}   <= 2   ({ours * 1000:.1f} ms vs {hello * 1000:.1f} ms)")
EOF
