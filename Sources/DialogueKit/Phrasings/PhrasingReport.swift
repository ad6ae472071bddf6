/// How well a dialogue understands a set of phrasings: each phrasing's outcome, and the counts per
/// question, the way an NLU test reports accuracy and confusions per intent.
package struct PhrasingReport: Hashable, Sendable {
    struct Result: Hashable, Sendable {
        let phrasing: Phrasing
        let outcome: PhrasingOutcome
        /// The choice taken, if any (an index among all the question's choices).
        let taken: Int?
    }

    let results: [Result]

    /// Replays each phrasing at its question through the same engine a conversation uses, from a state
    /// waiting at that question, and judges what it did.
    package init(_ set: PhrasingSet, dialogue: Dialogue) {
        let engine = ConversationEngine(dialogue: dialogue)
        results = set.phrasings.map { phrasing in
            let state = ConversationState(progress: .init(position: .question(phrasing.question)))
            let step = engine.respond(to: phrasing.typed, in: state)
            return Self.judge(phrasing, step: step, dialogue: dialogue)
        }
    }

    static func judge(_ phrasing: Phrasing, step: ConversationStep, dialogue: Dialogue) -> Result {
        let question = dialogue.node(phrasing.question)?.question
        var taken: Int?
        for case .answered(let node, let choice) in step.events where node == phrasing.question { taken = choice }
        let confirmed = step.replies.contains { reply in
            if case .notice(.understoodAs) = reply { return true }
            return false
        }
        let failSafe = question?.ifUnclear.map { advice in step.events.contains(.visited(node: advice.id)) } ?? false
        let failsSafe = question?.ifUnclear != nil
        let expectsDanger: Bool
        switch phrasing.expected {
        case .choice(let index): expectsDanger = failsSafe && question?.choices[index].safe == false
        case .ask: expectsDanger = failsSafe
        }
        let outcome: PhrasingOutcome
        if let taken, failsSafe, expectsDanger, question?.choices[taken].safe == true {
            outcome = .dangerMissed
        } else if let taken {
            switch phrasing.expected {
            case .choice(let index) where index == taken: outcome = confirmed ? .confirmed : .right
            case .choice, .ask:
                outcome = confirmed ? (phrasing.expected == .ask ? .confirmed : .wrongButConfirmed) : .wrongSilently
            }
        } else if phrasing.expected == .ask {
            outcome = .right
        } else if case .choice(let index) = phrasing.expected, let label = question?.choices[index].label,
            Self.askedWhich(step).contains(where: { $0.label == label })
        {
            outcome = .narrowed
        } else {
            outcome = failSafe && expectsDanger ? .adviceShown : .askedAgain
        }
        return Result(phrasing: phrasing, outcome: outcome, taken: taken)
    }

    /// The answers a numbered "which did you mean?" named, when it named at most three.
    private static func askedWhich(_ step: ConversationStep) -> [Notice.NumberedAnswer] {
        for case .notice(.ambiguous(_, let choices)) in step.replies where choices.count <= 3 { return choices }
        return []
    }

    /// The counts of each outcome for one question's phrasings (all of them when `question` is nil).
    func counts(for question: String? = nil) -> [PhrasingOutcome: Int] {
        var counts: [PhrasingOutcome: Int] = [:]
        for result in results where question == nil || result.phrasing.question == question {
            counts[result.outcome, default: 0] += 1
        }
        return counts
    }

    /// The questions, in the order their phrasings first appear.
    var questions: [String] {
        var seen: [String] = []
        for result in results where !seen.contains(result.phrasing.question) { seen.append(result.phrasing.question) }
        return seen
    }

    /// Whether any phrasing was taken for the wrong answer silently, or missed danger.
    package var fails: Bool { results.contains { $0.outcome.fails } }
}
