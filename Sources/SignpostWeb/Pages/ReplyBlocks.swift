import DialogueKit

/// The engine's replies as HTML blocks: the dialogue's text as written, notices worded by the catalogue.
/// Prompts (questions, collections, pauses) are left to the form at the foot of the page. Each block
/// carries `data-reply` (and `data-node` for the dialogue's own text), so tests can find the advice.
struct ReplyBlocks {
    let catalogue: any MessageCatalogue
    let token: String?
    /// The dialogue's contact details, made links wherever the text shows them.
    let links: ContactLinks

    func blocks(_ replies: [Reply], origins: [String?], keepLastSaved: Bool) -> [HTMLNode] {
        let lastSaved = replies.lastIndex { if case .notice(.saved) = $0 { true } else { false } }
        var nodes: [HTMLNode] = []
        for (index, reply) in replies.enumerated() {
            let origin = index < origins.count ? origins[index] : nil
            if case .notice(.saved) = reply, !(keepLastSaved && index == lastSaved) { continue }
            nodes.append(block(reply, origin: origin))
        }
        return nodes
    }

    func block(_ reply: Reply, origin: String?) -> HTMLNode {
        switch reply {
        case .text(let words):
            return paragraphs(words, kind: "text", origin: origin)
        case .closing(let words):
            return paragraphs(words, kind: "closing", origin: origin)
        case .notice(let notice):
            let style = Self.isProblem(notice) ? "inset inset--problem" : "inset"
            return el("div", ["class": style, "data-reply": "notice"], el("p", text(catalogue.text(for: notice))))
        case .plan(let plan):
            return PlanBlocks.plan(plan, catalogue: catalogue, links: links)
        case .support(let items):
            return PlanBlocks.support(items, catalogue: catalogue, links: links)
        case .answers(let answers):
            return AnswerList(token: token).list(answers)
        case .help(let card):
            return help(card)
        case .question, .collect, .pause:
            return .empty
        }
    }

    /// Whether a notice says something was not understood or not accepted. Every kind is named, so a
    /// new kind of notice does not build until it is sorted here.
    static func isProblem(_ notice: Notice) -> Bool {
        switch notice {
        case .notUnderstood, .emptyAnswer, .ambiguous, .notAccepted, .schoolYear, .tooLong, .noSuchAnswer: true
        case .conversationOver, .tookCloseSpelling, .understoodAs, .dangerHeard, .unclearAtDangerQuestion, .askingAgain,
            .saved,
            .dialogueLoops, .backToWhereYouWere, .nothingToGoBackTo, .wentBack, .wentBackFromCommand, .noAnswersYet,
            .changing,
            .offerToSave, .saveNeedsAFileName, .planSaved, .planNotSaved, .startingAgain, .confirmRestart,
            .finishReadingFirst,
            .endingEarly:
            false
        }
    }

    /// A block of advice, one `<p>` per paragraph (paragraphs are separated by blank lines).
    private func paragraphs(_ words: String, kind: String, origin: String?) -> HTMLNode {
        let parts = words.split(separator: "\n\n", omittingEmptySubsequences: true).map {
            el("p", children: links.nodes($0.split(whereSeparator: \.isNewline).joined(separator: " ")))
        }
        var attributes = [HTMLAttribute("class", "advice"), HTMLAttribute("data-reply", kind)]
        if let origin { attributes.append(HTMLAttribute("data-node", origin)) }
        return el("div", attributes: attributes, children: parts)
    }

    /// What `help` lists, for a line typed as `help`: the answers and the commands.
    private func help(_ card: HelpCard) -> HTMLNode {
        var items: [HTMLNode] = card.options.map { el("li", text($0)) }
        for command in card.commands {
            let (name, description) = command.wording(in: catalogue)
            items.append(el("li", el("strong", text(name)), text(" "), el("span", text(description))))
        }
        return el("div", ["class": "inset", "data-reply": "help"], el("ul", ["class": "list"], children: items))
    }
}
