import DialogueKit

/// The page for where a conversation stands: what the last lines made Signpost say, then the form for
/// the prompt (radio buttons for a question, a text area for web addresses, Continue after a pause), or
/// the plan and Download your plan at the end.
struct ConversationPage {
    package let settings: SiteSettings
    let state: PageState
    let replay: ConversationReplay
    /// Set when the page's state could not be used and the conversation started again.
    var startedAgain: StateSeal.Unusable? = nil

    var catalogue: any MessageCatalogue { WebCatalogue() }
    /// The entries put back in the box and why, worked out once per page.
    var refused: (notices: [Notice], rejected: [String]) = ([], [])
    var problem: PageProblem? { state.problem }

    /// What kind of page this is, for its title and the usage counts.
    var kind: UsageCounts.PageKind {
        if state.change?.confirming != nil { return .change }
        switch replay.state.position {
        case .question: return .question
        case .collect: return .list
        case .paused: return .advice
        case .finished: return .end
        }
    }

    func render() -> HTMLNode {
        let layout = PageLayout(settings: settings, page: state, state: replay.state)
        let token = layout.token ?? ""
        var page = self
        page.refused = refusedEntries
        return page.render(layout: layout, token: token)
    }

    private func render(layout: PageLayout, token: String) -> HTMLNode {
        if let change = state.change, let confirming = change.confirming,
            let page = confirmChange(change, choice: confirming, token: token)
        {
            return layout.page(title: WebPhrases.confirmChangeTitle, main: page)
        }
        var main: [HTMLNode] = []
        if let problem { main.append(errorSummary(problem)) }
        if let startedAgain {
            main.append(
                el(
                    "div", ["class": "inset", "data-reply": "restarted"],
                    el("p", text(WebPhrases.startedAgain(startedAgain)))))
        }
        let blocks = ReplyBlocks(
            catalogue: catalogue, token: token, links: ContactLinks(contacts: settings.engine.dialogue.contacts))
        let title: String
        switch replay.state.position {
        case .question, .collect:
            main += promptSection(blocks, token: token)
            title = WebPhrases.questionTitle(number: replay.state.progress.answers.count + 1)
        case .paused:
            main += pauseSection(blocks, token: token)
            title = replay.state.progress.returnTo == nil ? WebPhrases.adviceTitle : WebPhrases.urgentTitle
        case .finished:
            if let command = commandJustUsed {
                main += commandAtEndSection(command, blocks, token: token)
                return layout.page(title: WebPhrases.urgentTitle, main: main)
            }
            main += endSection(blocks, token: token)
            title = WebPhrases.endTitle
        }
        return layout.page(title: (problem == nil ? "" : "Error: ") + title, main: main)
    }

    /// A question or a list: what was said, then the form.
    private func promptSection(_ blocks: ReplyBlocks, token: String) -> [HTMLNode] {
        var main: [HTMLNode] = []
        let stillCollecting: Bool = if case .collect = replay.state.position { true } else { false }
        if state.change != nil {
            main.append(
                el("div", ["class": "inset", "data-chrome": ""], el("p", text(WebPhrases.changeKeepsLaterAnswers))))
        }
        main += blocks.blocks(
            replay.shownReplies, origins: replay.shownOrigins, keepLastSaved: stillCollecting && problem == nil)
        main.append(form(token: token))
        return main
    }

    /// A page of advice with Continue.
    private func pauseSection(_ blocks: ReplyBlocks, token: String) -> [HTMLNode] {
        var main: [HTMLNode] = [el("h1", ["class": "heading-l"], text(pauseHeading))]
        main += blocks.blocks(replay.shownReplies, origins: replay.shownOrigins, keepLastSaved: false)
        main.append(continueForm(token: token))
        // Emergency advice asked for at the end keeps the plan on the page (and in print).
        if replay.state.progress.returnTo == .finished { main += planAndSupport(blocks) }
        return main
    }

    /// An `anytime` command at the end (999): its advice first, the plan kept below it.
    private func commandAtEndSection(_ command: AnytimeCommand, _ blocks: ReplyBlocks, token: String) -> [HTMLNode] {
        var main: [HTMLNode] = [
            el("h1", ["class": "heading-l"], text(command.help.prefix(1).uppercased() + command.help.dropFirst()))
        ]
        main += blocks.blocks(
            replay.shownReplies.filter {
                if case .plan = $0 { false } else if case .support = $0 { false } else { true }
            },
            origins: [], keepLastSaved: false)
        main += planAndSupport(blocks)
        main.append(endForm(token: token))
        return main
    }

    /// The end: the plan and support, Download, then the rest of what was said last.
    private func endSection(_ blocks: ReplyBlocks, token: String) -> [HTMLNode] {
        var main: [HTMLNode] = [el("h1", ["class": "heading-l"], text(WebPhrases.endHeading))]
        main += planAndSupport(blocks)
        main.append(endForm(token: token))
        let advice = replay.shownReplies.enumerated().filter { _, reply in
            switch reply {
            case .plan, .support: false
            case .text, .closing, .notice, .answers, .help, .question, .collect, .pause: true
            }
        }
        if !advice.isEmpty {
            main.append(el("h2", ["class": "heading-m"], text(WebPhrases.moreAdviceHeading)))
            let origins = replay.shownOrigins
            main += blocks.blocks(
                advice.map(\.element), origins: advice.map { $0.offset < origins.count ? origins[$0.offset] : nil },
                keepLastSaved: false)
        }
        return main
    }

    /// The heading of a page of advice: for advice an `anytime` command asked for, what the command does
    /// (the dialogue's words); otherwise a plain heading.
    private var pauseHeading: String {
        if replay.state.progress.returnTo != nil, let node = replay.state.position.node,
            let command = settings.engine.dialogue.anytime.first(where: { $0.target.id == node })
        {
            return command.help.prefix(1).uppercased() + command.help.dropFirst()
        }
        return WebPhrases.adviceHeading
    }

    /// The `anytime` command the last line was, if it was one.
    private var commandJustUsed: AnytimeCommand? {
        guard let last = state.trail.batches.last, last.count == 1 else { return nil }
        return settings.engine.dialogue.anytime.first { $0.command == last[0] || $0.synonyms.contains(last[0]) }
    }

    /// The plan and where to get support, as the conversation stands.
    private func planAndSupport(_ blocks: ReplyBlocks) -> [HTMLNode] {
        [
            blocks.block(.plan(settings.engine.plan(for: replay.state)), origin: nil),
            blocks.block(.support(settings.engine.dialogue.support(for: replay.state.flags)), origin: nil),
        ]
    }

    /// The form for the current question or list.
    private func form(token: String) -> HTMLNode {
        let node = replay.state.position.node ?? ""
        switch replay.state.position {
        case .question:
            guard let question = replay.question else { return .empty }
            return questionForm(question, node: node, token: token)
        case .collect:
            guard let collection = replay.collection else { return .empty }
            return collectionForm(collection, node: node, token: token)
        case .paused, .finished:
            return .empty
        }
    }

    /// Continue sends an empty line, as Enter does at the prompt.
    private func continueForm(token: String) -> HTMLNode {
        el(
            "form",
            ["method": "post", "action": "/next", "novalidate": "", "data-node": replay.state.position.node ?? ""],
            .hidden("state", token),
            .hidden("say", ""),
            el("button", ["type": "submit", "class": "button"], text(WebPhrases.continueButton)))
    }

    /// Before a changed answer removes later ones: which, and a choice to go on or keep the earlier answer.
    private func confirmChange(_ change: PendingChange, choice: Int, token: String) -> [HTMLNode]? {
        guard case .question(let node) = replay.state.position,
            let question = settings.engine.dialogue.node(node)?.question
        else { return nil }
        let offered = question.offered(for: replay.state.flags)
        guard offered.indices.contains(choice - 1) else { return nil }
        let label = offered[choice - 1].choice.label
        guard let before = state.beforeChange,
            let chosen = settings.engine.line(choosing: choice - 1, at: node, in: replay.state), chosen.certain
        else { return nil }
        let line = chosen.text
        let kept = ChangeKeeper(engine: settings.engine).keep(
            after: line, changing: replay.state,
            before: ConversationReplay(engine: settings.engine, trail: before).state,
            answer: change.answer, passedPauses: ChangeKeeper.passedPauses(before, engine: settings.engine))
        var rows: [HTMLNode] = kept.dropped.flatMap { given in
            [
                el("dt", ["class": "summary-list__key"], text(given.question)),
                el("dd", ["class": "summary-list__value"], text(given.answer)),
            ]
        }
        if kept.droppedEntries > 0 {
            rows += [
                el("dt", ["class": "summary-list__key"], text(WebPhrases.webAddressesGiven)),
                el("dd", ["class": "summary-list__value"], text(WebPhrases.entryCount(kept.droppedEntries))),
            ]
        }
        return [
            el("h1", ["class": "heading-l"], text(WebPhrases.confirmChangeTitle)),
            el("p", ["class": "body"], text(WebPhrases.confirmChangeLead(label))),
            el("dl", ["class": "summary-list summary-list--two", "data-reply": "dropped"], children: rows),
            el(
                "div", ["class": "button-group"],
                el(
                    "form", ["method": "post", "action": "/next", "class": "inline-form"],
                    .hidden("state", token), .hidden("change", "confirm"),
                    el(
                        "button", ["type": "submit", "class": "button button--warning"],
                        text(WebPhrases.confirmChangeButton))),
                el(
                    "form", ["method": "post", "action": "/next", "class": "inline-form"],
                    .hidden("state", token), .hidden("change", "keep"),
                    el(
                        "button", ["type": "submit", "class": "button button--secondary"],
                        text(WebPhrases.keepEarlierAnswer)))),
        ]
    }

    private func questionForm(_ question: QuestionPrompt, node: String, token: String) -> HTMLNode {
        let failed = if case .noAnswerChosen? = problem { true } else { false }
        var describedBy: [String] = []
        if question.help != nil { describedBy.append("answer-hint") }
        if failed { describedBy.append("answer-error") }
        var fieldset = [HTMLAttribute("class", "fieldset")]
        if !describedBy.isEmpty {
            fieldset.append(HTMLAttribute("aria-describedby", describedBy.joined(separator: " ")))
        }
        let earlier = earlierAnswer(at: node)
        let radios = question.options.enumerated().map { index, label in
            var input = [
                HTMLAttribute("class", "radios__input"), HTMLAttribute("id", "answer-\(index + 1)"),
                HTMLAttribute("name", "answer"),
                HTMLAttribute("type", "radio"), HTMLAttribute("value", "\(index + 1)"),
            ]
            if label == earlier { input.append(HTMLAttribute("checked", nil)) }
            return el(
                "div", ["class": "radios__item"],
                .void("input", attributes: input),
                el("label", ["class": "label radios__label", "for": "answer-\(index + 1)"], text(label)))
        }
        return el(
            "form", ["method": "post", "action": "/next", "novalidate": "", "data-node": node],
            .hidden("state", token),
            el(
                "div", ["class": failed ? "form-group form-group--error" : "form-group"],
                el(
                    "fieldset", attributes: fieldset,
                    children: [
                        el(
                            "legend", ["class": "fieldset__legend"],
                            el("h1", ["class": "fieldset__heading", "data-reply": "question"], text(question.text))),
                        question.help.map {
                            el("div", ["class": "hint", "id": "answer-hint", "data-reply": "question-help"], text($0))
                        } ?? .empty,
                        failed
                            ? el(
                                "p", ["class": "error-message", "id": "answer-error"],
                                el("span", ["class": "visually-hidden"], text("Error: ")),
                                text(WebPhrases.chooseAnAnswer))
                            : .empty,
                        el("div", ["class": "radios"], children: radios),
                    ])),
            el("button", ["type": "submit", "class": "button"], text(WebPhrases.continueButton)))
    }

    private func collectionForm(_ collection: CollectPrompt, node: String, token: String) -> HTMLNode {
        let (notices, rejected) = refused
        let tooMany: Bool = if case .entriesTooMany? = problem { true } else { false }
        var describedBy = ["entries-hint"]
        if !notices.isEmpty || tooMany { describedBy.append("entries-error") }
        let count = savedCount(node: node) ?? collection.count
        var area = [
            HTMLAttribute("class", notices.isEmpty ? "textarea" : "textarea textarea--error"),
            HTMLAttribute("id", "entries"),
            HTMLAttribute("name", "entries"), HTMLAttribute("rows", "5"), HTMLAttribute("spellcheck", "false"),
            HTMLAttribute("autocomplete", "off"), HTMLAttribute("autocapitalize", "none"),
            HTMLAttribute("maxlength", String(SiteSettings.maximumTypedCharacters)),
        ]
        area.append(HTMLAttribute("aria-describedby", describedBy.joined(separator: " ")))
        let hints = [collection.help, catalogue.text(for: .finishListHint)].compactMap { $0 }.map { el("p", text($0)) }
        return el(
            "form", ["method": "post", "action": "/next", "novalidate": "", "data-node": node],
            .hidden("state", token),
            el(
                "div", ["class": notices.isEmpty && !tooMany ? "form-group" : "form-group form-group--error"],
                el(
                    "h1", ["class": "label-wrapper"],
                    el(
                        "label", ["class": "label label--l", "for": "entries", "data-reply": "collect"],
                        text(collection.text))),
                el(
                    "div",
                    attributes: [
                        HTMLAttribute("class", "hint"), HTMLAttribute("id", "entries-hint"),
                        HTMLAttribute("data-reply", "collect-help"),
                    ], children: hints),
                count > 0
                    ? el(
                        "p", ["class": "body", "data-reply": "saved-count"],
                        text(catalogue.text(for: .savedSoFar(count)))) : .empty,
                notices.isEmpty && !tooMany
                    ? .empty
                    : el(
                        "div", ["class": "error-message", "id": "entries-error"],
                        children: errorTexts(notices).map {
                            el("p", el("span", ["class": "visually-hidden"], text("Error: ")), text($0))
                        }),
                el("textarea", attributes: area, children: [text(rejected.joined(separator: "\n"))])),
            el("button", ["type": "submit", "class": "button"], text(WebPhrases.continueButton)))
    }

    /// How many entries the collection at `node` holds now.
    private func savedCount(node: String) -> Int? {
        guard let gathering = settings.engine.dialogue.node(node)?.gathering else { return nil }
        return replay.state.progress.collected[gathering.into]?.count ?? 0
    }

    /// At the end: download the plan as plain text (the web addresses and the answers each only when
    /// asked, each by a checkbox that says so), or print it.
    private func endForm(token: String) -> HTMLNode {
        let hasEntries = PlanDocument.leavesOutWhatWasTyped(engine: settings.engine, state: replay.state)
        let hasAnswers = !replay.state.progress.answers.isEmpty
        return el(
            "div", ["class": "plan-actions"],
            el("h2", ["class": "heading-m"], text(WebPhrases.keepYourPlan)),
            el(
                "form", ["method": "post", "action": "/plan.txt"],
                .hidden("state", token),
                hasEntries || hasAnswers
                    ? el(
                        "fieldset", ["class": "fieldset", "aria-describedby": "download-hint"],
                        el(
                            "legend", ["class": "fieldset__legend fieldset__legend--s"], text(WebPhrases.downloadLegend)
                        ),
                        el("div", ["class": "hint", "id": "download-hint"], text(WebPhrases.downloadHint)),
                        hasEntries
                            ? checkbox("with-addresses", value: "addresses", label: WebPhrases.includeAddresses)
                            : .empty,
                        hasAnswers
                            ? checkbox("with-answers", value: "answers", label: WebPhrases.includeAnswers) : .empty)
                    : .empty,
                el("button", ["type": "submit", "class": "button"], text(WebPhrases.downloadPlan))),
            el("p", ["class": "hint"], text(WebPhrases.printHint)))
    }

    private func checkbox(_ id: String, value: String, label: String) -> HTMLNode {
        el(
            "div", ["class": "checkboxes__item"],
            leaf(
                "input", ["class": "checkboxes__input", "id": id, "name": "with", "type": "checkbox", "value": value]),
            el("label", ["class": "label checkboxes__label", "for": id], text(label)))
    }

    /// The answer given before at `node`, while it is being changed: shown already chosen.
    private func earlierAnswer(at node: String) -> String? {
        guard let change = state.change, let earlier = state.beforeChange else { return nil }
        let before = ConversationReplay(engine: settings.engine, trail: earlier)
        let answers = before.state.progress.answers
        guard answers.indices.contains(change.answer - 1), answers[change.answer - 1].node == node else { return nil }
        return answers[change.answer - 1].answer
    }

    /// The entries put back in the box, with why they were not kept.
    private var refusedEntries: (notices: [Notice], rejected: [String]) {
        switch problem {
        case .entriesNotAccepted(let rejected)?:
            (ConversationTurn(engine: settings.engine, replay: replay).reasons(for: rejected), rejected)
        case .entriesTooMany(let rejected)?:
            ([], rejected)
        case .noAnswerChosen?, nil:
            ([], [])
        }
    }

    /// The error messages for the text area, in the order the error summary gives them.
    private func errorTexts(_ notices: [Notice]) -> [String] {
        if case .entriesTooMany? = problem { return [WebPhrases.tooManyEntries] }
        return notices.map { catalogue.text(for: $0) }
    }

    private func errorSummary(_ problem: PageProblem) -> HTMLNode {
        let items: [HTMLNode]
        switch problem {
        case .noAnswerChosen:
            items = [el("li", el("a", ["href": "#answer-1"], text(WebPhrases.chooseAnAnswer)))]
        case .entriesNotAccepted, .entriesTooMany:
            items = errorTexts(refused.notices).map { el("li", el("a", ["href": "#entries"], text($0))) }
        }
        return el(
            "div",
            [
                "class": "error-summary", "role": "alert", "tabindex": "-1", "aria-labelledby": "error-summary-title",
                "data-error-summary": "",
            ],
            el(
                "h2", ["class": "error-summary__title", "id": "error-summary-title"], text(WebPhrases.errorSummaryTitle)
            ),
            el("ul", ["class": "list error-summary__list"], children: items))
    }
}
