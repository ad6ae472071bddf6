/// Every state a conversation can be in (a node and the flags set on the way), with a shortest way to
/// reach each, for proving guarantees and for showing a path that breaks one.
struct ConversationPaths {
    struct State: Hashable {
        var node: String
        var flags: Set<String>
    }

    /// The most states explored. Each independent flag can double the count, so a dialogue with many
    /// flags is refused with a finding rather than left to run for ever.
    static let stateLimit = 200_000

    private(set) var states: [State] = []
    /// Whether exploring stopped at `stateLimit`, so that the states are not all there are.
    private(set) var isIncomplete = false
    private var arrivedFrom: [State: (State, PathStep)] = [:]

    /// Explores breadth-first from the start, so each path found is a shortest one.
    init(_ dialogue: Dialogue, limit: Int = stateLimit) {
        let first = State(node: dialogue.start.id, flags: [])
        var seen: Set<State> = [first]
        var queue = [first]
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            states.append(state)
            guard let node = dialogue.node(state.node) else { continue }
            for edge in node.edges where edge.condition.holds(for: state.flags) {
                let successor = State(node: edge.target.id, flags: state.flags.union(edge.sets))
                guard seen.insert(successor).inserted else { continue }
                guard seen.count <= limit else {
                    isIncomplete = true
                    return
                }
                arrivedFrom[successor] = (state, PathStep(node: node.id, action: PathStep.Action(edge.trigger)))
                queue.append(successor)
            }
        }
    }

    /// The steps from the start to `state`, ending with what happens there.
    func path(to state: State, ending last: PathStep.Action) -> [PathStep] {
        var steps: [PathStep] = [PathStep(node: state.node, action: last)]
        var current = state
        while let (previous, step) = arrivedFrom[current] {
            steps.append(step)
            current = previous
        }
        return steps.reversed()
    }
}
