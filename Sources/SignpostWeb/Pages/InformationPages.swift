/// The privacy notice and the accessibility statement, linked from every page's footer. What they say
/// is true of this program as built; an operator adds who runs the site and how to contact them.
struct InformationPages {
    package let settings: SiteSettings

    func privacy() -> HTMLNode {
        page(
            WebPhrases.privacyTitle,
            sections: [
                (
                    nil,
                    [
                        "This guide helps an adult work out what to do when a nude or sexual image of a child has been shared. "
                            + "It does not ask for your name, the child's name or any way to contact you."
                    ]
                ),
                (
                    "What is kept",
                    [
                        "Nothing you choose or type is stored on the server. Each page carries your answers so far in its web address, "
                            + "scrambled with a key only the server has, so the address cannot be read or changed by anyone else.",
                        "A page's address stops working 2 hours after it was made. After that, opening it starts the guide again.",
                        "The server's log records only which kind of page was asked for, whether it worked and how long it took: "
                            + "never your answers, the web addresses you give, or the address of your device.",
                        "The server counts how many pages, plans and downloads there have been, in total. The counts say nothing about who.",
                        "There are no cookies, no analytics and nothing loaded from other websites.",
                    ]
                ),
                (
                    "What stays on your device",
                    [
                        "Your browser's history lists the pages you visited. Each has a plain title such as \u{201C}Question 3 \u{2013} Signpost\u{201D}; "
                            + "the subject and your answers are not in it. Someone who uses your device within 2 hours could open those pages "
                            + "from the history and see your answers.",
                        "Exit this page takes you to another website straight away and removes the page you were on from the Back button, "
                            + "but not the earlier pages. To remove them, delete your browsing history, or use a private window next time.",
                        "A plan you download is saved on your device. It has your answers or web addresses only if you ticked the box for them.",
                    ]
                ),
            ])
    }

    func accessibility() -> HTMLNode {
        page(
            WebPhrases.accessibilityTitle,
            sections: [
                (
                    nil,
                    [
                        "This guide is meant for everyone. It follows the GOV.UK Design System's patterns and aims to meet the "
                            + "Web Content Accessibility Guidelines (WCAG) 2.2 at level AA."
                    ]
                ),
                (
                    "How it is tested",
                    [
                        "Every kind of page is checked with the axe-core accessibility checker, with no failures allowed, in a real browser "
                            + "at 375 and 1280 pixels wide.",
                        "Every page works without JavaScript, can be used with a keyboard alone, and reflows at 320 pixels wide and when "
                            + "text is made larger.",
                    ]
                ),
                (
                    "What we know is not perfect",
                    [
                        "The guide has not yet been tested by people who use screen readers or other assistive technology. "
                            + "Pressing Shift 3 times to leave the page needs JavaScript; the Exit this page button works without it."
                    ]
                ),
                (
                    "Reporting a problem",
                    [
                        "If something in this guide is hard to use, tell the organisation that runs it. You do not need to say why you were using it."
                    ]
                ),
            ])
    }

    private func page(_ title: String, sections: [(String?, [String])]) -> HTMLNode {
        var main: [HTMLNode] = [el("h1", ["class": "heading-l"], text(title))]
        for (heading, paragraphs) in sections {
            if let heading { main.append(el("h2", ["class": "heading-m"], text(heading))) }
            main += paragraphs.map { el("p", ["class": "body advice"], text($0)) }
        }
        main.append(el("p", el("a", ["href": "/", "class": "button"], text(WebPhrases.startAgain))))
        return PageLayout(settings: settings, page: nil, state: nil).page(title: title, main: main)
    }
}
