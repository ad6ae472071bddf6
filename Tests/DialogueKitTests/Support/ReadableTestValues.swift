import Testing

@testable import DialogueKit

// Short descriptions for values a failed `#expect` would otherwise print whole: a dialogue, a
// coverage report or a replay runs to thousands of characters on one line, which hides the failure.

extension CoverageReport: CustomTestStringConvertible {
    public var testDescription: String {
        let missing = (nodes + choices + planItems + ends).filter { !$0.isReached }.map(\.name)
        return "CoverageReport of \(dialogue): "
            + (missing.isEmpty ? "everything reached" : "not reached: " + missing.joined(separator: "; "))
    }
}

extension CoverageReport.Item: CustomTestStringConvertible {
    public var testDescription: String { "\(name) (\(source)), reached by \(reachedBy.count)" }
}

extension Dialogue: CustomTestStringConvertible {
    public var testDescription: String { "Dialogue '\(title)' from \(file), \(nodes.count) nodes" }
}

extension DialogueNode: CustomTestStringConvertible {
    public var testDescription: String { "node '\(id)' (\(source))" }
}

extension ReplayOutcome: CustomTestStringConvertible {
    public var testDescription: String {
        passed
            ? "a replay that passed"
            : "a replay that differs from line \(divergence?.line ?? 0) with \(unmet.count) unmet expectation(s)"
    }
}

extension LoadOutcome: CustomTestStringConvertible {
    public var testDescription: String {
        dialogue.map { "loaded \($0.file)" } ?? "a failed load with \(diagnostics.count) diagnostic(s): "
            + diagnostics.map(\.message).joined(separator: "; ")
    }
}

extension Transcript: CustomTestStringConvertible {
    public var testDescription: String {
        let text = rendered().split(separator: "\n", omittingEmptySubsequences: false)
        return "Transcript of \(lines.count) lines: " + text.prefix(6).joined(separator: " / ")
            + (text.count > 6 ? " / ..." : "")
    }
}

extension ConversationState: CustomTestStringConvertible {
    public var testDescription: String {
        "state at \(position), flags \(flags.sorted()), \(progress.plan.count) plan item(s), \(undo.count) step(s) to go back"
    }
}

extension ConversationStep: CustomTestStringConvertible {
    public var testDescription: String { "step with \(replies.count) repl(ies), \(state.testDescription)" }
}
