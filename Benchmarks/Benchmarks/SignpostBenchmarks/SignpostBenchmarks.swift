import Benchmark
import BenchmarkSupport
import DialogueGenerator
import DialogueKit
import Foundation

// package-benchmark's suite: `swift package benchmark` in Benchmarks/ (see docs/performance.md).
// Every workload on generated dialogues of 1, 5 and 20 MB, with wall-clock time, throughput, peak
// resident memory and allocations, and the shipped dialogue's workloads (`shipped.*`), which are the ones
// that justify a fast path. Benchmarks/compare.sh runs the same workloads one process at a time,
// interleaved with Yams, and prints the ratios.

/// The repository this file is in: the shipped dialogue is read from its `Dialogues` folder.
let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path

nonisolated(unsafe) let benchmarks: @Sendable () -> Void = {
    let metrics: [BenchmarkMetric] = [.wallClock, .throughput, .peakMemoryResident, .mallocCountTotal]
    let dialogueWorkloads: [Workload] = [.parse, .parseLoad, .check, .dump, .yamsLoad, .yamsCompose]

    let shipped = ShippedDialogue(
        read: { FileManager.default.contents(atPath: repository + "/" + $0).map { [UInt8]($0) } },
        list: { (try? FileManager.default.contentsOfDirectory(atPath: repository + "/" + $0)) ?? [] })
    if let shipped {
        let configuration = Benchmark.Configuration(
            metrics: [.wallClock, .mallocCountTotal], timeUnits: .microseconds,
            maxDuration: .seconds(5), maxIterations: 200)
        for workload in ShippedWorkload.allCases {
            Benchmark(workload.rawValue, configuration: configuration) { benchmark in
                for _ in benchmark.scaledIterations {
                    blackHole(shipped.run(workload))
                }
            }
        }
    }

    for megabytes in [1, 5, 20] {
        let output = DialogueGenerator(targetBytes: megabytes * 1_000_000).generate()
        let input = DialogueInput(name: "dialogue-\(megabytes)MB.yaml", bytes: Array(output.text.utf8))
        let configuration = Benchmark.Configuration(
            metrics: metrics, timeUnits: .milliseconds, maxDuration: .seconds(10),
            maxIterations: megabytes == 20 ? 5 : 20)
        for workload in dialogueWorkloads {
            Benchmark("\(workload.rawValue) \(megabytes) MB", configuration: configuration) { benchmark in
                for _ in benchmark.scaledIterations {
                    blackHole(Workloads.run(workload, on: input))
                }
            }
        }
        if megabytes == 5, let dialogue = Workloads.load(input) {
            let transcript = Workloads.recordTranscript(
                answers: output.answers, dialogue: dialogue, dialogueFile: input.name)
            Benchmark("replay \(output.answers.count) turns", configuration: configuration) { benchmark in
                for _ in benchmark.scaledIterations {
                    blackHole(Workloads.replay(transcript: transcript, dialogue: dialogue))
                }
            }
            let changed = transcript.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                line.hasPrefix("#") || line.hasPrefix(">") || line.isEmpty ? String(line) : line + " (changed)"
            }.joined(separator: "\n")
            Benchmark(
                "test, every output line changed (\(changed.utf8.count / 1_000_000) MB)", configuration: configuration
            ) { benchmark in
                for _ in benchmark.scaledIterations {
                    blackHole(Workloads.test(transcript: changed, dialogue: dialogue))
                }
            }
        }
    }
}
