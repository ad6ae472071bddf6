/// Properties that keep a child safe, declared by the authors and proved by `signpost check` over every
/// path through the dialogue.
public struct Guarantees: Hashable, Sendable {
    /// The first question asked must be this node.
    public let firstQuestion: NodeReference?
    /// These `anytime` commands must work at every prompt.
    public let worksEverywhere: [Named]
    /// Every ending must tell the adult about these contacts.
    public let everyEndingMentions: [Named]
    /// Where the `guarantees:` key was written.
    public let source: SourceReference?

    /// A contact or command named by a guarantee, with where the name was written.
    public struct Named: Hashable, Sendable {
        public let name: String
        public let source: SourceReference

        public init(name: String, source: SourceReference) {
            self.name = name
            self.source = source
        }
    }

    public init(
        firstQuestion: NodeReference? = nil, worksEverywhere: [Named] = [], everyEndingMentions: [Named] = [],
        source: SourceReference? = nil
    ) {
        self.firstQuestion = firstQuestion
        self.worksEverywhere = worksEverywhere
        self.everyEndingMentions = everyEndingMentions
        self.source = source
    }

    public static let none = Guarantees()

    /// Whether the dialogue declares anything to prove.
    public var isEmpty: Bool { firstQuestion == nil && worksEverywhere.isEmpty && everyEndingMentions.isEmpty }
}
