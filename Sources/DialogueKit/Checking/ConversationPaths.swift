/// Every state a conversation can be in (a node and the flags set on the way), with a shortest way to
/// reach each, for proving guarantees and for showing a path that breaks one.
///
/// A guarantee about what a conversation has seen so far (such as a step in its plan) passes a `mark`:
/// a state is then also told apart by which of the mark's bits some node on the way to it set, which
/// multiplies the states by at most the number of combinations of bits.
///
/// States are told apart by small numbers (the node's position, a number for each different set of
/// flags), so exploring hashes no id and no set of flags for a state already seen: most edges set no
/// flag and keep the set they came with.
struct ConversationPaths {
    struct State: Hashable {
        var node: String
        /// The flags set, shared with every other state that has the same set (interned), so memory
        /// grows with the different sets, not with the states.
        var flags: Set<String>
        /// The number of `flags` among the different sets found: equal numbers, equal sets. Proofs key
        /// what they work out once per set by it, rather than hashing the set.
        var flagSet = 0
        /// Which of the `mark`'s bits held at this node or at any node on the way to it.
        var marks: UInt8 = 0

        /// Whether the mark's first bit held on the way (for marks with one bit).
        var marked: Bool { marks & 1 != 0 }
    }

    /// The bits a node, arrived at with these flags, marks (0 for none); a state keeps every bit marked
    /// on the way to it.
    typealias Mark = (DialogueNode, Set<String>) -> UInt8

    /// The most states explored. Each independent flag can double the count, so a dialogue with many
    /// flags is refused with a finding rather than left to run for ever.
    static let stateLimit = 200_000

    private(set) var states: [State] = []
    /// For each of `states`, its node's position in `dialogue.nodes` (`nil` for an id no node has), so
    /// the proofs reading every state look no id up.
    private var positions: [Int?] = []
    /// Whether exploring stopped at `stateLimit`, so that the states are not all there are.
    private(set) var isIncomplete = false

    /// A state as numbers: its node (a position in `dialogue.nodes`, or a negative number for an id no
    /// node has), its set of flags (a position in `flagSets`) and its marks.
    private struct Key: Hashable {
        var node: Int
        var flags: Int
        var marks: UInt8
    }

    private let dialogue: Dialogue
    private var unknownNodes: [String: Int] = [:]
    private var flagSets: [Set<String>] = [[]]
    private var flagSetNumbers: [Set<String>: Int] = [[]: 0]
    /// Each state found, in the order found, by its key.
    private var found: [Key: Int] = [:]
    /// For each state found, the state it was first reached from and the step taken there; `nil` for
    /// the first.
    private var arrivedFrom: [(Int, PathStep)?] = []

    /// Explores breadth-first from the start, so each path found is a shortest one. Follows the ways on
    /// the engine takes (`DialogueNode.waysOn(with:)`), and nothing else.
    package init(_ dialogue: Dialogue, limit: Int = stateLimit, mark: Mark? = nil) {
        self.dialogue = dialogue
        func marks(_ id: String, _ flags: Set<String>) -> UInt8 {
            guard let mark, let node = dialogue.node(id) else { return 0 }
            return mark(node, flags)
        }
        let nodes = dialogue.nodes
        let first = State(node: dialogue.start.id, flags: [], flagSet: 0, marks: marks(dialogue.start.id, []))
        var queue = [first]
        found[key(first.node, flags: 0, marks: first.marks)] = 0
        arrivedFrom.append(nil)
        var head = 0
        while head < queue.count {
            let state = queue[head]
            let from = head
            head += 1
            states.append(state)
            let position = dialogue.position(of: state.node)
            positions.append(position)
            guard let position else { continue }
            let node = nodes[position]
            for edge in node.waysOn(with: state.flags) {
                var flagSet = state.flagSet
                if !edge.sets.allSatisfy(state.flags.contains) {
                    flagSet = number(of: state.flags.union(edge.sets))
                }
                let flags = flagSets[flagSet]
                let successor = State(
                    node: edge.target.id, flags: flags, flagSet: flagSet,
                    marks: state.marks | marks(edge.target.id, flags))
                let successorKey = key(successor.node, flags: flagSet, marks: successor.marks)
                guard found[successorKey] == nil else { continue }
                found[successorKey] = queue.count
                guard found.count <= limit else {
                    isIncomplete = true
                    return
                }
                arrivedFrom.append((from, PathStep(node: node.id, action: PathStep.Action(edge.trigger))))
                queue.append(successor)
            }
        }
    }

    /// How many different sets of flags the states have between them.
    var flagSetCount: Int { flagSets.count }

    /// The node of `states[index]`, if the dialogue has one with its id.
    package func node(at index: Int) -> DialogueNode? {
        positions[index].map { dialogue.nodes[$0] }
    }

    /// The steps from the start to `state`, ending with what happens there.
    package func path(to state: State, ending last: PathStep.Action) -> [PathStep] {
        var steps: [PathStep] = [PathStep(node: state.node, action: last)]
        guard var current = found[existingKey(state.node, flags: state.flagSet, marks: state.marks)] else {
            return steps
        }
        while let (previous, step) = arrivedFrom[current] {
            steps.append(step)
            current = previous
        }
        return steps.reversed()
    }

    /// The number of a set of flags, given the first time the set is seen.
    private mutating func number(of flags: Set<String>) -> Int {
        if let known = flagSetNumbers[flags] { return known }
        flagSets.append(flags)
        flagSetNumbers[flags] = flagSets.count - 1
        return flagSets.count - 1
    }

    private mutating func key(_ node: String, flags: Int, marks: UInt8) -> Key {
        if let position = dialogue.position(of: node) { return Key(node: position, flags: flags, marks: marks) }
        if let known = unknownNodes[node] { return Key(node: known, flags: flags, marks: marks) }
        unknownNodes[node] = -1 - unknownNodes.count
        return Key(node: -unknownNodes.count, flags: flags, marks: marks)
    }

    private func existingKey(_ node: String, flags: Int, marks: UInt8) -> Key {
        Key(node: dialogue.position(of: node) ?? unknownNodes[node] ?? Int.min, flags: flags, marks: marks)
    }
}
