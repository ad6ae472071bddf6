/// One answer to a question: what it is called, other words that mean it, where it leads.
package struct Choice: Hashable, Sendable {
    package let label: String
    /// Other words the adult may type for this answer, such as `y` for `Yes`.
    package let synonyms: [String]
    package let target: NodeReference
    /// Flags this answer sets, for text and plan items that depend on them.
    let sets: [String]
    /// Whether the answer is offered at all.
    package let condition: Condition
    /// Numbers that also choose this answer when typed, such as ages (`she's 14`).
    let numbers: NumberRange?
    /// Whether the answer rules danger out (`safe: true`, "No" at the danger question): at a question
    /// that fails safe it is never taken from a line that carries a sign of danger.
    let safe: Bool
    /// Where the label was written.
    package let source: SourceReference

    init(
        label: String, synonyms: [String] = [], target: NodeReference, sets: [String] = [],
        condition: Condition = .always, numbers: NumberRange? = nil, safe: Bool = false, source: SourceReference
    ) {
        self.safe = safe
        self.label = label
        self.synonyms = synonyms
        self.target = target
        self.sets = sets
        self.condition = condition
        self.numbers = numbers
        self.source = source
    }

    /// The label and the synonyms: every way the author wrote this answer.
    var names: [String] { [label] + synonyms }
}
