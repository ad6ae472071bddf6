/// A node that asks a question and waits for one of its choices.
package struct Question: NodeBody {
    let ask: SourcedText
    /// Words shown under the question to help the adult answer.
    package let help: SourcedText?
    package let choices: [Choice]
    /// A question that fails safe (`if-unclear:`): the message node whose advice is shown at once when
    /// an answer is not understood, fits several answers, or carries a sign of danger but chose an
    /// answer that rules danger out. The question is then asked again.
    let ifUnclear: NodeReference?

    init(ask: SourcedText, help: SourcedText? = nil, choices: [Choice], ifUnclear: NodeReference? = nil) {
        self.ask = ask
        self.help = help
        self.choices = choices
        self.ifUnclear = ifUnclear
    }

    var edges: [Edge] {
        choices.enumerated().map { index, choice in
            Edge(
                .answer(label: choice.label, index: index), to: choice.target, condition: choice.condition,
                sets: choice.sets, source: choice.source)
        }
    }

    var texts: [DialogueText] {
        [DialogueText(ask, role: .question)] + (help.map { [DialogueText($0, role: .help)] } ?? [])
            + choices.map { DialogueText($0.label, role: .answer, condition: $0.condition, source: $0.source) }
    }

    /// The choices offered when these flags are set, each with its index among all the choices.
    package func offered(for flags: Set<String>) -> [(index: Int, choice: Choice)] {
        choices.enumerated().filter { $0.element.condition.holds(for: flags) }.map { ($0.offset, $0.element) }
    }
}
