import DialogueKit

/// A friendly page for a request that cannot be answered: an unknown address, a form that cannot be
/// read, too much sent. It offers a fresh start and carries no conversation.
struct ProblemPage {
    package let settings: SiteSettings
    let problem: WebPhrases.Problem

    func render() -> HTMLNode {
        PageLayout(settings: settings, page: nil, state: nil).page(
            title: problem.title,
            main: [
                el("h1", ["class": "heading-l"], text(problem.title)),
                el("p", ["class": "body"], text(problem.body)),
                el("p", el("a", ["href": "/", "class": "button"], text(WebPhrases.startAgain))),
            ])
    }
}
