/// A node that gathers free text, one entry per line, until an empty line. (Not `Collection`, which
/// would hide Swift's own protocol of that name.)
public struct Gathering: NodeBody {
    public let prompt: SourcedText
    public let help: SourcedText?
    /// The name the entries are kept under, for plan items that list them.
    public let into: String
    /// What an entry must be.
    public let accepts: EntryKind
    public let next: NodeReference

    public init(
        prompt: SourcedText, help: SourcedText? = nil, into: String, accepts: EntryKind = .webAddress,
        next: NodeReference
    ) {
        self.prompt = prompt
        self.help = help
        self.into = into
        self.accepts = accepts
        self.next = next
    }

    public var edges: [Edge] { [Edge(.listFinished, to: next, source: next.source)] }

    public var texts: [DialogueText] {
        [DialogueText(prompt, role: .collectionPrompt)] + (help.map { [DialogueText($0, role: .help)] } ?? [])
    }
}
