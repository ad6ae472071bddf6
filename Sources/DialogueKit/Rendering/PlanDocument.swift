/// The plan as a plain text file the adult keeps: the dialogue's title, the plan, and the support list,
/// at 80 columns. What the adult typed (their answers, the web addresses) goes in only when they ask.
package struct PlanDocument: Sendable {
    package let title: String
    package let plan: ActionPlan
    package let support: [String]
    /// The answers given, included only on request.
    package let answers: [GivenAnswer]

    /// The document for a conversation in `state`; `includingAnswers` keeps the answers and the
    /// entries gathered, otherwise both are left out.
    package init(engine: ConversationEngine, state: ConversationState, includingAnswers: Bool) {
        self.init(engine: engine, state: state, includingEntries: includingAnswers, includingAnswers: includingAnswers)
    }

    /// The document with the entries gathered (`includingEntries`) and the answers given
    /// (`includingAnswers`) each kept only when asked for: a web page offers them as two choices.
    package init(engine: ConversationEngine, state: ConversationState, includingEntries: Bool, includingAnswers: Bool) {
        title = engine.dialogue.title
        let plan = engine.plan(for: state)
        self.plan = includingEntries ? plan : ActionPlan(steps: plan.steps.map(Self.withoutEntries))
        support = engine.dialogue.support(for: state.flags)
        answers = includingAnswers ? state.progress.answers : []
    }

    /// A step with its entries left out: a step that led into them ("Report each web address ...:")
    /// ends with a full stop instead of a colon with nothing after it.
    static func withoutEntries(_ step: ActionPlan.Step) -> ActionPlan.Step {
        guard !step.entries.isEmpty, step.text.hasSuffix(":") else {
            return ActionPlan.Step(text: step.text, entries: [])
        }
        return ActionPlan.Step(text: step.text.dropLast() + ".", entries: [])
    }

    /// Whether anything the adult typed was left out.
    package static func leavesOutWhatWasTyped(engine: ConversationEngine, state: ConversationState) -> Bool {
        engine.plan(for: state).steps.contains { !$0.entries.isEmpty }
    }

    package func rendered(with formatter: ReplyFormatter = ReplyFormatter()) -> String {
        var text = title + "\n\n" + formatter.format(.plan(plan))
        if !support.isEmpty { text += formatter.format(.support(support)) }
        if !answers.isEmpty {
            text += formatter.answerList(answers).joined(separator: "\n") + "\n"
            text += "\n"
        }
        return text
    }
}
