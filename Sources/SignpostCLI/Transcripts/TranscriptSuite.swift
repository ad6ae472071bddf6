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
            let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
            if size > Transcript.maximumSize {
                let limit = Transcript.maximumSize / 1_048_576
                console.write("FAIL \(VisibleText.make(file)): it is larger than \(limit) MiB, the most a transcript may be\n")
                outcome.failed += 1
                continue
            }
            let text = FileManager.default.contents(atPath: file).map { String(decoding: $0, as: UTF8.self) }
            let (verdict, dialogue) = tester.test(file, text: text) { name, path in
                Self.refusal(ofDialogue: name, at: path, for: file)
            }
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
            console.write("PASS \(VisibleText.make(file))\n")
        case .unreadable:
            console.write("FAIL \(VisibleText.make(file)): cannot be read\n")
        case .namesNoDialogue:
            console.write("FAIL \(VisibleText.make(file)): it has no '# dialogue: FILE' line at the top naming the dialogue it runs against\n")
        case .dialogueRefused(let name, let reason):
            console.write("FAIL \(VisibleText.make(file)): its dialogue '\(VisibleText.make(name))' cannot be used: \(reason)\n")
        case .dialogueFailed(let path, let loaded):
            console.write("FAIL \(VisibleText.make(file)): its dialogue \(VisibleText.make(path)) does not load\n")
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
            console.write("FAIL \(VisibleText.make(file)): the conversation differs\(VisibleText.make(place))\n")
            console.write(replay.diff(name: file))
        }
    }

    /// Writes the transcript as Signpost would write it now; says so, or why it could not. The new text
    /// goes to a new private file renamed over the old one, so a transcript that is a symbolic link is
    /// replaced, never written through to wherever it points.
    private func write(_ transcript: Transcript, to file: String) -> Bool {
        switch PrivateFile.replace(file, contents: transcript.rendered()) {
        case .success:
            console.write("  updated \(VisibleText.make(file))\n")
            return true
        case .failure(let failure):
            console.write("  could not update \(VisibleText.make(file)): \(failure.message)\n")
            return false
        }
    }

    /// Why a transcript's `# dialogue:` line cannot be followed, or `nil`. The same rule as an include:
    /// a relative path to a `.yaml` or `.yml` file, an ordinary file of UTF-8 text, inside the folder
    /// `signpost test` runs in (after links) when the transcript is in it, else inside the transcript's
    /// own folder. So a transcript cannot make `signpost test` print `/proc/self/environ` or a file
    /// from outside the checkout; the reason never quotes the file.
    static func refusal(ofDialogue name: String, at path: String, for transcript: String) -> String? {
        if let problem = IncludeRule.problem(withName: name) { return problem }
        var folder = Path.directory(of: transcript)
        if case .success(let real) = DiskFiles.realPath(transcript), case .success(let current) = DiskFiles.realPath("."),
            Path.isInside(real, folder: current)
        {
            folder = ""
        }
        switch DiskFiles().locate(path, inside: folder) {
        case .failure(.outsideFolder):
            return "it is outside \(folder.isEmpty ? "the current folder" : "the transcript's folder"); name a dialogue inside it"
        case .failure(let refusal): return refusal.reason
        case .success: break
        }
        if case .success(let source) = SourceReader().read(path: path), let problem = IncludeRule.problem(withBytes: source.bytes) {
            return problem
        }
        return nil
    }

    /// Coverage of each dialogue the transcripts ran against.
    func coverageText() -> String {
        runs.keys.sorted().compactMap { path -> String? in
            guard let entry = runs[path] else { return nil }
            return CoverageReport(dialogue: entry.dialogue, runs: entry.runs).rendered()
        }.joined(separator: "\n")
    }
}
