/// One step of a dialogue: what it says, what it adds to the plan, and how the conversation goes on.
public struct DialogueNode: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// Asks a question and waits for one of the choices.
        case question(ask: String, help: String?, choices: [Choice])
        /// Shows its text and leads straight on.
        case message(next: NodeReference)
        /// Gathers free text, one entry per line, until an empty line.
        case collect(prompt: String, help: String?, into: String, next: NodeReference)
        /// Ends the conversation with a closing message and the plan.
        case end(closing: String)
    }

    public var id: String
    public var kind: Kind
    /// Paragraphs shown when the conversation arrives here, before any question.
    public var say: [TextItem]
    public var plan: [PlanItem]
    /// Where the node's id was written.
    public var source: SourceReference
    /// Where the values of `ask`, `help`, `collect` and `end` were written, by key.
    public var textSources: [String: SourceReference]

    public init(
        id: String, kind: Kind, say: [TextItem] = [], plan: [PlanItem] = [], source: SourceReference,
        textSources: [String: SourceReference] = [:]
    ) {
        self.id = id
        self.kind = kind
        self.say = say
        self.plan = plan
        self.source = source
        self.textSources = textSources
    }

    /// The nodes this node can lead to, in the order they are written.
    public var routes: [NodeReference] {
        switch kind {
        case .question(_, _, let choices): choices.map(\.target)
        case .message(let next), .collect(_, _, _, let next): [next]
        case .end: []
        }
    }

    public var isEnd: Bool {
        if case .end = kind { return true }
        return false
    }
}
