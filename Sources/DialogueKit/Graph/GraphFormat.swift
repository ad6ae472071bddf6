/// The picture formats `signpost graph` can print. The command's choices and help come from here, so a
/// new format is a new case and a new renderer.
package enum GraphFormat: String, CaseIterable, Sendable {
    case dot, mermaid

    package var renderer: any GraphRenderer {
        switch self {
        case .dot: DotRenderer()
        case .mermaid: MermaidRenderer()
        }
    }

    /// What the format is for, in a few words.
    package var summary: String {
        switch self {
        case .dot: "Graphviz DOT, for `dot -Tsvg`"
        case .mermaid: "Mermaid, for Markdown that renders it"
        }
    }
}
