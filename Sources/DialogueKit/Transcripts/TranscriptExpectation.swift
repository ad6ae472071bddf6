/// A comment line that states what a transcript proves, checked on every replay, so the intent of a
/// transcript survives a reworded line of advice and a derailed one cannot pass as "updated":
///
///     # expect-node: threats          the conversation visits node 'threats'
///     # expect-end: report-end        it ends at the end node 'report-end'
///     # expect-plan: CEOP             the final plan has a step containing 'CEOP'
///     # expect-no-plan: Report Remove the final plan has no step containing 'Report Remove'
package struct TranscriptExpectation: Hashable, Sendable {
    package enum Claim: Hashable, Sendable {
        case visits(node: String)
        case endsAt(node: String)
        case planIncludes(String)
        case planExcludes(String)
        /// An `# expect-...:` line whose kind Signpost does not know.
        case unknown(key: String)
    }

    /// The comment keys, in the order the documentation lists them.
    package static let keys = ["expect-node", "expect-end", "expect-plan", "expect-no-plan"]

    package let claim: Claim
    /// The transcript's line that states it.
    package let line: Int

    package init(_ claim: Claim, line: Int) {
        self.claim = claim
        self.line = line
    }

    /// The expectation a comment (without its `#`) states, or `nil` when it states none.
    package static func parse(comment: String, line: Int) -> TranscriptExpectation? {
        let trimmed = comment.trimmingWhitespace()
        guard trimmed.hasPrefix("expect"), let colon = trimmed.firstIndex(of: ":") else { return nil }
        let key = String(trimmed[..<colon]).trimmingWhitespace()
        let value = String(trimmed[trimmed.index(after: colon)...]).trimmingWhitespace()
        switch key {
        case "expect-node": return TranscriptExpectation(.visits(node: value), line: line)
        case "expect-end": return TranscriptExpectation(.endsAt(node: value), line: line)
        case "expect-plan": return TranscriptExpectation(.planIncludes(value), line: line)
        case "expect-no-plan": return TranscriptExpectation(.planExcludes(value), line: line)
        default: return key.contains(" ") ? nil : TranscriptExpectation(.unknown(key: key), line: line)
        }
    }
}

extension Transcript {
    /// Every `# expect-...:` comment, in order.
    var expectations: [TranscriptExpectation] {
        lines.enumerated().compactMap { index, line in
            guard case .comment(let text) = line else { return nil }
            return TranscriptExpectation.parse(comment: text, line: index + 1)
        }
    }
}
