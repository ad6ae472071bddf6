/// Every state a conversation can be in (a node and the flags set on the way), with a shortest way to
/// reach each, for proving guarantees and for showing a path that breaks one.
///
/// A guarantee about what a conversation has seen so far (such as a step in its plan) passes a `mark`:
/// a state is then also told apart by whether some node on the way to it was marked, which at most
/// doubles the states.
///
/// States are told apart by small numbers (the node's position, a number for each different set of
/// flags), so exploring hashes no id and no set of flags for a state already seen: most edges set no
/// flag and keep the set they came with.
struct ConversationPaths {
    struct State: Hashable {
        var node: String
        var flags: Set<String>
        /// Whether the `mark` held at this node or at any node on the way to it.
        var marked = false
    }

    /// Whether a node, arrived at with these flags, counts as marked.
    typealias Mark = (DialogueNode, Set<String>) -> Bool

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
    /// node has), its set of flags (a position in `flagSets`) and whether it is marked.
    private struct Key: Hashable {
        var node: Int
        var flags: Int
        var marked: Bool
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

    /// Explores breadth-first from the start, so each path found is a shortest one.
    init(_ dialogue: Dialogue, limit: Int = stateLimit, mark: Mark? = nil) {
        self.dialogue = dialogue
        func marked(_ id: String, _ flags: Set<String>) -> Bool {
            guard let mark, let node = dialogue.node(id) else { return false }
            return mark(node, flags)
        }
        let nodes = dialogue.nodes
        let first = State(node: dialogue.start.id, flags: [], marked: marked(dialogue.start.id, []))
        var queue = [(state: first, flags: 0)]
        found[key(first.node, flags: 0, marked: first.marked)] = 0
        arrivedFrom.append(nil)
        var head = 0
        while head < queue.count {
            let (state, flagNumber) = queue[head]
            let from = head
            head += 1
            states.append(state)
            let position = dialogue.position(of: state.node)
            positions.append(position)
            guard let position else { continue }
            let node = nodes[position]
            // A message goes on by the first of its routes that holds, or its default, as the engine
            // does: the default is not a way on where a route applies.
            var taken: String?
            if case .message(let message) = node.kind { taken = message.target(for: state.flags).id }
            for edge in node.edges where edge.condition.holds(for: state.flags) && (taken == nil || edge.target.id == taken) {
                var flags = state.flags
                var successorFlags = flagNumber
                if !edge.sets.allSatisfy(state.flags.contains) {
                    flags.formUnion(edge.sets)
                    successorFlags = number(of: flags)
                }
                let successor = State(node: edge.target.id, flags: flags, marked: state.marked || marked(edge.target.id, flags))
                let successorKey = key(successor.node, flags: successorFlags, marked: successor.marked)
                guard found[successorKey] == nil else { continue }
                found[successorKey] = queue.count
                guard found.count <= limit else {
                    isIncomplete = true
                    return
                }
                arrivedFrom.append((from, PathStep(node: node.id, action: PathStep.Action(edge.trigger))))
                queue.append((successor, successorFlags))
            }
        }
    }

    /// The node of `states[index]`, if the dialogue has one with its id.
    func node(at index: Int) -> DialogueNode? {
        positions[index].map { dialogue.nodes[$0] }
    }

    /// The steps from the start to `state`, ending with what happens there.
    func path(to state: State, ending last: PathStep.Action) -> [PathStep] {
        var steps: [PathStep] = [PathStep(node: state.node, action: last)]
        guard let flags = flagSetNumbers[state.flags], var current = found[existingKey(state.node, flags: flags, marked: state.marked)] else {
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

    private mutating func key(_ node: String, flags: Int, marked: Bool) -> Key {
        if let position = dialogue.position(of: node) { return Key(node: position, flags: flags, marked: marked) }
        if let known = unknownNodes[node] { return Key(node: known, flags: flags, marked: marked) }
        unknownNodes[node] = -1 - unknownNodes.count
        return Key(node: -unknownNodes.count, flags: flags, marked: marked)
    }

    private func existingKey(_ node: String, flags: Int, marked: Bool) -> Key {
        Key(node: dialogue.position(of: node) ?? unknownNodes[node] ?? Int.min, flags: flags, marked: marked)
    }
}
