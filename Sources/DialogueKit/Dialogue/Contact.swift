/// A service the dialogue may name, with every phone number, web address and email address it may give
/// for it. Checking text against these turns a mistyped number into an error rather than a misprint.
public struct Contact: Hashable, Sendable {
    public var name: String
    public var details: [String]
    public var source: SourceReference

    public init(name: String, details: [String], source: SourceReference) {
        self.name = name
        self.details = details
        self.source = source
    }
}

/// Properties that keep a child safe, declared by the authors and proved by `signpost check` over every
/// path through the dialogue.
public struct Guarantees: Hashable, Sendable {
    /// The first question asked must be this node.
    public var firstQuestion: NodeReference?
    /// These `anytime` commands must work at every prompt.
    public var worksEverywhere: [Named]
    /// Every ending must tell the adult about these contacts.
    public var everyEndingMentions: [Named]
    /// Where the `guarantees:` key was written.
    public var source: SourceReference?

    public struct Named: Hashable, Sendable {
        public var name: String
        public var source: SourceReference

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
}
