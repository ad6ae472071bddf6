/// One way a conversation can end, as a reviewer reads it: the answers that lead there, the advice
/// shown on the way, the ending and the plan the adult leaves with.
public struct Situation: Hashable, Sendable {
    /// An answer given on the way: the question, in words, and the answer chosen.
    public struct Answer: Hashable, Sendable {
        public let node: String
        public let question: String
        public let label: String
    }

    /// A paragraph shown on the way, with the node that showed it.
    public struct Advice: Hashable, Sendable {
        public let node: String
        public let text: String
    }

    /// Where the advice on the way comes from and when it was last reviewed.
    public struct Origin: Hashable, Sendable {
        public let sources: [String]
        public let reviewed: String?
    }

    /// The answers of a shortest conversation that ends here.
    public let answers: [Answer]
    /// The lines an adult types to have that conversation: each answer's label, and an empty line
    /// at each pause and at the end of each list.
    public let inputs: [String]
    /// The nodes that conversation visits, in order.
    public let route: [String]
    public let end: String
    /// The ending's closing words.
    public let closing: String
    public let plan: [String]
    /// The support shown at the end.
    public let support: [String]
    public let advice: [Advice]
    /// The flags set on the way, sorted.
    public let flags: [String]
    public let origins: [Origin]

    /// What tells two situations apart: where the conversation ends and what the adult leaves with.
    public struct Identity: Hashable, Sendable {
        public let end: String
        public let plan: [String]
        public let support: [String]

        public init(end: String, plan: [String], support: [String]) {
            self.end = end
            self.plan = plan
            self.support = support
        }
    }

    public var identity: Identity { Identity(end: end, plan: plan, support: support) }

    /// The answers as one key, for matching a situation across two versions of a dialogue.
    public var routeKey: String {
        answers.map { "\($0.node)=\($0.label)" }.joined(separator: "\u{1F}")
    }
}
