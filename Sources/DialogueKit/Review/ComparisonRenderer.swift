/// Writes a `SituationComparison` for a reviewer: the guarantees first and loudly, then situations
/// added and removed, then the changes, grouped where many situations changed the same way.
package struct ComparisonRenderer: Sendable {
    /// The most situations named under one group before "and N more".
    let namedPerGroup: Int

    package init(namedPerGroup: Int = 5) {
        self.namedPerGroup = max(1, namedPerGroup)
    }

    package func render(_ comparison: SituationComparison, oldName: String, newName: String) -> String {
        var lines: [String] = []
        lines.append("Comparing \(oldName) (old) with \(newName) (new)")
        lines.append("")
        if let refusal = comparison.refusal {
            lines.append(SituationRenderer.refusalMessage(refusal))
            lines.append("")
        }
        lines += guaranteeSection(comparison.guarantees)
        lines.append(
            "\(count(comparison.changes.count, "situation")) changed, \(comparison.added.count) added, \(comparison.removed.count) removed"
        )
        for situation in comparison.removed {
            lines.append("")
            lines.append("REMOVED situation (no conversation now ends like this):")
            lines += describe(situation)
        }
        for situation in comparison.added {
            lines.append("")
            lines.append("ADDED situation:")
            lines += describe(situation)
        }
        let groups = comparison.editGroups
        if !groups.isEmpty { lines.append("\(count(groups.count, "distinct change")):") }
        let total = comparison.changes.count
        for (number, group) in groups.enumerated() {
            lines.append("")
            let situations = group.situations
            let reach =
                situations.count == total && total > 1
                ? "every changed situation" : count(situations.count, "situation")
            lines.append("Change \(number + 1), in \(reach): \(group.edit.part)")
            lines += group.edit.removed.map { "-" + $0 } + group.edit.added.map { "+" + $0 }
            for situation in situations.prefix(namedPerGroup) { lines.append("    in: " + route(situation)) }
            if situations.count > namedPerGroup { lines.append("    ... and \(situations.count - namedPerGroup) more") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The guarantees section: loud when one was removed or narrowed.
    package func guaranteeSection(_ changes: GuaranteeChanges) -> [String] {
        guard !changes.isEmpty else { return ["Guarantees: unchanged.", ""] }
        var lines: [String] = []
        if changes.isWeakened {
            lines.append(
                "!!! GUARANTEES WEAKENED: \(changes.removed.count) removed, \(changes.narrowed.count) narrowed !!!")
            lines.append("!!! check --against refuses this unless confirmed with --weaken-guarantees !!!")
        } else {
            lines.append("Guarantees changed:")
        }
        for claim in changes.removed { lines.append("  REMOVED:  \(claim)") }
        for change in changes.narrowed { lines.append("  NARROWED: \(change.old)\n        now: \(change.new)") }
        for change in changes.widened { lines.append("  widened:  \(change.old)\n        now: \(change.new)") }
        for claim in changes.added { lines.append("  added:    \(claim)") }
        lines.append("")
        return lines
    }

    private func describe(_ situation: Situation) -> [String] {
        ["  " + route(situation)]
            + situation.plan.enumerated().map { "    \($0.offset + 1). " + SituationRenderer.oneLine($0.element) }
    }

    /// The answers that lead to a situation, on one line.
    func route(_ situation: Situation) -> String {
        let answers = situation.answers.map { "\($0.label)" }
        return (answers.isEmpty ? "(no answers)" : answers.joined(separator: " / ")) + " -> ends at '\(situation.end)'"
    }

    private func count(_ number: Int, _ word: String) -> String {
        "\(number) \(word)\(number == 1 ? "" : "s")"
    }
}
