extension DialogueNode {
    /// Calls `body` with each node this one leads to, in the order of `edges`, without building the
    /// `Edge`s: the loader checks every reference of every node this way, and building them cost as much
    /// as reading the nodes' keys did. Must follow each kind's `edges` (a test holds the two together).
    func forEachTarget(_ body: (NodeReference) -> Void) {
        switch kind {
        case .question(let question):
            for choice in question.choices { body(choice.target) }
            if let ifUnclear = question.ifUnclear { body(ifUnclear) }
        case .message(let message):
            for route in message.routes { body(route.target) }
            body(message.next)
        case .collect(let gathering):
            body(gathering.next)
        case .end:
            break
        }
    }
}
