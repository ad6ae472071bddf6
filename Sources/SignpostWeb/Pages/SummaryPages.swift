import DialogueKit

/// "Your answers" and "Your plan so far": views of the same conversation that send nothing to it, so
/// looking does not change where the adult is. Their Back returns to the page they were opened from.
struct SummaryPages {
    package let settings: SiteSettings
    let state: PageState
    let replay: ConversationReplay

    private var layout: PageLayout {
        var layout = PageLayout(settings: settings, page: state, state: replay.state)
        layout.offersBack = false
        return layout
    }

    private var current: String { settings.pageAddress(state.withoutProblem) }

    func answers() -> HTMLNode {
        let layout = self.layout
        return layout.page(
            title: WebPhrases.yourAnswers,
            main: [
                el("h1", ["class": "heading-l"], text(WebPhrases.yourAnswers)),
                AnswerList(token: layout.token).list(replay.state.progress.answers),
                backToQuestions(),
            ], backLink: current)
    }

    func plan() -> HTMLNode {
        let layout = self.layout
        let blocks = ReplyBlocks(
            catalogue: WebCatalogue(), token: layout.token,
            links: ContactLinks(contacts: settings.engine.dialogue.contacts))
        return layout.page(
            title: WebPhrases.yourPlanSoFar,
            main: [
                el("h1", ["class": "heading-l"], text(WebPhrases.yourPlanSoFar)),
                blocks.block(.plan(settings.engine.plan(for: replay.state)), origin: nil),
                blocks.block(.support(settings.engine.dialogue.support(for: replay.state.flags)), origin: nil),
                backToQuestions(),
            ], backLink: current)
    }

    /// Shows the page the adult was on again.
    private func backToQuestions() -> HTMLNode {
        el("p", el("a", ["href": current, "class": "button"], text(WebPhrases.backToQuestions)))
    }
}
