/// An expectation a replay does not meet, with what happened instead.
package struct UnmetExpectation: Hashable, Sendable {
    package enum Problem: Hashable, Sendable {
        /// The node is never visited.
        case notVisited
        /// The conversation ends elsewhere (the end node), or at no end (`nil`).
        case endedElsewhere(String?)
        case planLacks
        case planHas
        /// The node named does not exist in the dialogue.
        case noSuchNode(suggestion: String?)
        /// The key is not one Signpost knows.
        case unknownKey(suggestion: String?)
    }

    package let expectation: TranscriptExpectation
    package let problem: Problem

    /// Which of `expectations` the replay (its events, final plan and last end) does not meet.
    package static func check(
        _ expectations: [TranscriptExpectation], events: [ConversationEvent], plan: [String], end: String?,
        dialogue: Dialogue
    ) -> [UnmetExpectation] {
        // Most transcripts state nothing: then the plan need not be normalised.
        guard !expectations.isEmpty else { return [] }
        let ids = dialogue.nodes.map(\.id)
        func normalized(_ text: String) -> String {
            text.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        }
        let steps = plan.map(normalized)
        return expectations.compactMap { expectation -> UnmetExpectation? in
            let problem: Problem?
            switch expectation.claim {
            case .visits(let node), .endsAt(let node):
                if dialogue.node(node) == nil {
                    problem = .noSuchNode(suggestion: EditDistance.suggestion(for: node, among: ids))
                } else if case .visits = expectation.claim {
                    problem = events.contains(.visited(node: node)) ? nil : .notVisited
                } else {
                    problem = end == node ? nil : .endedElsewhere(end)
                }
            case .planIncludes(let text):
                problem = steps.contains { $0.contains(normalized(text)) } ? nil : .planLacks
            case .planExcludes(let text):
                problem = steps.contains { $0.contains(normalized(text)) } ? .planHas : nil
            case .unknown(let key):
                problem = .unknownKey(suggestion: EditDistance.suggestion(for: key, among: TranscriptExpectation.keys))
            }
            return problem.map { UnmetExpectation(expectation: expectation, problem: $0) }
        }
    }
}

extension UnmetExpectation {
    /// The expectation's stable code (see `DiagnosticCode`).
    package var code: DiagnosticCode {
        switch problem {
        case .notVisited: .expectedNodeNotVisited
        case .endedElsewhere: .expectedEndNotReached
        case .planLacks: .expectedPlanStepMissing
        case .planHas: .unexpectedPlanStep
        case .noSuchNode: .expectationNamesNoNode
        case .unknownKey: .unknownExpectation
        }
    }
}
