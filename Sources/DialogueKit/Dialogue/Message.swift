/// A node that shows its text and leads straight on, or, when it pauses, waits for the adult to press
/// Enter first, so that urgent advice is read on its own before anything else appears.
///
/// Where it leads may depend on flags: `routes` are tried in order and the first whose condition holds
/// is taken; `next` is the default, taken when none holds (or when there are no routes).
public struct Message: NodeBody {
    /// A way on that is taken only under a condition.
    public struct Route: Hashable, Sendable {
        public let condition: Condition
        public let target: NodeReference

        public init(condition: Condition, target: NodeReference) {
            self.condition = condition
            self.target = target
        }
    }

    /// The default way on.
    public let next: NodeReference
    /// Ways on tried before the default, in the order written.
    public let routes: [Route]
    /// Whether the conversation waits for Enter after the text.
    public let pauses: Bool

    public init(next: NodeReference, routes: [Route] = [], pauses: Bool = false) {
        self.next = next
        self.routes = routes
        self.pauses = pauses
    }

    /// Where the conversation goes from here with these flags set.
    public func target(for flags: Set<String>) -> NodeReference {
        way(for: flags).target
    }

    /// The edge taken with these flags set: the first route whose condition holds, else the default.
    public func way(for flags: Set<String>) -> Edge {
        guard let route = routes.first(where: { $0.condition.holds(for: flags) }) else {
            return Edge(.next, to: next, source: next.source)
        }
        return Edge(.next, to: route.target, condition: route.condition, source: route.target.source)
    }

    /// The routes, then the default. (The default's edge has no condition of its own: it is what is
    /// left when no route applies.)
    public var edges: [Edge] {
        routes.map { Edge(.next, to: $0.target, condition: $0.condition, source: $0.target.source) }
            + [Edge(.next, to: next, source: next.source)]
    }

    public var texts: [DialogueText] { [] }
}
