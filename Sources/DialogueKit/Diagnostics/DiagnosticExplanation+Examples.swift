/// The example files the explanations show, written as the few lines in which each differs from the
/// standard example dialogue, so that an explanation holds only what is special to it.
extension DiagnosticExplanation {
    /// A whole example dialogue file, `example.yaml`, laid out as
    ///
    ///     title: Example               ┐
    ///     reviewed: 2026-06-01         │ header
    ///     sources: [Example source]    │
    ///     start: ask                   ┘
    ///     nodes:
    ///       ask:
    ///         ask: Is the child safe now?
    ///         if-unclear: …            (only when ifUnclear is given)
    ///         choices:
    ///           - Yes: done            ┐ choices
    ///           - No: done             ┘
    ///       …                          nodes: any nodes between ask and done
    ///       done:
    ///         end: Take care.          done: the keys of the node done
    ///     …                            then: any top-level keys after the nodes
    ///
    /// Each part is written as it stands in the file, without the indentation it is given there. With
    /// nothing given, this is `exampleDialogue`.
    static func exampleFile(
        header: String = exampleHeader, ifUnclear: String? = nil, choices: String = exampleChoices,
        nodes: String = "", done: String = "end: Take care.", then topLevelKeys: String = ""
    ) -> String {
        var lines = [header, "nodes:", "  ask:", "    ask: Is the child safe now?"]
        if let ifUnclear { lines.append("    if-unclear: \(ifUnclear)") }
        lines += ["    choices:", indented(choices, by: 6)]
        if !nodes.isEmpty { lines.append(indented(nodes, by: 2)) }
        lines += ["  done:", indented(done, by: 4)]
        if !topLevelKeys.isEmpty { lines.append(topLevelKeys) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The top-level keys above `nodes:` in the example dialogue.
    static let exampleHeader = """
        title: Example
        reviewed: 2026-06-01
        sources: [Example source]
        start: ask
        """

    /// The answers of the example dialogue's question, both going to `done`.
    static let exampleChoices = """
        - Yes: done
        - No: done
        """

    /// The choices Yes, going to `yesTarget`, and No, going to `noTarget`.
    static func answers(yes yesTarget: String, no noTarget: String) -> String {
        "- Yes: \(yesTarget)\n- No: \(noTarget)"
    }

    /// The answers of a question that fails safe: Yes, the answer that rules danger out, and No.
    static let safeYesChoices = """
        - label: Yes
          safe: true
          go: done
        - No: done
        """

    /// The message `emergency`, saying the emergency advice and leading on to `next`.
    static func emergencyMessage(next: String) -> String {
        """
        emergency:
          say: Call the emergency services now.
          next: \(next)
        """
    }

    /// An example whose ending gives Childline's number, listed under `contacts:`, with the guarantee that
    /// every ending mentions `service`.
    static func mentionsExample(_ service: String, choices: String = exampleChoices, nodes: String = "") -> String {
        exampleFile(
            choices: choices, nodes: nodes, done: "end: Childline is on 0800 1111.",
            then: """
                contacts:
                  Childline: [0800 1111]
                guarantees:
                  every-ending-mentions: [\(service)]
                """)
    }

    /// A transcript replayed against `exampleDialogue`: the `expectations` lines (`# expect-...:`), the
    /// `# dialogue: example.yaml` line unless `namingDialogue` is false, the question, then, unless
    /// `stopsAtQuestion`, the answer `yes`, the words `ending` and the empty plan.
    static func exampleTranscript(
        _ expectations: String..., namingDialogue: Bool = true, stopsAtQuestion: Bool = false,
        ending: String = "Take care."
    ) -> String {
        var lines = expectations
        if namingDialogue { lines.append("# dialogue: example.yaml") }
        lines += ["Is the child safe now?", "  1. Yes", "  2. No"]
        if !stopsAtQuestion { lines += ["", "> yes", ending, "", "Your action plan", "No steps yet."] }
        return lines.joined(separator: "\n") + "\n\n"
    }

    /// `text` with every line that is not empty moved right by `spaces`.
    static func indented(_ text: String, by spaces: Int) -> String {
        let margin = String(repeating: " ", count: spaces)
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : margin + $0 }
            .joined(separator: "\n")
    }
}
