import DialogueKit

/// The frame every page shares: the Exit this page button, the emergency command, the main content and
/// the commands available anywhere, in the GOV.UK pattern. Every form posts the trail so far; nothing
/// goes in a URL.
struct PageLayout {
    let settings: SiteSettings
    /// The trail the page's forms carry, encoded; `nil` on pages with no conversation (errors).
    let trail: String?
    /// Whether anything has been sent yet (so Back has somewhere to go).
    let hasStarted: Bool
    let state: ConversationState?

    init(settings: SiteSettings, trail: ConversationTrail?, state: ConversationState?) {
        self.settings = settings
        self.trail = trail?.encoded()
        hasStarted = !(trail?.batches.isEmpty ?? true)
        self.state = state
    }

    func page(title: String, main: [HTMLNode]) -> HTMLNode {
        let dialogueTitle = settings.engine.dialogue.title
        return el("html", ["lang": "en"],
            el("head",
                leaf("meta", ["charset": "utf-8"]),
                leaf("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"]),
                leaf("meta", ["name": "robots", "content": "noindex, nofollow"]),
                el("title", text(title.isEmpty ? dialogueTitle : "\(title) – \(dialogueTitle)")),
                leaf("link", ["rel": "stylesheet", "href": "/assets/site.css"]),
                el("script", ["src": "/assets/exit.js", "defer": ""])),
            el("body",
                el("a", ["href": "#main", "class": "skip-link"], text(WebPhrases.skipLink)),
                el("header", ["class": "header"],
                    el("div", ["class": "width-container header__inner"],
                        el("a", ["href": "/", "class": "header__title"], text(dialogueTitle)),
                        exitButton())),
                el("div", ["class": "width-container"],
                    emergency(),
                    el("main", ["id": "main", "class": "main", "tabindex": "-1"], children: main),
                    commands()),
                el("footer", ["class": "footer"],
                    el("div", ["class": "width-container"],
                        el("p", text(WebPhrases.exitHint)),
                        el("p", text(WebPhrases.privacy))))))
    }

    /// A plain link that works without JavaScript; `exit.js` makes it replace this page in the history.
    private func exitButton() -> HTMLNode {
        el("div", ["class": "exit-this-page"],
            el("a", ["href": settings.exitURL, "class": "button button--warning exit-this-page__button", "rel": "nofollow noreferrer",
                     "data-exit-this-page": ""],
                el("span", ["class": "visually-hidden"], text("Emergency: ")),
                text(WebPhrases.exitThisPage)))
    }

    /// The emergency command, first on every page.
    private func emergency() -> HTMLNode {
        guard let command = settings.emergencyCommand, let trail else { return .empty }
        guard command.condition.holds(for: state?.flags ?? []) else { return .empty }
        return el("aside", ["class": "emergency", "aria-labelledby": "emergency-heading"],
            el("h2", ["class": "emergency__heading", "id": "emergency-heading"], text(WebPhrases.emergencyHeading)),
            Forms.say(command.command, label: "\(command.command): \(command.help)", trail: trail, style: "button button--emergency"))
    }

    /// Back, the dialogue's other `anytime` commands, your answers, the plan so far and Start again.
    private func commands() -> HTMLNode {
        guard let trail else {
            return el("nav", ["class": "commands", "aria-label": WebPhrases.otherThingsHeading],
                el("a", ["href": "/", "class": "link"], text(WebPhrases.startAgain)))
        }
        let flags = state?.flags ?? []
        let emergency = settings.emergencyCommand?.command
        var items: [HTMLNode] = []
        if hasStarted {
            items.append(Forms.say(BuiltInCommand.back.rawValue, label: WebPhrases.back, trail: trail, style: "button button--secondary"))
        }
        for command in settings.engine.dialogue.anytime where command.command != emergency && command.condition.holds(for: flags) {
            items.append(Forms.say(command.command, label: "\(command.command): \(command.help)", trail: trail, style: "button button--secondary"))
        }
        items.append(Forms.post(to: "/answers", label: WebPhrases.yourAnswers, trail: trail, style: "button button--secondary"))
        items.append(Forms.post(to: "/plan", label: WebPhrases.yourPlanSoFar, trail: trail, style: "button button--secondary"))
        items.append(el("a", ["href": "/", "class": "link commands__restart"], text(WebPhrases.startAgain)))
        return el("nav", ["class": "commands", "aria-labelledby": "commands-heading"],
            el("h2", ["class": "commands__heading", "id": "commands-heading"], text(WebPhrases.otherThingsHeading)),
            el("ul", ["class": "commands__list"], children: items.map { el("li", $0) }))
    }
}
