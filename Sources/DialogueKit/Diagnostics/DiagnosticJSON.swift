/// Diagnostics as JSON, for editors and CI: one object per finding with its place, severity, code (to
/// filter on, and for `signpost explain`) and message.
package enum DiagnosticJSON {
    package static func render(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        var out = "{\n  \"errors\": \(errors),\n  \"warnings\": \(warnings),\n  \"findings\": ["
        for (index, diagnostic) in diagnostics.enumerated() {
            out += index == 0 ? "\n" : ",\n"
            out +=
                "    "
                + object(
                    severity: diagnostic.severity, code: diagnostic.code, message: diagnostic.message,
                    file: diagnostic.file,
                    range: diagnostic.range)
            if !diagnostic.details.isEmpty {
                out.removeLast()
                out += ", \"details\": ["
                out += diagnostic.details.map { detail in
                    var text = ""
                    JSONRendering.appendString(detail, to: &text)
                    return text
                }.joined(separator: ", ")
                out += "]}"
            }
            if !diagnostic.notes.isEmpty {
                out.removeLast()
                out += ", \"notes\": ["
                out += diagnostic.notes.map {
                    object(severity: .note, code: nil, message: $0.message, file: $0.file, range: $0.range)
                }
                .joined(separator: ", ")
                out += "]}"
            }
        }
        out += diagnostics.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
        return out
    }

    private static func object(
        severity: Diagnostic.Severity, code: DiagnosticCode?, message: String, file: String, range: SourceRange?
    ) -> String {
        var out = "{\"file\": "
        JSONRendering.appendString(file, to: &out)
        if let range {
            out += ", \"line\": \(range.start.line), \"column\": \(range.start.column)"
            out += ", \"endLine\": \(range.end.line), \"endColumn\": \(range.end.column)"
        }
        out += ", \"severity\": \"\(severity.rawValue)\""
        if let code { out += ", \"code\": \"\(code.rawValue)\"" }
        out += ", \"message\": "
        JSONRendering.appendString(message, to: &out)
        return out + "}"
    }
}
