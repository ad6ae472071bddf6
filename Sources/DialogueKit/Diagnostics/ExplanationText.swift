/// `signpost explain CODE` as plain text, 80 columns wide: the code and title, the explanation, then
/// the wrong and the right example, indented so they read as file contents.
package enum ExplanationText {
    package static func render(_ code: DiagnosticCode) -> String {
        let explanation = code.explanation
        var lines = ["\(code.rawValue): \(explanation.title)", ""]
        lines += TextWrapping.wrap(explanation.text, width: 80)
        lines.append("")
        switch explanation.example {
        case .dialogue:
            lines += example("Wrong (a dialogue file, example.yaml):", explanation.wrong)
            lines += example("Right:", explanation.right)
        case .transcript:
            lines += example(
                "Wrong (a transcript, run against the dialogue in 'signpost explain --example-dialogue'):",
                explanation.wrong)
            lines += example("Right:", explanation.right)
        case .described:
            lines += TextWrapping.wrap(explanation.wrong, width: 80, firstPrefix: "Wrong: ", restPrefix: "       ")
            lines += TextWrapping.wrap(explanation.right, width: 80, firstPrefix: "Right: ", restPrefix: "       ")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The codes, one a line with its title: `signpost explain` with no code.
    package static func list() -> String {
        DiagnosticCode.allCases.map { "\($0.rawValue)  \($0.explanation.title)\n" }.joined()
    }

    private static func example(_ heading: String, _ text: String) -> [String] {
        var lines = TextWrapping.wrap(heading, width: 80)
        lines.append("")
        lines += text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map {
            $0.isEmpty ? "" : "    " + $0
        }
        lines.append("")
        return lines
    }
}
