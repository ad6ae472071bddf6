/// Draws a `DialogueGraph` in one text format.
package protocol GraphRenderer: Sendable {
    func render(_ graph: DialogueGraph) -> String
}

extension GraphRenderer {
    package func render(_ dialogue: Dialogue) -> String {
        render(DialogueGraph(dialogue))
    }
}
