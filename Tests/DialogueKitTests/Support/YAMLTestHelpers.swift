@testable import DialogueKit

/// Parses text as `test.yaml` and returns the root node, or `nil` (with the error) when it is rejected.
func parse(_ text: String) -> Result<YAMLDocument, YAMLError> {
    YAMLParser().parse(SourceFile(name: "test.yaml", text: text))
}

/// The JSON a successful parse renders to; a rejection renders as its message, so a mismatch reads well.
func json(_ text: String) -> String {
    switch parse(text) {
    case .success(let document): JSONRendering.render(document)
    case .failure(let error): "error: \(error.message)"
    }
}

/// The exact text an author sees for a rejected file, without colour.
func renderedError(_ text: String, file: String = "test.yaml") -> String {
    let source = SourceFile(name: file, text: text)
    switch YAMLParser().parse(source) {
    case .success: return "accepted"
    case .failure(let error):
        return DiagnosticRenderer().render(error.diagnostics(file: file)) { _ in source }
    }
}

/// The scalar text at the root, or a description of what else was found.
func rootText(_ text: String) -> String? {
    guard case .success(let document) = parse(text) else { return nil }
    return document.root?.scalar?.text
}
