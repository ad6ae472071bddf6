import DialogueKit
import Foundation

/// The file side of `signpost test`: reads each transcript, has the core test it, prints the verdict and
/// any diff, rewrites changed transcripts on `--update`, and gathers coverage.
struct TranscriptSuite {
    struct Outcome {
        var passed = 0
        var failed = 0
        var updated: [String] = []
    }

    let console: Console
    private var tester = TranscriptTester(files: DiskFiles())
    private var runs: [String: (dialogue: Dialogue, runs: [(name: String, events: [ConversationEvent])])] = [:]

    init(console: Console) {
        self.console = console
    }

    /// Every `.transcript` file under the paths, each once.
    func findTranscripts(in paths: [String]) throws -> [String] {
        try FileSearch.files(in: paths, endingIn: [".transcript"], console: console)
    }

    mutating func run(_ files: [String], update: Bool) -> Outcome {
        var outcome = Outcome()
        for file in files {
            let text = FileManager.default.contents(atPath: file).map { String(decoding: $0, as: UTF8.self) }
            let (verdict, dialogue) = tester.test(file, text: text)
            if let dialogue, let replay = verdict.replay {
                runs[dialogue.file, default: (dialogue, [])].runs.append((file, replay.events))
            }
            report(verdict, file: file, update: update)
            if verdict.passed {
                outcome.passed += 1
                continue
            }
            outcome.failed += 1
            if update, case .changed(let replay) = verdict, write(replay.actual, to: file) {
                outcome.updated.append(file)
            }
        }
        return outcome
    }

    private func report(_ verdict: TranscriptVerdict, file: String, update: Bool) {
        switch verdict {
        case .passed:
            console.write("PASS \(file)\n")
        case .unreadable:
            console.write("FAIL \(file): cannot be read\n")
        case .namesNoDialogue:
            console.write("FAIL \(file): it has no '# dialogue: FILE' line at the top naming the dialogue it runs against\n")
        case .dialogueFailed(let path, let loaded):
            console.write("FAIL \(file): its dialogue \(path) does not load\n")
            console.report(loaded.diagnostics, sources: loaded.sources)
            if update { console.write("  not updated: fix the dialogue first\n") }
        case .changed(let replay):
            var place = ""
            if let divergence = replay.divergence {
                place = " from line \(divergence.line)"
                if let node = divergence.node {
                    place += ", at node '\(node)'" + (divergence.source.map { " (\($0))" } ?? "")
                }
            }
            console.write("FAIL \(file): the conversation differs\(place)\n")
            console.write(replay.diff(name: file))
        }
    }

    /// Writes the transcript as Signpost would write it now; says so, or why it could not.
    private func write(_ transcript: Transcript, to file: String) -> Bool {
        do {
            try Data(transcript.rendered().utf8).write(to: URL(fileURLWithPath: file))
            console.write("  updated \(file)\n")
            return true
        } catch {
            console.write("  could not update \(file): \(error.localizedDescription)\n")
            return false
        }
    }

    /// Coverage of each dialogue the transcripts ran against.
    func coverageText() -> String {
        runs.keys.sorted().compactMap { path -> String? in
            guard let entry = runs[path] else { return nil }
            return CoverageReport(dialogue: entry.dialogue, runs: entry.runs).rendered()
        }.joined(separator: "\n")
    }
}
