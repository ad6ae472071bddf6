/// A node that shows its text and leads straight on, or, when it pauses, waits for the adult to press
/// Enter first, so that urgent advice is read on its own before anything else appears.
///
/// Where it leads may depend on flags: `routes` are tried in order and the first whose condition holds
/// is taken; `next` is the default, taken when none holds (or when there are no routes).
struct Message: NodeBody {
    /// A way on that is taken only under a condition.
    struct Route: Hashable, Sendable {
        let condition: Condition
        let target: NodeReference
    }

    /// The default way on.
    package let next: NodeReference
    /// Ways on tried before the default, in the order written.
    let routes: [Route]
    /// Whether the conversation waits for Enter after the text.
    let pauses: Bool

    package init(next: NodeReference, routes: [Route] = [], pauses: Bool = false) {
        self.next = next
        self.routes = routes
        self.pauses = pauses
    }

    /// Where the conversation goes from here with these flags set.
    package func target(for flags: Set<String>) -> NodeReference {
        way(for: flags).target
    }

    /// The edge taken with these flags set: the first route whose condition holds, else the default.
    func way(for flags: Set<String>) -> Edge {
        guard let route = routes.first(where: { $0.condition.holds(for: flags) }) else {
            return Edge(.next, to: next, source: next.source)
        }
        return Edge(.next, to: route.target, condition: route.condition, source: route.target.source)
    }

    /// The routes, then the default. (The default's edge has no condition of its own: it is what is
    /// left when no route applies.)
    var edges: [Edge] {
        routes.map { Edge(.next, to: $0.target, condition: $0.condition, source: $0.target.source) }
            + [Edge(.next, to: next, source: next.source)]
    }

    var texts: [DialogueText] { [] }
}
