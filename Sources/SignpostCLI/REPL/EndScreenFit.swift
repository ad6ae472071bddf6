import DialogueKit

/// The end of a conversation on a small screen. The plan's heading and every step should be on the last
/// screen, where the adult reads and keeps them; a long list of web addresses they typed can push the
/// heading off it. So, only for that screen, a step's list is cut to its first few entries and a line
/// saying how many more there are (`plan` shows them all, and `save` keeps them all).
enum EndScreenFit {
    /// `replies` with the last plan's lists shortened just enough that the plan and everything after it
    /// take at most `rows` lines, each reply followed by a blank line as the session shows it. Unchanged
    /// when it already fits, has no plan, or has no list that shortening would help.
    static func fitted(_ replies: [Reply], rows: Int, formatter: ReplyFormatter) -> [Reply] {
        guard let planIndex = replies.lastIndex(where: { if case .plan = $0 { true } else { false } }),
            case .plan(let plan) = replies[planIndex]
        else { return replies }
        let after = replies[(planIndex + 1)...].reduce(0) { $0 + formatter.lines($1).count + 1 }
        func fits(_ plan: ActionPlan) -> Bool { formatter.lines(.plan(plan)).count + 1 + after <= rows }
        guard !fits(plan) else { return replies }
        let longest = plan.steps.map(\.entries.count).max() ?? 0
        var fitted = replies
        // Keep `kept` entries of each longer list, from as many as possible down to one.
        for kept in stride(from: longest - 2, through: 1, by: -1) {
            let shortened = shorten(plan, keeping: kept, formatter: formatter)
            fitted[planIndex] = .plan(shortened)
            if fits(shortened) { break }
        }
        return fitted
    }

    /// The plan with each list longer than `kept + 1` cut to `kept` entries and a line for the rest.
    static func shorten(_ plan: ActionPlan, keeping kept: Int, formatter: ReplyFormatter) -> ActionPlan {
        ActionPlan(
            steps: plan.steps.map { step in
                guard step.entries.count > kept + 1 else { return step }
                let rest = formatter.catalogue.text(for: .moreEntries(step.entries.count - kept))
                return ActionPlan.Step(text: step.text, entries: Array(step.entries.prefix(kept)) + [rest])
            })
    }
}
