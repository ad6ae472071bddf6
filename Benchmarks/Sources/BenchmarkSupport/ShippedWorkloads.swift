import DialogueKit

/// What the shipped dialogue (`Dialogues/`) costs where its users wait: the realistic workloads. A fast
/// path in the core is kept only where one of these shows that it matters (see docs/performance.md,
/// "What the shipped dialogue costs"); the generated megabyte dialogues are there to catch work that
/// grows faster than the input, not to justify speed code.
package enum ShippedWorkload: String, CaseIterable, Sendable {
    /// `signpost check` on the shipped dialogue: every file parsed and loaded, then every finding.
    case check = "shipped.check"
    /// What every start of `signpost` and `signpost-web` does: parse and load, then put the first question.
    case start = "shipped.start"
    /// `signpost test` of the shipped transcripts: each read and replayed, with its replies laid out.
    case test = "shipped.test"
    /// `signpost test` of the shipped phrasings: every line judged at its question.
    case phrasings = "shipped.phrasings"
    /// The core of one web page, for every page of every shipped conversation: the trail so far replayed
    /// through the engine (the web keeps no state, so each page replays its conversation from the start).
    case pages = "shipped.pages"
}

/// The shipped dialogue's files held in memory, read once before anything is measured.
package struct ShippedDialogue: @unchecked Sendable {
    /// The main dialogue's path among `files` (`Dialogues/signpost.yaml`).
    package static let main = "Dialogues/signpost.yaml"

    package let files: InMemoryFiles
    /// Each transcript's path and text, in name order.
    package let transcripts: [(path: String, text: String)]
    /// Each phrasings file, in name order.
    package let phrasings: [SourceFile]
    /// The dialogue loaded once, for the workloads that do not measure loading.
    package let dialogue: Dialogue
    /// Its engine, made once as `signpost-web` makes it when it starts.
    package let engine: ConversationEngine

    /// Reads nothing itself: `read` is given a path under the repository (`Dialogues/...`) and returns its
    /// bytes, and `list` a folder's file names. Nil when the dialogue does not load.
    package init?(read: (String) -> [UInt8]?, list: (String) -> [String]) {
        var files: [String: [UInt8]] = [:]
        for name in list("Dialogues") where name.hasSuffix(".yaml") {
            files["Dialogues/" + name] = read("Dialogues/" + name)
        }
        self.files = InMemoryFiles(files.mapValues { String(decoding: $0, as: UTF8.self) })
        transcripts = list("Dialogues/transcripts").filter { $0.hasSuffix(".transcript") }.sorted().compactMap {
            let path = "Dialogues/transcripts/" + $0
            return read(path).map { (path, String(decoding: $0, as: UTF8.self)) }
        }
        phrasings = list("Dialogues/phrasings").filter { $0.hasSuffix(".phrasings") }.sorted().compactMap { name in
            read("Dialogues/phrasings/" + name).map { SourceFile(name: "Dialogues/phrasings/" + name, bytes: $0) }
        }
        guard let dialogue = DialogueLoader(files: self.files).load(Self.main).dialogue else { return nil }
        self.dialogue = dialogue
        engine = ConversationEngine(dialogue: dialogue)
    }

    /// Runs one workload once; returns a number that depends on the whole result, so that the optimiser
    /// cannot drop the work and a caller can check it (-1 when something that should work did not).
    package func run(_ workload: ShippedWorkload) -> Int {
        switch workload {
        case .check:
            let loaded = DialogueLoader(files: files).load(Self.main)
            guard let dialogue = loaded.dialogue else { return -1 }
            return DialogueChecker(dialogue: dialogue, today: CalendarDate(year: 2026, month: 12, day: 4)).findings()
                .count
        case .start:
            guard let dialogue = DialogueLoader(files: files).load(Self.main).dialogue else { return -1 }
            return ConversationEngine(dialogue: dialogue).start().replies.count
        case .test:
            // As the command does: one tester for all of them, which loads the dialogue they name once.
            var tester = TranscriptTester(files: files)
            return transcripts.reduce(0) { passed, transcript in
                guard case .passed = tester.test(transcript.path, text: transcript.text).verdict else { return passed }
                return passed + 1
            }
        case .phrasings:
            return phrasings.reduce(0) { judged, source in
                switch PhrasingSet.read(source, dialogue: { _ in .success(dialogue) }) {
                case .success(let (set, dialogue)):
                    // As the command does: judge every line, then lay out the table it prints.
                    let report = PhrasingReport(set, dialogue: dialogue)
                    return judged + PhrasingTable.rendered(report, file: source.name).utf8.count
                case .failure: return -1
                }
            }
        case .pages:
            var pages = 0
            for (_, text) in transcripts {
                var trail = ConversationTrail(dialogue: "shipped")
                for line in Transcript.parse(text).inputs {
                    trail = trail.adding([line])
                    pages += ConversationReplay(engine: engine, trail: trail).shownSteps.count
                }
            }
            return pages
        }
    }
}
