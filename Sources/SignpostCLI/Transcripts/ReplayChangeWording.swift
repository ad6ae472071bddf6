import DialogueKit

/// The words for what changed in a replay: one line each, for `signpost test`.
enum ReplayChangeWording {
    static func line(_ change: ReplayChange) -> String {
        switch change {
        case .textChanged(let line, let node, let source):
            var text = "the words differ from line \(line)"
            if let node { text += ", at node '\(node)'" + (source.map { " (\($0))" } ?? "") }
            return text
        case .notUnderstood(let line, let input, let question):
            return "derailed at line \(line): '\(VisibleText.make(input))' is no longer understood at '\(question)'"
        case .ambiguous(let line, let input, let question):
            return
                "derailed at line \(line): '\(VisibleText.make(input))' now fits more than one answer at '\(question)'"
        case .routeChanged(let line, let input, let question, let answers):
            return "route changed at line \(line): '\(VisibleText.make(input))' "
                + (answers ? "now answers" : "is now typed at") + " '\(question)'"
        case .answerMeaningChanged(let line, let input, let question, let was, let now):
            return
                "route changed at line \(line): '\(VisibleText.make(input))' at '\(question)' now chooses '\(shortened(now))' "
                + "(it chose '\(shortened(was))' when recorded)"
        case .stopsElsewhere(let line, let question):
            return "route changed" + (line > 0 ? " after line \(line)" : "")
                + ": the conversation now stops at '\(question)'"
        case .endingChanged(let was, let now):
            return "the conversation now \(ending(now)) (it used to \(endingBefore(was)))"
        case .planStepCountChanged(let was, let now):
            return "the plan now has \(steps(now)) instead of \(was)"
        case .planLostStep(let text):
            return "the plan no longer has the step '\(shortened(text))'"
        case .lostService(let name, let detail):
            return "the plan no longer shows \(shortened(name)) (\(shortened(detail)))"
        case .expectationUnmet(let unmet):
            return "line \(unmet.expectation.line): " + expectation(unmet)
        }
    }

    private static func ending(_ node: String?) -> String {
        node.map { "ends at '\($0)'" } ?? "stops before any end"
    }

    /// The ending as it was, after "it used to": "end at 'x'", "stop before any end".
    private static func endingBefore(_ node: String?) -> String {
        node.map { "end at '\($0)'" } ?? "stop before any end"
    }

    private static func steps(_ count: Int) -> String {
        count == 1 ? "1 step" : "\(count) steps"
    }

    private static func shortened(_ text: String) -> String {
        text.count > 60 ? String(text.prefix(57)) + "..." : text
    }

    private static func expectation(_ unmet: UnmetExpectation) -> String {
        let claim = unmet.expectation.claim
        switch (claim, unmet.problem) {
        case (.visits(let node), .notVisited):
            return "expects the conversation to visit '\(node)', but it never does"
        case (.endsAt(let node), .endedElsewhere(let actual)):
            return "expects the conversation to end at '\(node)', but it \(ending(actual))"
        case (.planIncludes(let text), _):
            return "expects a step of the final plan to mention '\(text)', but none does"
        case (.planExcludes(let text), _):
            return "expects no step of the final plan to mention '\(text)', but one does"
        case (.visits(let node), .noSuchNode(let suggestion)), (.endsAt(let node), .noSuchNode(let suggestion)):
            return "there is no node called '\(node)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        case (.unknown(let key), .unknownKey(let suggestion)):
            return "'\(key)' is not something a transcript can expect"
                + (suggestion.map { "; did you mean '\($0)'?" } ?? "; use one of "
                    + TranscriptExpectation.keys.joined(separator: ", "))
        default:
            return "an expectation is not met"
        }
    }
}
