import DialogueKit

/// The plan and the support list, shared by the end page and the plan-so-far page.
enum PlanBlocks {
    static func plan(_ plan: ActionPlan, catalogue: any MessageCatalogue, links: ContactLinks) -> HTMLNode {
        let heading = el("h2", ["class": "heading-m"], text(catalogue.text(for: .planHeading)))
        guard !plan.steps.isEmpty else {
            return el(
                "section", ["class": "plan", "data-reply": "plan"], heading,
                el("p", text(catalogue.text(for: .emptyPlan))))
        }
        let steps = plan.steps.map { step in
            el(
                "li",
                .group(links.nodes(step.text)),
                step.entries.isEmpty
                    ? .empty
                    : el(
                        "ul", ["class": "list list--bullet plan__entries"],
                        children: step.entries.map { el("li", ["class": "plan__entry"], text($0)) }))
        }
        return el(
            "section", ["class": "plan", "data-reply": "plan"], heading,
            el("ol", ["class": "list list--number"], children: steps))
    }

    static func support(_ items: [String], catalogue: any MessageCatalogue, links: ContactLinks) -> HTMLNode {
        el(
            "section", ["class": "support", "data-reply": "support"],
            el("h2", ["class": "heading-m"], text(catalogue.text(for: .supportHeading))),
            el("ul", ["class": "list list--bullet"], children: items.map { el("li", children: links.nodes($0)) }))
    }
}
