/// Why the dialogue a phrasings file names cannot be used.
package enum PhrasingDialogueFailure: Error, Hashable, Sendable {
    /// Refused by the shell (outside the folder, a link, too large), with the reason.
    case refused(FileRefusal)
    /// It does not load; its diagnostics.
    case doesNotLoad([Diagnostic])
}

/// Why a phrasings file cannot be used.
package enum PhrasingSetFailure: Error, Hashable, Sendable {
    /// Mistakes in the file itself.
    case diagnostics([Diagnostic])
    /// The dialogue it names, as written, cannot be used.
    case dialogue(String, PhrasingDialogueFailure)
}

/// A file of phrasings: the dialogue they test and, question by question, what adults type and the
/// answer each must reach.
///
/// ```yaml
/// dialogue: ../signpost.yaml
/// phrasings:
///   danger:                 # a question's node
///     "No":                 # the exact label of the choice to reach, or `ask`
///       - nah shes fine
///     ask:
///       - what do you mean
/// ```
package struct PhrasingSet: Hashable, Sendable {
    /// The dialogue, as written in the file (relative to it).
    package let dialogue: String
    package let phrasings: [Phrasing]

    package static let keys = ["dialogue", "phrasings"]

    /// The most bytes a phrasings file may hold: as a transcript may, since it too lists what adults type.
    package static let maximumSize = Transcript.maximumSize

    /// Reads a phrasings file. `dialogue` is given the name the file's `dialogue:` gives and returns the
    /// loaded dialogue, or the reason it cannot be used; each question must be one of the dialogue's
    /// questions and each expected answer one of that question's labels, or `ask`.
    package static func read(
        _ source: SourceFile, dialogue load: (String) -> Result<Dialogue, PhrasingDialogueFailure>
    ) -> Result<(PhrasingSet, Dialogue), PhrasingSetFailure> {
        var reader = ValueReader(file: source.name)
        let root: YAMLNode
        switch YAMLParser().parse(source) {
        case .failure(let error): return .failure(.diagnostics(error.diagnostics(file: source.name)))
        case .success(let document):
            guard let found = document.root else {
                return .failure(.diagnostics([Diagnostic(FileRefusal.empty, file: source.name, range: nil)]))
            }
            root = found
        }
        guard let entries = reader.mapping(root, key: "the phrasings", allowed: keys, context: "a phrasings file"),
            let nameNode = reader.required(
                "dialogue", in: entries, context: "a phrasings file", at: SourceRange(at: root.range.start)),
            let named = reader.text(nameNode, key: "dialogue")
        else { return .failure(.diagnostics(reader.errors.map(\.diagnostic))) }
        let dialogue: Dialogue
        switch load(named) {
        case .failure(let failure): return .failure(.dialogue(named, failure))
        case .success(let loaded): dialogue = loaded
        }
        var phrasings: [Phrasing] = []
        if let questions = entries.value(for: "phrasings") {
            for question in questions.mapping ?? [] {
                phrasings += Self.phrasings(of: question, in: dialogue, reader: &reader)
            }
        } else {
            reader.fail(.missingKey("phrasings", context: "a phrasings file"), SourceRange(at: root.range.start))
        }
        let diagnostics = reader.errors.map(\.diagnostic)
        guard diagnostics.isEmpty else { return .failure(.diagnostics(diagnostics)) }
        return .success((PhrasingSet(dialogue: named, phrasings: phrasings), dialogue))
    }

    /// The phrasings listed under one question: each typed line with the answer it should be taken as.
    private static func phrasings(of question: YAMLMappingEntry, in dialogue: Dialogue, reader: inout ValueReader)
        -> [Phrasing]
    {
        guard let asked = dialogue.node(question.key)?.question else {
            let ids = dialogue.nodes.filter { $0.question != nil }.map(\.id)
            reader.fail(
                .unknownNode(question.key, suggestion: EditDistance.suggestion(for: question.key, among: ids)),
                question.keyRange)
            return []
        }
        var phrasings: [Phrasing] = []
        for answer in question.value.mapping ?? [] {
            let expected: Phrasing.Expected
            if answer.key == "ask" {
                expected = .ask
            } else if let index = asked.choices.firstIndex(where: { $0.label == answer.key }) {
                expected = .choice(index)
            } else {
                let labels = asked.choices.map(\.label)
                reader.fail(
                    .unknownKey(
                        answer.key, context: "the answers of '\(question.key)' (or 'ask')",
                        suggestion: EditDistance.suggestion(for: answer.key, among: labels + ["ask"])),
                    answer.keyRange)
                continue
            }
            for typed in answer.value.sequence ?? [answer.value] {
                guard let text = reader.text(typed, key: answer.key) else { continue }
                phrasings.append(
                    Phrasing(
                        question: question.key, typed: text, expected: expected, source: reader.reference(typed.range)))
            }
        }
        return phrasings
    }
}
