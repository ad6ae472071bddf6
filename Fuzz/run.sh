#!/usr/bin/env bash
# Fuzzes Signpost's pure core for SECONDS (default 60) in two ways, one after the other, on one core:
#   1. libFuzzer (swiftc -sanitize=fuzzer,address) over the parser, loader, checker, graph and outline
#      renderers, diagnostics, transcripts and the engine (FuzzDialogue.swift), with dialogue.dict and a
#      seed corpus built from Dialogues/ and the YAML conformance cases;
#   2. the seeded random-session fuzzer (FuzzSessions.swift) for the engine.
# Each gets half the time (FUZZ_LIBFUZZER_SHARE=70 gives libFuzzer 70% of it). Crashes land in Fuzz/.build/artifacts/; the corpus grows in Fuzz/.build/corpus/.
# Environment: FUZZ_SEED, the session fuzzer's seed (default: the time). Everything runs on one core.
# Exits non-zero when either fuzzer found something. Needs only the Swift toolchain.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
share="${FUZZ_LIBFUZZER_SHARE:-50}"
libfuzzer_seconds=$(( seconds * share / 100 ))
session_seconds=$(( seconds - libfuzzer_seconds ))
out=Fuzz/.build
mkdir -p "$out/corpus" "$out/artifacts" "$out/seeds"
sources=$(find Sources/DialogueKit -name '*.swift' | sort)

# Rebuilds a binary when it is missing or older than any source it is made from.
stale() {
    local binary=$1; shift
    [ ! -x "$binary" ] && return 0
    [ -n "$(find "$@" -newer "$binary" -print -quit)" ]
}
quiet() { grep -v "Cannot export local symbol" || true; }

if stale "$out/fuzz-dialogue" Sources/DialogueKit Fuzz/FuzzDialogue.swift; then
    echo "building the libFuzzer target..."
    # shellcheck disable=SC2086
    swiftc -sanitize=fuzzer,address -O -parse-as-library -module-name FuzzDialogue -package-name signpost \
        $sources Fuzz/FuzzDialogue.swift -o "$out/fuzz-dialogue" 2>&1 | quiet
fi
if stale "$out/fuzz-sessions" Sources/DialogueKit Fuzz/FuzzSessions.swift; then
    echo "building the session fuzzer..."
    # shellcheck disable=SC2086
    swiftc -O -parse-as-library -module-name FuzzSessions -package-name signpost \
        $sources Fuzz/FuzzSessions.swift -o "$out/fuzz-sessions" 2>&1 | quiet
fi

# Seeds: each dialogue with the files it includes (as '#file NAME' sections, the input format of
# FuzzDialogue.swift) and a transcript's lines to type; every conformance case; the hand-written seeds.
for main in Dialogues/*.yaml; do
    {
        cat "$main"
        for part in Dialogues/*.yaml; do
            [ "$part" = "$main" ] || { printf '\n#file %s\n' "$(basename "$part")"; cat "$part"; }
        done
        printf '\n#file lines\n'
        { grep -h '^> ' Dialogues/transcripts/*.transcript | sed 's/^> //' | head -40; } || true
    } > "$out/seeds/dialogue-$(basename "$main")"
done
for case in Tests/DialogueKitTests/Fixtures/yaml-test-suite/cases/*/; do
    [ -f "$case/in.yaml" ] && cp "$case/in.yaml" "$out/seeds/yaml-$(basename "$case").yaml"
done
cp Fuzz/seeds/* "$out/seeds/" 2>/dev/null || true

status=0
echo "libFuzzer for ${libfuzzer_seconds}s..."
"$out/fuzz-dialogue" "$out/corpus" "$out/seeds" -dict=Fuzz/dialogue.dict -max_total_time="$libfuzzer_seconds" \
    -max_len=8192 -rss_limit_mb=3072 -timeout=20 -print_final_stats=1 -artifact_prefix="$out/artifacts/" \
    2> "$out/libfuzzer.log" || status=1
grep -E "stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss|ERROR|SUMMARY|Test unit written" "$out/libfuzzer.log" || true

seed="${FUZZ_SEED:-$(date +%s)}"
echo "session fuzzer for ${session_seconds}s, seed $seed..."
"$out/fuzz-sessions" --dialogues Dialogues --seed "$seed" --seconds "$session_seconds" || status=1
exit $status
