/// Flags: set but never tested, or tested but never set.
extension DialogueChecker {
    package func flags(_ use: FlagUse) -> [CheckFinding] {
        let set = use.set
        // Where each flag is tested, in the order texts, edges, commands, guarantees: the first place
        // is the one a finding about a flag never set points at.
        var tested = use.testedByTexts + use.testedByEdges
        tested += dialogue.anytime.flatMap { command in command.condition.flags.map { ($0, command.source) } }
        tested += dialogue.guarantees.testedFlags.map { ($0.flag, $0.source) }
        let testedNames = Set(tested.map(\.0))
        var findings = set.keys.sorted().filter { !testedNames.contains($0) }.compactMap { flag in
            set[flag].map { CheckFinding(.flagNeverTested(flag), at: $0) }
        }
        var reported: Set<String> = []
        // Sorted once; and, as for node names, a suggestion for the first names only (see
        // `EditDistance.namesSuggestedFor`), so the cost stays in proportion to the dialogue.
        let setNames = set.keys.sorted()
        for (flag, source) in tested where set[flag] == nil && reported.insert(flag).inserted {
            let suggestion =
                reported.count <= EditDistance.namesSuggestedFor
                ? EditDistance.suggestion(for: flag, among: setNames) : nil
            findings.append(CheckFinding(.flagNeverSet(flag, suggestion: suggestion), at: source))
        }
        return findings
    }
}
