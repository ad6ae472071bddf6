/// What replaying a transcript found: the transcript as written, the transcript as Signpost would
/// write it now, what happened on the way, and where the two first differ.
package struct ReplayOutcome: Hashable, Sendable {
    var expected: Transcript
    /// The transcript as it would be written now: the same inputs and comments, today's output.
    package var actual: Transcript
    package var events: [ConversationEvent]
    var divergence: ReplayDivergence?
    /// The transcript's `# expect-...:` lines that this replay does not meet.
    package var unmet: [UnmetExpectation] = []
    /// What changed, in the order found: empty when the replay passed.
    package var changes: [ReplayChange] = []

    package var passed: Bool { divergence == nil && unmet.isEmpty }

    /// Whether the conversation went somewhere else (see `ReplayChange.derails`), not only into new words.
    package var derails: Bool { changes.contains(where: \.derails) }

    /// A unified diff of the transcript against what Signpost says now, numbered as in the files.
    package func diff(name: String) -> String {
        let (old, oldNumbers) = Self.content(expected)
        let (new, newNumbers) = Self.content(actual)
        return LineDiff.unified(
            old: old, new: new, oldNumbers: oldNumbers, newNumbers: newNumbers,
            oldName: "\(name) (transcript)", newName: "\(name) (what Signpost says now)")
    }

    /// The lines that count (inputs and outputs, not comments) as written, with their line numbers.
    static func content(_ transcript: Transcript) -> ([String], [Int]) {
        var lines: [String] = []
        var numbers: [Int] = []
        for (index, line) in transcript.lines.enumerated() {
            if case .comment = line { continue }
            lines.append(Transcript.render(line))
            numbers.append(index + 1)
        }
        return (lines, numbers)
    }
}
