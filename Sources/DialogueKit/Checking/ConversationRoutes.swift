/// Every way a conversation can end, told apart by what the adult is left with: the prover's search
/// (`ConversationPaths`) with the plan earned so far as part of each state, so that two conversations
/// reaching the same end with different plans are two routes.
///
/// Edges are followed by the prover's rule (`DialogueNode.waysOn`, the one model the engine and the prover share): a message goes on by the
/// first of its routes that holds, every other node by each edge whose condition holds. States are
/// explored breadth first, so the route kept for each is a shortest one.
struct ConversationRoutes {
    /// One state: a node, the flags set and the plan earned on the way, and how it was first reached.
    struct State {
        var node: Int
        var flags: Set<String>
        var plan: [String]
        /// The state it was first reached from, and the edge taken there; `nil` for the first.
        var arrivedFrom: (state: Int, edge: Edge)?
    }

    private struct Key: Hashable {
        var node: Int
        var flags: Set<String>
        var plan: [String]
    }

    /// The most states explored before the search gives up (the prover's own limit).
    static let stateLimit = ConversationPaths.stateLimit

    private(set) var states: [State] = []
    /// The states at an end node, in the order found.
    private(set) var ends: [Int] = []
    /// Whether exploring stopped at the limit, so that the routes are not all there are.
    private(set) var isIncomplete = false

    package init(_ dialogue: Dialogue, limit: Int = stateLimit) {
        guard let start = dialogue.position(of: dialogue.start.id) else { return }
        let nodes = dialogue.nodes
        var found: Set<Key> = []
        let first = State(node: start, flags: [], plan: Self.earn(nodes[start], flags: [], plan: []), arrivedFrom: nil)
        states.append(first)
        found.insert(Key(node: first.node, flags: first.flags, plan: first.plan))
        var head = 0
        while head < states.count {
            let state = states[head]
            let from = head
            head += 1
            let node = nodes[state.node]
            if node.isEnd { ends.append(from) }
            for edge in node.waysOn(with: state.flags) {
                guard let target = dialogue.position(of: edge.target.id) else { continue }
                let flags = state.flags.union(edge.sets)
                let plan = Self.earn(nodes[target], flags: flags, plan: state.plan)
                guard found.insert(Key(node: target, flags: flags, plan: plan)).inserted else { continue }
                guard found.count <= limit else {
                    isIncomplete = true
                    return
                }
                states.append(State(node: target, flags: flags, plan: plan, arrivedFrom: (from, edge)))
            }
        }
    }

    /// The plan after arriving at `node`: its items whose condition holds, each once by its text, as
    /// the engine earns them.
    static func earn(_ node: DialogueNode, flags: Set<String>, plan: [String]) -> [String] {
        var plan = plan
        for item in node.plan where item.condition.holds(for: flags) && !plan.contains(item.text) {
            plan.append(item.text)
        }
        return plan
    }

    /// The states from the start to `index`, in order.
    func chain(to index: Int) -> [(state: State, edge: Edge?)] {
        var result: [(State, Edge?)] = []
        var current: Int? = index
        var edgeIn: Edge?
        while let at = current {
            let state = states[at]
            result.append((state, edgeIn))
            edgeIn = state.arrivedFrom?.edge
            current = state.arrivedFrom?.state
        }
        // Each state paired with the edge taken *from* it: reversed, the first edge belongs to the start.
        return result.reversed().map { ($0.0, $0.1) }
    }
}
