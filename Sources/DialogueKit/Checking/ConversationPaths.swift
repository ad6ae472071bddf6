/// Every state a conversation can be in (a node and the flags set on the way), with a shortest way to
/// reach each, for proving guarantees and for showing a path that breaks one.
///
/// A guarantee about what a conversation has seen so far (such as a step in its plan) passes a `mark`:
/// a state is then also told apart by whether some node on the way to it was marked, which at most
/// doubles the states.
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
    /// Whether exploring stopped at `stateLimit`, so that the states are not all there are.
    private(set) var isIncomplete = false
    private var arrivedFrom: [State: (State, PathStep)] = [:]

    /// Explores breadth-first from the start, so each path found is a shortest one.
    init(_ dialogue: Dialogue, limit: Int = stateLimit, mark: Mark? = nil) {
        func marked(_ id: String, _ flags: Set<String>) -> Bool {
            guard let mark, let node = dialogue.node(id) else { return false }
            return mark(node, flags)
        }
        let first = State(node: dialogue.start.id, flags: [], marked: marked(dialogue.start.id, []))
        var seen: Set<State> = [first]
        var queue = [first]
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            states.append(state)
            guard let node = dialogue.node(state.node) else { continue }
            for edge in node.edges where edge.condition.holds(for: state.flags) {
                let flags = state.flags.union(edge.sets)
                let successor = State(node: edge.target.id, flags: flags, marked: state.marked || marked(edge.target.id, flags))
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
