/// Every state a conversation can be in (a node and the flags set on the way), with a shortest way to
/// reach each, for proving guarantees and for showing a path that breaks one.
struct ConversationPaths {
    struct State: Hashable {
        var node: String
        var flags: Set<String>
    }

    private(set) var states: [State] = []
    private var arrivedFrom: [State: (State, PathStep)] = [:]

    /// Explores breadth-first from the start, so each path found is a shortest one.
    init(_ dialogue: Dialogue) {
        let first = State(node: dialogue.start.id, flags: [])
        var seen: Set<State> = [first]
        var queue = [first]
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            states.append(state)
            guard let node = dialogue.node(state.node) else { continue }
            var next: [(State, PathStep)] = []
            switch node.kind {
            case .question(_, _, let choices):
                for choice in choices where choice.condition.holds(for: state.flags) {
                    next.append((State(node: choice.target.id, flags: state.flags.union(choice.sets)), PathStep(node: node.id, action: .answer(choice.label))))
                }
            case .message(let target):
                next.append((State(node: target.id, flags: state.flags), PathStep(node: node.id, action: .message)))
            case .collect(_, _, _, let target):
                next.append((State(node: target.id, flags: state.flags), PathStep(node: node.id, action: .collection)))
            case .end:
                break
            }
            for (successor, step) in next where seen.insert(successor).inserted {
                arrivedFrom[successor] = (state, step)
                queue.append(successor)
            }
        }
    }

    /// The steps from the start to `state`, ending with what happens there.
    func path(to state: State, ending last: PathStep.Action) -> [PathStep] {
        var steps: [PathStep] = [PathStep(node: state.node, action: last)]
        var current = state
        while let (previous, step) = arrivedFrom[current] {
            steps.insert(step, at: 0)
            current = previous
        }
        return steps
    }
}
