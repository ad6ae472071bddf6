import DialogueKit

/// The page for where a conversation stands: what the last lines made Signpost say, then the form for
/// the prompt (radio buttons for a question, a text area for web addresses, Continue after a pause), or
/// the plan and Download your plan at the end.
struct ConversationPage {
    /// Something wrong with what was just sent, shown in an error summary above the form.
    enum Problem {
        /// Continue without choosing an answer.
        case noAnswerChosen
        /// Entries the collection did not keep, with the notices saying why; they are put back in the box.
        case entriesNotAccepted([Notice], rejected: [String])
    }

    let settings: SiteSettings
    let trail: ConversationTrail
    let replay: ConversationReplay
    var problem: Problem? = nil
    /// Set when the posted trail could not be used and the conversation started again.
    var startedAgain: ConversationTrail.Unusable? = nil

    var catalogue: any MessageCatalogue { WebCatalogue() }

    func render() -> HTMLNode {
        let layout = PageLayout(settings: settings, trail: trail, state: replay.state)
        let encoded = layout.trail ?? ""
        var main: [HTMLNode] = []
        if let problem { main.append(errorSummary(problem)) }
        if let startedAgain {
            main.append(el("div", ["class": "inset", "data-reply": "restarted"], el("p", text(WebPhrases.startedAgain(startedAgain)))))
        }
        let form = self.form(trail: encoded)
        if form.heading == nil {
            main.append(el("h1", ["class": "heading-l"], text(settings.engine.dialogue.title)))
        }
        let stillCollecting: Bool = if case .collect = replay.state.position { true } else { false }
        main += ReplyBlocks(catalogue: catalogue, trail: encoded)
            .blocks(replay.shownReplies, origins: replay.shownOrigins, keepLastSaved: stillCollecting && problem == nil)
        main.append(form.node)
        let title = (problem == nil ? "" : "Error: ") + (form.heading ?? "")
        return layout.page(title: title, main: main)
    }

    /// The form for the current position, and its heading when the form holds the page's heading.
    private func form(trail: String) -> (node: HTMLNode, heading: String?) {
        let node = replay.state.position.node ?? ""
        switch replay.state.position {
        case .question:
            guard let question = replay.question else { return (.empty, nil) }
            return (questionForm(question, node: node, trail: trail), question.text)
        case .collect:
            guard let collection = replay.collection else { return (.empty, nil) }
            return (collectionForm(collection, node: node, trail: trail), collection.text)
        case .paused:
            // Continue sends an empty line, as Enter does at the prompt.
            let form = el("form", ["method": "post", "action": "/next", "novalidate": "", "data-node": node],
                .hidden("trail", trail),
                .hidden("say", ""),
                el("button", ["type": "submit", "class": "button"], text(WebPhrases.continueButton)))
            return (form, nil)
        case .finished:
            return (endForm(trail: trail), nil)
        }
    }

    private func questionForm(_ question: QuestionPrompt, node: String, trail: String) -> HTMLNode {
        let failed = if case .noAnswerChosen? = problem { true } else { false }
        var describedBy: [String] = []
        if question.help != nil { describedBy.append("answer-hint") }
        if failed { describedBy.append("answer-error") }
        var fieldset = [HTMLAttribute("class", "fieldset")]
        if !describedBy.isEmpty { fieldset.append(HTMLAttribute("aria-describedby", describedBy.joined(separator: " "))) }
        let radios = question.options.enumerated().map { index, label in
            el("div", ["class": "radios__item"],
                leaf("input", ["class": "radios__input", "id": "answer-\(index + 1)", "name": "answer", "type": "radio", "value": "\(index + 1)"]),
                el("label", ["class": "label radios__label", "for": "answer-\(index + 1)"], text(label)))
        }
        return el("form", ["method": "post", "action": "/next", "novalidate": "", "data-node": node],
            .hidden("trail", trail),
            el("div", ["class": failed ? "form-group form-group--error" : "form-group"],
                el("fieldset", attributes: fieldset, children: [
                    el("legend", ["class": "fieldset__legend"], el("h1", ["class": "fieldset__heading", "data-reply": "question"], text(question.text))),
                    question.help.map { el("div", ["class": "hint", "id": "answer-hint", "data-reply": "question-help"], text($0)) } ?? .empty,
                    failed
                        ? el("p", ["class": "error-message", "id": "answer-error"],
                            el("span", ["class": "visually-hidden"], text("Error: ")), text(WebPhrases.chooseAnAnswer))
                        : .empty,
                    el("div", ["class": "radios"], children: radios),
                ])),
            el("button", ["type": "submit", "class": "button"], text(WebPhrases.continueButton)))
    }

    private func collectionForm(_ collection: CollectPrompt, node: String, trail: String) -> HTMLNode {
        let rejected: [String]
        let notices: [Notice]
        if case .entriesNotAccepted(let said, let entries)? = problem {
            notices = said
            rejected = entries
        } else {
            notices = []
            rejected = []
        }
        var describedBy = ["entries-hint"]
        if !notices.isEmpty { describedBy.append("entries-error") }
        let count = savedCount(node: node) ?? collection.count
        var area = [
            HTMLAttribute("class", notices.isEmpty ? "textarea" : "textarea textarea--error"), HTMLAttribute("id", "entries"),
            HTMLAttribute("name", "entries"), HTMLAttribute("rows", "5"), HTMLAttribute("spellcheck", "false"),
            HTMLAttribute("autocomplete", "off"), HTMLAttribute("autocapitalize", "none"),
        ]
        area.append(HTMLAttribute("aria-describedby", describedBy.joined(separator: " ")))
        let hints = [collection.help, catalogue.text(for: .finishListHint)].compactMap { $0 }.map { el("p", text($0)) }
        return el("form", ["method": "post", "action": "/next", "novalidate": "", "data-node": node],
            .hidden("trail", trail),
            el("div", ["class": notices.isEmpty ? "form-group" : "form-group form-group--error"],
                el("h1", ["class": "label-wrapper"],
                    el("label", ["class": "label label--l", "for": "entries", "data-reply": "collect"], text(collection.text))),
                el("div", attributes: [HTMLAttribute("class", "hint"), HTMLAttribute("id", "entries-hint"), HTMLAttribute("data-reply", "collect-help")], children: hints),
                count > 0 ? el("p", ["class": "body", "data-reply": "saved-count"], text(catalogue.text(for: .savedSoFar(count)))) : .empty,
                notices.isEmpty
                    ? .empty
                    : el("div", ["class": "error-message", "id": "entries-error"], children: notices.map {
                        el("p", el("span", ["class": "visually-hidden"], text("Error: ")), text(catalogue.text(for: $0)))
                    }),
                el("textarea", attributes: area, children: [text(rejected.joined(separator: "\n"))])),
            el("button", ["type": "submit", "class": "button"], text(WebPhrases.continueButton)))
    }

    /// How many entries the collection at `node` holds now.
    private func savedCount(node: String) -> Int? {
        guard let gathering = settings.engine.dialogue.node(node)?.gathering else { return nil }
        return replay.state.progress.collected[gathering.into]?.count ?? 0
    }

    /// At the end: download the plan as plain text (the web addresses only when asked), or print it.
    private func endForm(trail: String) -> HTMLNode {
        let hasEntries = PlanDocument.leavesOutWhatWasTyped(engine: settings.engine, state: replay.state)
        return el("div", ["class": "plan-actions"],
            el("form", ["method": "post", "action": "/plan.txt"],
                .hidden("trail", trail),
                hasEntries
                    ? el("div", ["class": "checkboxes__item"],
                        leaf("input", ["class": "checkboxes__input", "id": "with-addresses", "name": "with", "type": "checkbox", "value": "addresses"]),
                        el("label", ["class": "label checkboxes__label", "for": "with-addresses"], text(WebPhrases.includeAddresses)))
                    : .empty,
                el("button", ["type": "submit", "class": "button"], text(WebPhrases.downloadPlan))),
            el("p", ["class": "hint"], text(WebPhrases.printHint)))
    }

    private func errorSummary(_ problem: Problem) -> HTMLNode {
        let items: [HTMLNode]
        switch problem {
        case .noAnswerChosen:
            items = [el("li", el("a", ["href": "#answer-1"], text(WebPhrases.chooseAnAnswer)))]
        case .entriesNotAccepted(let notices, _):
            items = notices.map { el("li", el("a", ["href": "#entries"], text(catalogue.text(for: $0)))) }
        }
        return el("div", ["class": "error-summary", "role": "alert", "tabindex": "-1", "aria-labelledby": "error-summary-title", "data-error-summary": ""],
            el("h2", ["class": "error-summary__title", "id": "error-summary-title"], text(WebPhrases.errorSummaryTitle)),
            el("ul", ["class": "list error-summary__list"], children: items))
    }
}
