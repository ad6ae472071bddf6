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
            console.write("FAIL \(VisibleText.make(file)): cannot be read\n")
            return .failed
        }
        let transcript = Transcript.parse(String(decoding: data, as: UTF8.self))
        guard let dialoguePath = transcript.dialogue else {
            console.write("FAIL \(VisibleText.make(file)): it has no '# dialogue: FILE' line at the top naming the dialogue it runs against\n")
            return .failed
        }
        let path = Path.join(Path.directory(of: file), dialoguePath)
        if let refusal = Self.refusal(ofDialogue: dialoguePath, at: path, for: file) {
            console.write("FAIL \(VisibleText.make(file)): its dialogue '\(VisibleText.make(dialoguePath))' cannot be used: \(refusal)\n")
            return .failed
        }
        let loaded = loadDialogue(path)
        guard let dialogue = loaded.dialogue else {
            console.write("FAIL \(VisibleText.make(file)): its dialogue \(VisibleText.make(path)) does not load\n")
            console.report(loaded.diagnostics, sources: loaded.sources)
            if update { console.write("  not updated: fix the dialogue first\n") }
            return .failed
        }
        let result = TranscriptReplay.replay(transcript, dialogue: dialogue)
        runs[path, default: []].append((file, result.events))
        if result.passed {
            console.write("PASS \(VisibleText.make(file))\n")
            return .passed
        }
        var place = ""
        if let divergence = result.divergence {
            place = " from line \(divergence.line)"
            if let node = divergence.node {
                place += ", at node '\(node)'" + (divergence.source.map { " (\($0))" } ?? "")
            }
        }
        console.write("FAIL \(VisibleText.make(file)): the conversation differs\(VisibleText.make(place))\n")
        console.write(result.diff(name: file))
        guard update else { return .failed }
        do {
            try Data(result.actual.rendered().utf8).write(to: URL(fileURLWithPath: file))
            console.write("  updated \(VisibleText.make(file))\n")
            return .updated
        } catch {
            console.write("  could not update \(VisibleText.make(file)): \(error.localizedDescription)\n")
            return .failed
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
