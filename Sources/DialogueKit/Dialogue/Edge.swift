/// A way on from a node: what takes the conversation along it, where it leads, and what it changes.
///
/// Every node kind lists its edges, so the graph, the outline, the checker, the prover and coverage all
/// follow a dialogue without knowing how each kind of node is written.
package struct Edge: Hashable, Sendable {
    package enum Trigger: Hashable, Sendable {
        /// The adult chose an answer; `index` is its position among the question's choices as written.
        case answer(label: String, index: Int)
        /// A message leads straight on.
        case next
        /// The adult finished a collection's list.
        case listFinished
    }

    let trigger: Trigger
    package let target: NodeReference
    /// When the edge can be taken.
    package let condition: Condition
    /// Flags set on the way.
    let sets: [String]
    /// Where the edge was written (an answer's label, or a `next`).
    package let source: SourceReference

    init(
        _ trigger: Trigger, to target: NodeReference, condition: Condition = .always, sets: [String] = [],
        source: SourceReference
    ) {
        self.trigger = trigger
        self.target = target
        self.condition = condition
        self.sets = sets
        self.source = source
    }

    /// The answer's label for an answer edge; `nil` for edges the adult does not choose.
    package var label: String? {
        if case .answer(let label, _) = trigger { return label }
        return nil
    }

    /// What to write beside the edge in a picture: an answer's label, or the condition of a route
    /// that depends on flags ("when under-13", "unless adult-now"); `nil` for a plain way on.
    var caption: String? {
        if let label { return label }
        let parts =
            (condition.when.isEmpty ? [] : ["when " + condition.when.joined(separator: ", ")])
            + (condition.unless.isEmpty ? [] : ["unless " + condition.unless.joined(separator: ", ")])
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }
}
