/// A whole conversation as its authors wrote it: metadata, nodes and commands, checked and ready to run.
public struct Dialogue: Hashable, Sendable {
    public var title: String
    /// When the advice was last reviewed, as the author wrote it (for example `2026-11-25`).
    public var reviewed: String?
    /// Where the advice comes from.
    public var sources: [String]
    public var start: NodeReference
    /// Nodes in the order they were written, across every included file.
    public var nodes: [DialogueNode]
    public var anytime: [AnytimeCommand]
    /// Where to get support: shown at every end and whenever the adult quits.
    public var support: [TextItem]
    /// The services the text may name, with their numbers and addresses.
    public var contacts: [Contact]
    public var guarantees: Guarantees
    /// Where `reviewed` and `sources` were written (or the top of the file), for findings about them.
    public var metadataSource: SourceReference?
    /// The file the dialogue was loaded from.
    public var file: String

    private var indexByID: [String: Int]

    public init(
        title: String, reviewed: String?, sources: [String], start: NodeReference, nodes: [DialogueNode],
        anytime: [AnytimeCommand], support: [TextItem], contacts: [Contact] = [], guarantees: Guarantees = .none,
        metadataSource: SourceReference? = nil, file: String
    ) {
        self.title = title
        self.reviewed = reviewed
        self.sources = sources
        self.start = start
        self.nodes = nodes
        self.anytime = anytime
        self.support = support
        self.contacts = contacts
        self.guarantees = guarantees
        self.metadataSource = metadataSource
        self.file = file
        var index: [String: Int] = [:]
        for (position, node) in nodes.enumerated() where index[node.id] == nil {
            index[node.id] = position
        }
        self.indexByID = index
    }

    public func node(_ id: String) -> DialogueNode? {
        indexByID[id].map { nodes[$0] }
    }
}
