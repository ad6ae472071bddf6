/// One step of a dialogue: what it says, what it adds to the plan, and how the conversation goes on.
package struct DialogueNode: Hashable, Sendable {
    /// What the node does; each kind's payload is a type of its own.
    ///
    /// Indirect: the payloads differ in size (a collection's is 184 bytes, a message's 72), and held
    /// inline every node in a dialogue's array would take the room of the largest.
    indirect enum Kind: Hashable, Sendable {
        case question(Question)
        case message(Message)
        case collect(Gathering)
        case end(Ending)

        /// The payload, for what every kind can answer.
        var body: any NodeBody {
            switch self {
            case .question(let question): question
            case .message(let message): message
            case .collect(let gathering): gathering
            case .end(let ending): ending
            }
        }
    }

    package let id: String
    let kind: Kind
    /// Paragraphs shown when the conversation arrives here, before any question.
    package let say: [TextItem]
    package let plan: [PlanItem]
    /// The kinds of step this node is (`tags: [removal]`), for guarantees that name a kind rather than
    /// a list of nodes, so that a new node is covered by its tag.
    let tags: [String]
    /// Where the node's id was written.
    package let source: SourceReference
    /// The node's own `sources` and `reviewed`, when it gives them.
    var provenance: Provenance? { ownProvenance?.value }
    /// Boxed: few nodes give their own, and inline it would take 88 bytes in every node.
    private let ownProvenance: Boxed<Provenance>?

    init(
        id: String, kind: Kind, say: [TextItem] = [], plan: [PlanItem] = [], source: SourceReference,
        provenance: Provenance? = nil, tags: [String] = []
    ) {
        self.tags = tags
        self.id = id
        self.kind = kind
        self.say = say
        self.plan = plan
        self.source = source
        self.ownProvenance = provenance.map(Boxed.init)
    }

    /// The ways on from this node, in the order they are written.
    var edges: [Edge] { kind.body.edges }

    /// Every piece of prose the node holds: its `say`, its `plan`, then its kind's own words.
    var texts: [DialogueText] {
        say.map { DialogueText($0.text, role: .say, condition: $0.condition, source: $0.source) }
            + plan.map { DialogueText($0.text, role: .plan, condition: $0.condition, source: $0.source) }
            + kind.body.texts
    }

    package var question: Question? {
        if case .question(let question) = kind { return question }
        return nil
    }

    package var gathering: Gathering? {
        if case .collect(let gathering) = kind { return gathering }
        return nil
    }

    var ending: Ending? {
        if case .end(let ending) = kind { return ending }
        return nil
    }

    var isMessage: Bool {
        if case .message = kind { return true }
        return false
    }

    var isEnd: Bool { ending != nil }

    /// Whether the conversation stops here to wait for the adult.
    var waitsForInput: Bool { question != nil || gathering != nil }
}
