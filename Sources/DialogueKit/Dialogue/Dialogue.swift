/// A whole conversation as its authors wrote it: metadata, nodes and commands, checked and ready to run.
package struct Dialogue: Hashable, Sendable {
    package let title: String
    /// When the advice was last reviewed, as the author wrote it (for example `2026-11-25`).
    let reviewed: String?
    /// Where the advice comes from.
    package let sources: [String]
    package let start: NodeReference
    /// Nodes in the order they were written, across every included file. Changing them re-indexes
    /// them, so `node(_:)` always finds what is there.
    package internal(set) var nodes: [DialogueNode] {
        didSet { indexByID = Self.index(nodes) }
    }
    package let anytime: [AnytimeCommand]
    /// Where to get support: shown at every end and whenever the adult quits.
    package let support: [TextItem]
    /// The services the text may name, with their numbers and addresses.
    package let contacts: [Contact]
    package let guarantees: Guarantees
    /// The common words of the dialogue's language that its answers may use (`lexicon:`).
    package let lexicon: Lexicon
    /// Where `reviewed` and `sources` were written (or the top of the file), for findings about them.
    let metadataSource: SourceReference?
    /// The `sources` and `reviewed` that included files give for their own nodes.
    let partProvenance: [Provenance]
    /// The title, review date and sources as written, with where (for checks on every piece of text).
    let metadataTexts: [DialogueText]
    /// The file the dialogue was loaded from.
    package let file: String

    private var indexByID: [String: Int]

    init(
        title: String, reviewed: String?, sources: [String], start: NodeReference, nodes: [DialogueNode],
        anytime: [AnytimeCommand], support: [TextItem], contacts: [Contact] = [], guarantees: Guarantees = .none,
        lexicon: Lexicon = .empty,
        metadataSource: SourceReference? = nil, partProvenance: [Provenance] = [], metadataTexts: [DialogueText] = [],
        file: String
    ) {
        self.metadataTexts = metadataTexts
        self.title = title
        self.reviewed = reviewed
        self.sources = sources
        self.start = start
        self.nodes = nodes
        self.anytime = anytime
        self.support = support
        self.contacts = contacts
        self.guarantees = guarantees
        self.lexicon = lexicon
        self.metadataSource = metadataSource
        self.partProvenance = partProvenance
        self.file = file
        self.indexByID = Self.index(nodes)
    }

    package func node(_ id: String) -> DialogueNode? {
        indexByID[id].map { nodes[$0] }
    }

    /// The position in `nodes` of the first node with this id, for walks that keep arrays indexed by
    /// position instead of sets of ids.
    package func position(of id: String) -> Int? {
        indexByID[id]
    }

    /// The position of each id's first node.
    private static func index(_ nodes: [DialogueNode]) -> [String: Int] {
        var index: [String: Int] = [:]
        index.reserveCapacity(nodes.count)
        // Backwards, so that the first node of an id is the one written last: one hash per node.
        for position in nodes.indices.reversed() {
            index[nodes[position].id] = position
        }
        return index
    }

    /// Every piece of text the dialogue can show, with where it was written: each node's, then the
    /// support list and the `anytime` commands' help.
    var texts: [DialogueText] {
        nodes.flatMap(\.texts)
            + support.map { DialogueText($0.text, role: .support, condition: $0.condition, source: $0.source) }
            + anytime.map { DialogueText($0.help, role: .commandHelp, condition: $0.condition, source: $0.source) }
    }

    /// The support items shown with these flags set.
    package func support(for flags: Set<String>) -> [String] {
        support.filter { $0.condition.holds(for: flags) }.map(\.text)
    }
}
