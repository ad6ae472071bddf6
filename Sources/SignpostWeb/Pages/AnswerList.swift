import DialogueKit

/// The answers given, each with a Change button (a form that sends `change N`), as GOV.UK's summary list.
struct AnswerList {
    /// The page's sealed state, for the Change buttons; `nil` shows the answers without them.
    let token: String?

    func list(_ answers: [GivenAnswer]) -> HTMLNode {
        guard !answers.isEmpty else { return el("p", ["data-reply": "answers"], text(WebPhrases.noAnswersYet)) }
        // dt and dd straight inside dl (no grouping div), which every checker accepts; CSS lays out rows.
        let rows = answers.enumerated().flatMap { number, given in
            [
                el("dt", ["class": "summary-list__key"], text(given.question)),
                el("dd", ["class": "summary-list__value"], text(given.answer)),
                el(
                    "dd", ["class": "summary-list__actions", "data-chrome": ""],
                    change(number: number + 1, question: given.question)),
            ]
        }
        return el("dl", ["class": "summary-list", "data-reply": "answers"], children: rows)
    }

    private func change(number: Int, question: String) -> HTMLNode {
        guard let token else { return .empty }
        return el(
            "form", ["method": "post", "action": "/next", "class": "inline-form"],
            .hidden("state", token),
            .hidden("say", "\(BuiltInCommand.change.rawValue) \(number)"),
            el(
                "button", ["type": "submit", "class": "link-button"],
                text(WebPhrases.change),
                el("span", ["class": "visually-hidden"], text(" " + WebPhrases.changeLabel(question)))))
    }
}
