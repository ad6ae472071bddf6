/// Draws a `DialogueGraph` in one text format.
public protocol GraphRenderer: Sendable {
    func render(_ graph: DialogueGraph) -> String
}

extension GraphRenderer {
    public func render(_ dialogue: Dialogue) -> String {
        render(DialogueGraph(dialogue))
    }
}
