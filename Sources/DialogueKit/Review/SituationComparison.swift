/// What an edit changed, situation by situation: two versions of a dialogue, their situations matched
/// by the answers that lead there, and the guarantees compared claim by claim.
package struct SituationComparison: Sendable {
    /// A situation whose plan, ending or advice changed, with each change.
    package struct Change: Hashable, Sendable {
        let old: Situation
        let new: Situation
        let edits: [Edit]
    }

    /// One stretch of changed lines in one part of a situation (its ending, plan, support or advice):
    /// the lines removed and the lines added. Plan steps are compared without their numbers, so a step
    /// added early does not show every later one as changed.
    struct Edit: Hashable, Sendable {
        let part: String
        let removed: [String]
        let added: [String]
    }

    /// One edit and every situation it appears in, so that a step reworded in many situations is read once.
    struct EditGroup: Hashable, Sendable {
        let edit: Edit
        let situations: [Situation]
    }

    let added: [Situation]
    package let removed: [Situation]
    package let changes: [Change]
    package let guarantees: GuaranteeChanges
    /// Why one version's situations could not be listed, if so.
    package let refusal: SituationList.Refusal?

    package init(old: Dialogue, new: Dialogue) {
        guarantees = GuaranteeChanges(old: old, new: new)
        let before = SituationList(old)
        let after = SituationList(new)
        if let refusal = before.refusal ?? after.refusal {
            self.refusal = refusal
            added = []
            removed = []
            changes = []
            return
        }
        refusal = nil
        var byRoute: [String: Situation] = [:]
        for situation in after.situations { byRoute[situation.routeKey] = situation }
        var matched: Set<String> = []
        var removed: [Situation] = []
        var changes: [Change] = []
        for situation in before.situations {
            guard let now = byRoute[situation.routeKey] else {
                removed.append(situation)
                continue
            }
            matched.insert(situation.routeKey)
            let edits = Self.edits(Self.lines(situation), Self.lines(now))
            if !edits.isEmpty { changes.append(Change(old: situation, new: now, edits: edits)) }
        }
        self.removed = removed
        added = after.situations.filter { !matched.contains($0.routeKey) }
        self.changes = changes
    }

    /// Each distinct edit with the situations it appears in, the most widespread first.
    var editGroups: [EditGroup] {
        var order: [Edit] = []
        var groups: [Edit: [Situation]] = [:]
        for change in changes {
            for edit in change.edits {
                if groups[edit] == nil { order.append(edit) }
                groups[edit, default: []].append(change.new)
            }
        }
        return order.enumerated()
            .sorted { ((groups[$0.element]?.count ?? 0), -$0.offset) > ((groups[$1.element]?.count ?? 0), -$1.offset) }
            .map { EditGroup(edit: $0.element, situations: groups[$0.element] ?? []) }
    }

    package var isEmpty: Bool { added.isEmpty && removed.isEmpty && changes.isEmpty && guarantees.isEmpty }

    /// A situation as the lines compared: each part's name (not indented), then its lines.
    package static func lines(_ situation: Situation) -> [String] {
        func flat(_ text: String) -> String { SituationRenderer.oneLine(text) }
        var lines = ["Ending", "  at '\(situation.end)': " + flat(situation.closing), "Plan"]
        lines += situation.plan.map { "  - " + flat($0) }
        lines.append("Support")
        lines += situation.support.map { "  - " + flat($0) }
        lines.append("Advice on the way")
        lines += situation.advice.map { "  [\($0.node)] " + flat($0.text) }
        return lines
    }

    /// The stretches of changed lines between two situations' lines, each with the part it is in.
    static func edits(_ old: [String], _ new: [String]) -> [Edit] {
        var edits: [Edit] = []
        var part = ""
        var removed: [String] = []
        var added: [String] = []
        func close() {
            if !removed.isEmpty || !added.isEmpty { edits.append(Edit(part: part, removed: removed, added: added)) }
            removed = []
            added = []
        }
        for operation in LineDiff.operations(old, new) {
            switch operation {
            case .same(let index, _):
                close()
                if !old[index].hasPrefix(" ") { part = old[index] }
            case .removed(let index): removed.append(old[index])
            case .added(let index): added.append(new[index])
            }
        }
        close()
        return edits
    }
}
