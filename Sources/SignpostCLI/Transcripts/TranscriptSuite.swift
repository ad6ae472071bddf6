import DialogueKit
import Foundation

/// The file side of `signpost test`: reads each transcript, has the core test it, prints a summary
/// first and then each failure (diffs that are the same are shown once), rewrites changed transcripts
/// on `--update` (never a derailed one unless forced), and gathers coverage.
struct TranscriptSuite {
    struct Outcome {
        var passed = 0
        var failed = 0
        var updated: [String] = []
        var refused: [String] = []
    }

    /// What `--update` may do.
    enum UpdateMode {
        case none, safe, force
    }

    let console: Console
    private var tester = TranscriptTester(files: DiskFiles())
    private var runs: [String: (dialogue: Dialogue, runs: [(name: String, events: [ConversationEvent])])] = [:]

    init(console: Console) {
        self.console = console
    }

    /// Every `.transcript` file under the paths, each once.
    func findTranscripts(in paths: [String]) throws -> [String] {
        try FileSearch.files(in: paths, endingIn: [".transcript"], console: console).filter {
            !$0.hasSuffix(".phrasings")
        }
    }

    mutating func run(_ files: [String], update: UpdateMode) -> Outcome {
        var outcome = Outcome()
        var verdicts: [(file: String, verdict: TranscriptVerdict)] = []
        for file in files {
            // The same confinement and size rule as every other file, applied after links are followed.
            let text: String
            switch SourceReader(limit: Transcript.maximumSize, role: .transcript).read(path: file) {
            case .failure(let refusal):
                console.write("FAIL \(VisibleText.make(file)): \(refusal.message) [\(refusal.code.rawValue)]\n")
                outcome.failed += 1
                continue
            case .success(let source):
                text = String(decoding: source.bytes, as: UTF8.self)
            }
            let (verdict, dialogue) = tester.test(file, text: text) { name, path in
                Self.refusal(ofDialogue: name, at: path, for: file)
            }
            if let dialogue, let replay = verdict.replay {
                runs[dialogue.file, default: (dialogue, [])].runs.append((file, replay.events))
            }
            verdicts.append((file, verdict))
            if verdict.passed { outcome.passed += 1 } else { outcome.failed += 1 }
        }
        console.write(summary(outcome, total: files.count))
        for (file, verdict) in verdicts where verdict.passed {
            console.write(paint("PASS", code: "32") + " \(VisibleText.make(file))\n")
        }
        reportFailures(verdicts.filter { !$0.verdict.passed })
        if update != .none {
            for (file, verdict) in verdicts where !verdict.passed {
                switch self.update(file, verdict, force: update == .force) {
                case true: outcome.updated.append(file)
                case false: outcome.refused.append(file)
                }
            }
        }
        return outcome
    }

    private func summary(_ outcome: Outcome, total: Int) -> String {
        let all = total == 1 ? "1 transcript" : "\(total) transcripts"
        return "\(all): \(outcome.passed) passed, \(outcome.failed) failed\n"
    }

    /// Each failure's line, then its diff; transcripts whose diffs change the same lines the same way
    /// share one diff.
    private func reportFailures(_ failures: [(file: String, verdict: TranscriptVerdict)]) {
        var groups: [(key: [String], members: [(file: String, verdict: TranscriptVerdict)])] = []
        for failure in failures {
            let key = failure.verdict.replay.map { Self.changedLines($0.diff(name: "")) } ?? []
            if !key.isEmpty, let index = groups.firstIndex(where: { $0.key == key }) {
                groups[index].members.append(failure)
            } else {
                groups.append((key, [failure]))
            }
        }
        for group in groups {
            for member in group.members { reportFailure(member.verdict, file: member.file) }
            guard let first = group.members.first, let replay = first.verdict.replay, !group.key.isEmpty else {
                continue
            }
            if group.members.count > 1 {
                console.write(
                    "\(group.members.count) transcripts differ the same way; the diff of \(VisibleText.make(first.file)):\n"
                )
            }
            console.write(paintDiff(replay.diff(name: first.file)))
        }
    }

    private func reportFailure(_ verdict: TranscriptVerdict, file path: String) {
        let fail = paint("FAIL", code: "31")
        let file = VisibleText.make(path)
        let code = verdict.code.map { " [\($0.rawValue)]" } ?? ""
        switch verdict {
        case .passed:
            break
        case .unreadable:
            console.write("\(fail) \(file): cannot be read\(code)\n")
        case .namesNoDialogue:
            console.write(
                "\(fail) \(file): it has no '# dialogue: FILE' line at the top naming the dialogue it runs against\(code)\n"
            )
        case .dialogueRefused(let name, let reason):
            console.write(
                "\(fail) \(file): its dialogue '\(VisibleText.make(name))' cannot be used: \(reason.message)\(code) [\(reason.code.rawValue)]\n"
            )
        case .dialogueFailed(let dialogue, let loaded):
            console.write("\(fail) \(file): its dialogue \(VisibleText.make(dialogue)) does not load\(code)\n")
            console.report(loaded.diagnostics, sources: loaded.sources)
        case .changed(let replay):
            let lines = replay.changes.map { VisibleText.make(ReplayChangeWording.line($0)) + " [\($0.code.rawValue)]" }
            console.write("\(fail) \(file): " + (lines.first ?? "the conversation differs\(code)") + "\n")
            for line in lines.dropFirst() { console.write("  also: \(line)\n") }
        }
    }

    /// The lines a diff removes and adds, without names, line numbers or context: equal for transcripts
    /// that changed in the same way.
    private static func changedLines(_ diff: String) -> [String] {
        var seen: Set<Substring> = []
        return diff.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2).filter {
            ($0.hasPrefix("-") || $0.hasPrefix("+")) && seen.insert($0).inserted
        }.map(String.init)
    }

    /// Rewrites the transcript as Signpost would write it now, unless its conversation derailed and
    /// `force` is not set; says which, in one line.
    private func update(_ path: String, _ verdict: TranscriptVerdict, force: Bool) -> Bool {
        let file = VisibleText.make(path)
        guard case .changed(let replay) = verdict else {
            console.write("  not updated \(file): fix its dialogue or its '# dialogue:' line first\n")
            return false
        }
        let what = VisibleText.make(replay.changes.first.map(ReplayChangeWording.line) ?? "the conversation differs")
        if replay.derails, !force {
            console.write(
                "  not updated \(file): \(what); re-record it, or check it and add --force to rewrite it anyway\n")
            return false
        }
        // A new private file renamed over the old one, so a transcript that is a symbolic link is
        // replaced, never written through to wherever it points.
        switch PrivateFile.replace(path, contents: replay.actual.rendered()) {
        case .success:
            console.write("  updated \(file): \(what)\n")
            return true
        case .failure(let failure):
            console.write("  could not update \(file): \(failure.message)\n")
            return false
        }
    }

    private func paint(_ text: String, code: String) -> String {
        console.colorOnStandardOutput ? TerminalStyle.paint(text, code: code) : text
    }

    private func paintDiff(_ diff: String) -> String {
        guard console.colorOnStandardOutput else { return diff }
        return diff.split(separator: "\n", omittingEmptySubsequences: false).map {
            TerminalStyle.paintDiffLine(String($0))
        }
        .joined(separator: "\n")
    }

    /// Why a transcript's `# dialogue:` line cannot be followed, or `nil`. The same rule as an include:
    /// a relative path to a `.yaml` or `.yml` file, an ordinary file of UTF-8 text, inside the folder
    /// `signpost test` runs in (after links) when the transcript is in it, else inside the transcript's
    /// own folder. So a transcript cannot make `signpost test` print `/proc/self/environ` or a file
    /// from outside the checkout; the reason never quotes the file.
    static func refusal(ofDialogue name: String, at path: String, for transcript: String) -> FileRefusal? {
        if let problem = IncludeRule.problem(withName: name) { return problem }
        var folder = Path.directory(of: transcript)
        if case .success(let real) = DiskFiles.realPath(transcript),
            case .success(let current) = DiskFiles.realPath("."),
            Path.isInside(real, folder: current)
        {
            folder = ""
        }
        switch DiskFiles().locate(path, inside: folder) {
        case .failure(.outsideFolder): return .outsideTranscriptFolder(currentFolder: folder.isEmpty)
        case .failure(let refusal): return refusal
        case .success: break
        }
        if case .success(let source) = SourceReader().read(path: path),
            let problem = IncludeRule.problem(withBytes: source.bytes)
        {
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
