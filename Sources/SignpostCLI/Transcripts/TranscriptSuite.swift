import DialogueKit
import Foundation

/// The file side of `signpost test`: finds transcripts, loads each one's dialogue once, replays,
/// prints results and diffs, rewrites files on `--update`, and gathers coverage.
struct TranscriptSuite {
    struct Outcome {
        var passed = 0
        var failed = 0
        var updated: [String] = []
    }

    let console: Console
    private var dialogues: [String: DialogueLoader.Result] = [:]
    private var runs: [String: [(name: String, events: [ConversationEvent])]] = [:]

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
            switch check(file, update: update) {
            case .passed: outcome.passed += 1
            case .failed: outcome.failed += 1
            case .updated:
                outcome.failed += 1
                outcome.updated.append(file)
            }
        }
        return outcome
    }

    private enum Verdict {
        case passed, failed, updated
    }

    private mutating func check(_ file: String, update: Bool) -> Verdict {
        guard let data = FileManager.default.contents(atPath: file) else {
            console.write("FAIL \(file): cannot be read\n")
            return .failed
        }
        let transcript = Transcript.parse(String(decoding: data, as: UTF8.self))
        guard let dialoguePath = transcript.dialogue else {
            console.write("FAIL \(file): it has no '# dialogue: FILE' line at the top naming the dialogue it runs against\n")
            return .failed
        }
        let path = Path.join(Path.directory(of: file), dialoguePath)
        let loaded = loadDialogue(path)
        guard let dialogue = loaded.dialogue else {
            console.write("FAIL \(file): its dialogue \(path) does not load\n")
            console.report(loaded.diagnostics, sources: loaded.sources)
            if update { console.write("  not updated: fix the dialogue first\n") }
            return .failed
        }
        let result = TranscriptReplay.replay(transcript, dialogue: dialogue)
        runs[path, default: []].append((file, result.events))
        if result.passed {
            console.write("PASS \(file)\n")
            return .passed
        }
        var place = ""
        if let divergence = result.divergence {
            place = " from line \(divergence.line)"
            if let node = divergence.node {
                place += ", at node '\(node)'" + (divergence.source.map { " (\($0))" } ?? "")
            }
        }
        console.write("FAIL \(file): the conversation differs\(place)\n")
        console.write(result.diff(name: file))
        guard update else { return .failed }
        do {
            try Data(result.actual.rendered().utf8).write(to: URL(fileURLWithPath: file))
            console.write("  updated \(file)\n")
            return .updated
        } catch {
            console.write("  could not update \(file): \(error.localizedDescription)\n")
            return .failed
        }
    }

    private mutating func loadDialogue(_ path: String) -> DialogueLoader.Result {
        if let cached = dialogues[path] { return cached }
        let result = DialogueLoader(files: DiskFiles()).load(path)
        dialogues[path] = result
        return result
    }

    /// Coverage of each dialogue the transcripts ran against.
    func coverageText() -> String {
        runs.keys.sorted().compactMap { path -> String? in
            guard let dialogue = dialogues[path]?.dialogue, let runs = runs[path] else { return nil }
            return CoverageReport(dialogue: dialogue, runs: runs).rendered()
        }.joined(separator: "\n")
    }
}
