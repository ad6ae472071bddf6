/// Properties that keep a child safe, declared by the authors and proved by `signpost check` over every
/// path through the dialogue.
package struct Guarantees: Hashable, Sendable {
    /// The first question asked must be this node.
    let firstQuestion: NodeReference?
    /// These `anytime` commands must work at every prompt.
    package let worksEverywhere: [Named]
    /// Every ending must tell the adult about these contacts.
    let everyEndingMentions: [Named]
    /// At every end where its condition holds, some step of the plan contains this text.
    let everyPlanIncludes: [PlanText]
    /// No conversation in which the condition holds arrives at any of these nodes.
    let neverReaches: [Forbidden]
    /// Where the `guarantees:` key was written.
    package let source: SourceReference?

    /// A contact or command named by a guarantee, with where the name was written.
    package struct Named: Hashable, Sendable {
        package let name: String
        let source: SourceReference
    }

    /// Words the plan must hold, such as a warning never to pass the image on: proved in every plan the
    /// adult can see or save where `condition` holds for the flags set on the way (at every end, and at
    /// every prompt once a step is earned, where `plan`, `quit` or `save` shows it), by looking for
    /// `text` (ignoring case and line breaks) in the steps the conversation earned. With `byTheEnd`,
    /// at the ends only: for words a plan comes to hold later on (a report to make), not a warning.
    struct PlanText: Hashable, Sendable {
        let text: String
        let condition: Condition
        /// Whether the words need be in the plan only at the end, not in every plan shown on the way.
        let byTheEnd: Bool
        /// Where the text was written.
        let source: SourceReference

        init(text: String, condition: Condition = .always, byTheEnd: Bool = false, source: SourceReference) {
            self.text = text
            self.condition = condition
            self.byTheEnd = byTheEnd
            self.source = source
        }
    }

    /// Nodes that conversations where `condition` holds must never arrive at, such as removal steps
    /// meant for parents on a path for school staff.
    struct Forbidden: Hashable, Sendable {
        let nodes: [NodeReference]
        /// Every node carrying one of these tags is forbidden too.
        let tags: [String]
        let condition: Condition
        /// Where the entry was written.
        let source: SourceReference

        init(
            nodes: [NodeReference], tags: [String] = [], condition: Condition = .always, source: SourceReference
        ) {
            self.nodes = nodes
            self.tags = tags
            self.condition = condition
            self.source = source
        }
    }

    init(
        firstQuestion: NodeReference? = nil, worksEverywhere: [Named] = [], everyEndingMentions: [Named] = [],
        everyPlanIncludes: [PlanText] = [], neverReaches: [Forbidden] = [], source: SourceReference? = nil
    ) {
        self.firstQuestion = firstQuestion
        self.worksEverywhere = worksEverywhere
        self.everyEndingMentions = everyEndingMentions
        self.everyPlanIncludes = everyPlanIncludes
        self.neverReaches = neverReaches
        self.source = source
    }

    package static let none = Guarantees()

    /// Whether the dialogue declares anything to prove.
    package var isEmpty: Bool {
        firstQuestion == nil && worksEverywhere.isEmpty && everyEndingMentions.isEmpty && everyPlanIncludes.isEmpty
            && neverReaches.isEmpty
    }

    /// The flags the guarantees test, with where each test was written, so that `check` counts a flag
    /// used only by a guarantee as used.
    var testedFlags: [(flag: String, source: SourceReference)] {
        everyPlanIncludes.flatMap { item in item.condition.flags.map { ($0, item.source) } }
            + neverReaches.flatMap { item in item.condition.flags.map { ($0, item.source) } }
    }
}
