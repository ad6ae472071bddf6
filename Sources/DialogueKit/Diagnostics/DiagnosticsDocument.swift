/// docs/diagnostics.md: every code with its explanation and examples, in Markdown. The page is made
/// from the code table, and a test checks the file in the repository is what this makes
/// (`signpost explain --markdown > docs/diagnostics.md` writes it again).
package enum DiagnosticsDocument {
    package static func render() -> String {
        var out = """
            # Diagnostics

            Every message `signpost` gives about a dialogue, a transcript or a recording carries a code, shown at \
            the end of the line in text output (`example.yaml:3:5: error: ... [SP224]`) and as `"code"` in \
            `signpost check --format json`. `signpost explain CODE` prints the longer explanation below. Codes \
            keep their meaning: a retired code is never reused.

            - `SP1xx`: parsing: the file is not text the dialogue format can read.
            - `SP2xx`: loading: files, includes, keys and nodes.
            - `SP3xx`: checking: what `signpost check` finds in a dialogue that loads.
            - `SP4xx`: transcripts (`signpost test`) and recording (`signpost record`).

            The examples that are dialogue files are whole files, `example.yaml`. The transcript examples run \
            against this dialogue, saved as `example.yaml` beside them:

            ```yaml

            """
        out += DiagnosticExplanation.exampleDialogue + "```\n\n"
        out += "| Code | Meaning |\n| --- | --- |\n"
        for code in DiagnosticCode.allCases {
            // A '|' in a title would end its table cell.
            let title = code.explanation.title.split(separator: "|", omittingEmptySubsequences: false).joined(
                separator: "\\|")
            out += "| [\(code.rawValue)](#\(code.rawValue.lowercased())) | \(title) |\n"
        }
        for code in DiagnosticCode.allCases {
            out += "\n" + section(code)
        }
        return out
    }

    private static func section(_ code: DiagnosticCode) -> String {
        let explanation = code.explanation
        var out = "## \(code.rawValue)\n\n**\(explanation.title)**\n\n\(explanation.text)\n\n"
        switch explanation.example {
        case .dialogue, .transcript:
            let language = explanation.example == .dialogue ? "yaml" : "text"
            out +=
                "Wrong:\n\n```\(language)\n\(explanation.wrong)```\n\nRight:\n\n```\(language)\n\(explanation.right)```\n"
        case .described:
            out += "Wrong: \(explanation.wrong)\n\nRight: \(explanation.right)\n"
        }
        return out
    }
}
