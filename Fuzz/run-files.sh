#!/usr/bin/env bash
# Fuzzes the files the tools open, on a real scratch folder (FuzzFiles.swift): symbolic links in and
# out of the folder and round in circles, links to /proc files and devices, pipes, folders where files
# should be, chains of includes past the depth limit and files past the size limits. libFuzzer runs
# RUNS executions (default 100000) on one core; crashes land in Fuzz/.build/files-artifacts/.
# Exits non-zero when libFuzzer found something. Needs only the Swift toolchain.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-100000}"
# Absolute: the fuzzer works inside its scratch folder, and writes new inputs and findings from there.
out="$PWD/Fuzz/.build"
mkdir -p "$out/files-corpus" "$out/files-artifacts"
binary="$out/fuzz-files"
readers=(Sources/SignpostCLI/IO/SourceReader.swift Sources/SignpostCLI/IO/DiskFiles.swift)
if [ ! -x "$binary" ] || [ -n "$(find Sources/DialogueKit "${readers[@]}" Fuzz/FuzzFiles.swift -newer "$binary" -print -quit)" ]; then
    echo "building the file fuzzer..."
    # One module named DialogueKit, so the readers' `import DialogueKit` names the module itself.
    # shellcheck disable=SC2046
    swiftc -sanitize=fuzzer -O -parse-as-library -module-name DialogueKit -package-name signpost \
        $(find Sources/DialogueKit -name '*.swift' | sort) "${readers[@]}" Fuzz/FuzzFiles.swift -o "$binary" 2>&1 \
        | grep -v -e "Cannot export local symbol" -e "file is part of module 'DialogueKit'; ignoring import" -e "^import DialogueKit" -e "^ *[|^]" || true
fi
status=0
"$binary" "$out/files-corpus" -runs="$runs" -max_len=256 -rss_limit_mb=2048 -timeout=10 -reload=0 -print_final_stats=1 \
    -artifact_prefix="$out/files-artifacts/" 2> "$out/files.log" || status=1
grep -E "stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss|ERROR|SUMMARY|Test unit written|Done " "$out/files.log" || true
rm -rf /dev/shm/signpost-fuzz-files-* 2>/dev/null || true
exit $status
