import DialogueKit

/// The frame every page shares: Exit this page (kept in reach as the page scrolls), the emergency command,
/// the main content, the commands available anywhere, and a footer with the privacy notice and the
/// accessibility statement, in the GOV.UK pattern. Forms post the page's sealed state; links carry it in
/// their address (it reveals nothing: see `StateSeal`).
struct PageLayout {
    package let settings: SiteSettings
    /// The page's state, sealed, for its forms and links; `nil` on pages with no conversation.
    let token: String?
    /// The previous page's address, for Back; `nil` at the start.
    let previous: String?
    let state: ConversationState?
    /// Whether the commands include Back to the previous page (not on Your answers and Your plan so far,
    /// whose Back returns to the page they were opened from).
    var offersBack = true

    package init(settings: SiteSettings, page: PageState?, state: ConversationState?) {
        self.settings = settings
        token = page.map { settings.sealed($0.withoutProblem) }
        previous = page?.trail.previous.map { settings.pageAddress(PageState(trail: $0)) }
        self.state = state
    }

    /// The page, titled `title` and the site's neutral name: the browser's history and tabs show only
    /// what kind of page it was, never the subject or an answer.
    func page(title: String, main: [HTMLNode], backLink: String? = nil) -> HTMLNode {
        let dialogueTitle = settings.engine.dialogue.title
        return el(
            "html", ["lang": "en"],
            el(
                "head",
                leaf("meta", ["charset": "utf-8"]),
                leaf("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"]),
                leaf("meta", ["name": "robots", "content": "noindex, nofollow"]),
                el("title", text("\(title) – \(SiteSettings.neutralName)")),
                leaf("link", ["rel": "icon", "href": "/assets/icon.svg", "type": "image/svg+xml"]),
                leaf("link", ["rel": "stylesheet", "href": "/assets/site.css"]),
                el("script", ["src": "/assets/exit.js", "defer": ""])),
            el(
                "body",
                el("a", ["href": "#main", "class": "skip-link"], text(WebPhrases.skipLink)),
                exitButton(),
                el(
                    "header", ["class": "header"],
                    el(
                        "div", ["class": "width-container header__inner"],
                        el("a", ["href": "/", "class": "header__title"], text(dialogueTitle)))),
                el(
                    "div", ["class": "width-container"],
                    backLink.map {
                        el(
                            "nav", ["aria-label": WebPhrases.back],
                            el("a", ["href": $0, "class": "back-link"], text(WebPhrases.back)))
                    } ?? .empty,
                    emergency(),
                    el("main", ["id": "main", "class": "main", "tabindex": "-1"], children: main),
                    commands()),
                el(
                    "footer", ["class": "footer"],
                    el(
                        "div", ["class": "width-container"],
                        el("p", ["class": "js-only"], text(WebPhrases.exitHint)),
                        el("p", text(WebPhrases.privacy)),
                        el(
                            "ul", ["class": "footer__links"],
                            el("li", el("a", ["href": "/privacy"], text(WebPhrases.privacyTitle))),
                            el("li", el("a", ["href": "/accessibility"], text(WebPhrases.accessibilityTitle))))))))
    }

    /// A plain link that works without JavaScript; `exit.js` makes it replace this page in the history.
    /// It stays at the top of the window as the page scrolls, as GOV.UK's component does.
    private func exitButton() -> HTMLNode {
        el(
            "div", ["class": "exit-this-page", "role": "region", "aria-label": WebPhrases.exitThisPage],
            el(
                "div", ["class": "width-container exit-this-page__inner"],
                el(
                    "a",
                    [
                        "href": settings.exitURL, "class": "button button--warning exit-this-page__button",
                        "rel": "nofollow noreferrer",
                        "data-exit-this-page": "",
                    ],
                    el("span", ["class": "visually-hidden"], text("Emergency: ")),
                    text(WebPhrases.exitThisPage))))
    }

    /// The emergency command, first on every page.
    private func emergency() -> HTMLNode {
        guard let command = settings.emergencyCommand, let token else { return .empty }
        guard command.condition.holds(for: state?.flags ?? []) else { return .empty }
        return el(
            "aside", ["class": "emergency", "aria-labelledby": "emergency-heading"],
            el("h2", ["class": "emergency__heading", "id": "emergency-heading"], text(WebPhrases.emergencyHeading)),
            Forms.say(
                command.command, label: "\(command.command): \(command.help)", token: token,
                style: "button button--emergency"))
    }

    /// Back, the dialogue's other `anytime` commands, your answers, the plan so far and Start again.
    private func commands() -> HTMLNode {
        guard let token else {
            return el(
                "nav", ["class": "commands", "aria-label": WebPhrases.otherThingsHeading],
                el("a", ["href": "/", "class": "link"], text(WebPhrases.startAgain)))
        }
        let flags = state?.flags ?? []
        let emergency = settings.emergencyCommand?.command
        var items: [HTMLNode] = []
        if offersBack, let previous {
            items.append(
                el(
                    "a", ["href": previous, "class": "button button--secondary", "data-command": "back"],
                    text(WebPhrases.back)))
        }
        for command in settings.engine.dialogue.anytime
        where command.command != emergency && command.condition.holds(for: flags) {
            items.append(
                Forms.say(
                    command.command, label: "\(command.command): \(command.help)", token: token,
                    style: "button button--secondary"))
        }
        items.append(
            el("a", ["href": "/answers?s=" + token, "class": "button button--secondary"], text(WebPhrases.yourAnswers)))
        items.append(
            el("a", ["href": "/plan?s=" + token, "class": "button button--secondary"], text(WebPhrases.yourPlanSoFar)))
        items.append(el("a", ["href": "/", "class": "link commands__restart"], text(WebPhrases.startAgain)))
        return el(
            "nav", ["class": "commands", "aria-labelledby": "commands-heading"],
            el("h2", ["class": "commands__heading", "id": "commands-heading"], text(WebPhrases.otherThingsHeading)),
            el("ul", ["class": "commands__list"], children: items.map { el("li", $0) }))
    }
}
