/// Choices and texts no conversation can show: their `when`/`unless` holds with none of the sets of
/// flags a conversation can arrive at their node with. Found with the search over every path that
/// proves the guarantees (`ConversationPaths`), so a choice guarded by a flag set only on other ways
/// is a warning, as is text under `unless` a flag every way there sets.
extension DialogueChecker {
    func neverShown() -> [CheckFinding] {
        // No flag set anywhere, or nothing shown under a condition: nothing to find, and no search made.
        let setAnywhere = Set(dialogue.nodes.flatMap { node in node.edges.flatMap(\.sets) })
        let conditional = dialogue.nodes.contains { node in
            node.say.contains { $0.condition != .always } || node.plan.contains { $0.condition != .always }
                || node.kind.body.texts.contains { $0.condition != .always }
        }
        guard !setAnywhere.isEmpty, conditional else { return [] }
        let paths = ConversationPaths(dialogue)
        // An incomplete search proves nothing; `tooManyStates` says so where guarantees are declared.
        guard !paths.isIncomplete else { return [] }
        var arrivals: [String: Set<Set<String>>] = [:]
        for state in paths.states { arrivals[state.node, default: []].insert(state.flags) }
        // A flag no answer sets at all is already an error (`flagNeverSet`): not said again here.
        func shownSomewhere(_ condition: Condition, at node: DialogueNode) -> Bool {
            if condition == .always || !condition.when.allSatisfy(setAnywhere.contains) { return true }
            return arrivals[node.id]?.contains { condition.holds(for: $0) } ?? true
        }
        var findings: [CheckFinding] = []
        for node in dialogue.nodes {
            // Answers are among the texts too; they are said once, as answers, below.
            for text in node.texts where text.role != .answer && !shownSomewhere(text.condition, at: node) {
                findings.append(
                    CheckFinding(.neverShown(answer: nil, node: node.id, condition: text.condition), at: text.source))
            }
            for choice in node.question?.choices ?? [] where !shownSomewhere(choice.condition, at: node) {
                findings.append(
                    CheckFinding(
                        .neverShown(answer: choice.label, node: node.id, condition: choice.condition), at: choice.source
                    ))
            }
        }
        return findings
    }
}
