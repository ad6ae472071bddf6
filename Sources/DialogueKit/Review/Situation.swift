/// One way a conversation can end, as a reviewer reads it: the answers that lead there, the advice
/// shown on the way, the ending and the plan the adult leaves with.
package struct Situation: Hashable, Sendable {
    /// An answer given on the way: the question, in words, and the answer chosen.
    package struct Answer: Hashable, Sendable {
        let node: String
        let question: String
        let label: String
    }

    /// A paragraph shown on the way, with the node that showed it.
    package struct Advice: Hashable, Sendable {
        let node: String
        let text: String
    }

    /// Where the advice on the way comes from and when it was last reviewed.
    package struct Origin: Hashable, Sendable {
        let sources: [String]
        let reviewed: String?
    }

    /// The answers of a shortest conversation that ends here.
    package let answers: [Answer]
    /// The lines an adult types to have that conversation: each answer's label, and an empty line
    /// at each pause and at the end of each list.
    package let inputs: [String]
    /// The nodes that conversation visits, in order.
    let route: [String]
    let end: String
    /// The ending's closing words.
    let closing: String
    package let plan: [String]
    /// The support shown at the end.
    package let support: [String]
    package let advice: [Advice]
    /// The flags set on the way, sorted.
    package let flags: [String]
    package let origins: [Origin]

    /// What tells two situations apart: where the conversation ends and what the adult leaves with.
    struct Identity: Hashable, Sendable {
        let end: String
        let plan: [String]
        let support: [String]
    }

    var identity: Identity { Identity(end: end, plan: plan, support: support) }

    /// The answers as one key, for matching a situation across two versions of a dialogue.
    var routeKey: String {
        answers.map { "\($0.node)=\($0.label)" }.joined(separator: "\u{1F}")
    }
}
