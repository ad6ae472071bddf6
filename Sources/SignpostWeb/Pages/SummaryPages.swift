import DialogueKit

/// "Your answers" and "Your plan so far": views of the same conversation that send nothing to it, so
/// looking does not change where the adult is. Back to the questions replays the same trail.
struct SummaryPages {
    let settings: SiteSettings
    let trail: ConversationTrail
    let replay: ConversationReplay

    func answers() -> HTMLNode {
        let layout = PageLayout(settings: settings, trail: trail, state: replay.state)
        return layout.page(title: WebPhrases.yourAnswers, main: [
            el("h1", ["class": "heading-l"], text(WebPhrases.yourAnswers)),
            AnswerList(trail: layout.trail).list(replay.state.progress.answers),
            backToQuestions(layout.trail ?? ""),
        ])
    }

    func plan() -> HTMLNode {
        let layout = PageLayout(settings: settings, trail: trail, state: replay.state)
        let catalogue = WebCatalogue()
        return layout.page(title: WebPhrases.yourPlanSoFar, main: [
            el("h1", ["class": "heading-l"], text(WebPhrases.yourPlanSoFar)),
            PlanBlocks.plan(settings.engine.plan(for: replay.state), catalogue: catalogue),
            PlanBlocks.support(settings.engine.dialogue.support(for: replay.state.flags), catalogue: catalogue),
            backToQuestions(layout.trail ?? ""),
        ])
    }

    /// Shows the current page again: the trail with nothing added.
    private func backToQuestions(_ trail: String) -> HTMLNode {
        Forms.post(to: "/current", label: WebPhrases.backToQuestions, trail: trail, style: "button")
    }
}
