import DialogueKit

/// After a changed answer, the answers given later that still apply, given again for the adult (GOV.UK's
/// check-answers pattern): each question asked again on the new route that was answered before, with an
/// answer still offered, takes that answer; each list of entries asked for again takes the entries given
/// before; advice the adult had already seen is passed. It stops at anything new. What was answered
/// before and is not reached again is dropped, and is listed for the adult before they confirm.
struct ChangeKeeper {
    let engine: ConversationEngine

    struct Outcome {
        /// The lines that give the kept answers again, after the new answer.
        let lines: [String]
        /// The earlier answers (after the changed one) that no longer apply.
        let dropped: [GivenAnswer]
        /// How many entries (web addresses) gathered before are no longer kept.
        let droppedEntries: Int
    }

    /// `changing` is the conversation at the question asked again; `before` the conversation as it was
    /// before Change; `answer` the number (from 1) of the answer being changed; `line` the new answer.
    func keep(
        after line: String, changing: ConversationState, before: ConversationState, answer: Int,
        passedPauses: Set<String>
    ) -> Outcome {
        let later = Array(before.progress.answers.dropFirst(answer))
        var remembered: [String: String] = [:]
        for given in later where remembered[given.node] == nil { remembered[given.node] = given.answer }
        var entries = before.progress.collected
        var used: Set<String> = []
        var lines: [String] = []
        var step = engine.respond(to: line, in: changing)
        // Each round sends at least one line and a conversation cannot be longer than the trail allows.
        for _ in 0..<ConversationTrail.maximumLines {
            switch step.state.position {
            case .question(let node):
                guard let label = remembered[node], !used.contains(node),
                    let typed = Self.line(for: label, at: node, in: step.state, engine: engine)
                else { return outcome(lines, later: later, used: used, entries: entries) }
                used.insert(node)
                lines.append(typed)
                step = engine.respond(to: typed, in: step.state)
            case .collect(let node):
                guard let into = engine.dialogue.node(node)?.gathering?.into, let kept = entries[into], !kept.isEmpty,
                    (step.state.progress.collected[into] ?? []).isEmpty
                else { return outcome(lines, later: later, used: used, entries: entries) }
                entries[into] = nil
                for entry in kept + [""] {
                    lines.append(entry)
                    step = engine.respond(to: entry, in: step.state)
                }
            case .paused(let node):
                guard passedPauses.contains(node) else {
                    return outcome(lines, later: later, used: used, entries: entries)
                }
                lines.append("")
                step = engine.respond(to: "", in: step.state)
            case .finished:
                return outcome(lines, later: later, used: used, entries: entries)
            }
        }
        return outcome(lines, later: later, used: used, entries: entries)
    }

    private func outcome(_ lines: [String], later: [GivenAnswer], used: Set<String>, entries: [String: [String]])
        -> Outcome
    {
        Outcome(
            lines: lines, dropped: later.filter { !used.contains($0.node) },
            droppedEntries: entries.values.reduce(0) { $0 + $1.count })
    }

    /// The line that gives the answer labelled `label` at `node` (its label, or its number when the label
    /// would be read as something else); `nil` when that answer is no longer offered.
    static func line(for label: String, at node: String, in state: ConversationState, engine: ConversationEngine)
        -> String?
    {
        guard let question = engine.dialogue.node(node)?.question,
            let position = question.offered(for: state.flags).firstIndex(where: { $0.choice.label == label }),
            let line = engine.line(choosing: position, at: node, in: state), line.certain
        else { return nil }
        return line.text
    }

    /// The pauses passed in a trail (advice the adult saw and continued from).
    static func passedPauses(_ trail: ConversationTrail, engine: ConversationEngine) -> Set<String> {
        var passed: Set<String> = []
        var state = engine.start().state
        for line in trail.batches.joined() {
            if case .paused(let node) = state.position, line.isEmpty { passed.insert(node) }
            state = engine.respond(to: line, in: state).state
        }
        return passed
    }

    /// The shortest trail to where `target` stands: from the start, each question given the answer
    /// `target` gave it, each list its entries, each pause passed; one line a batch. `nil` when that does
    /// not reach the same answers, entries and place (an `anytime` command's advice, say). A trail grows
    /// with every Change and Back; this keeps what a page carries bounded by the conversation itself.
    static func rewalk(to target: ConversationState, engine: ConversationEngine) -> [[String]]? {
        guard target.progress.returnTo == nil else { return nil }
        let answers = target.progress.answers
        var step = engine.start()
        var lines: [String] = []
        var given = 0
        var listed: Set<String> = []
        func send(_ line: String) {
            lines.append(line)
            step = engine.respond(to: line, in: step.state)
        }
        walk: for _ in 0..<ConversationTrail.maximumLines {
            if step.state.progress.answers.count == answers.count, step.state.position == target.position,
                step.state.progress.collected == target.progress.collected
            {
                break walk
            }
            switch step.state.position {
            case .question(let node):
                guard given < answers.count, answers[given].node == node,
                    let line = line(for: answers[given].answer, at: node, in: step.state, engine: engine)
                else { break walk }
                given += 1
                send(line)
            case .collect(let node):
                guard let into = engine.dialogue.node(node)?.gathering?.into, !listed.contains(into) else { break walk }
                listed.insert(into)
                for entry in target.progress.collected[into] ?? [] { send(entry) }
                if step.state.position == target.position, step.state.progress.collected == target.progress.collected {
                    break walk
                }
                send("")
            case .paused:
                send("")
            case .finished:
                break walk
            }
        }
        let same = { (given: [GivenAnswer]) in given.map { [$0.node, $0.answer] } }
        guard step.state.position == target.position, same(step.state.progress.answers) == same(answers),
            step.state.progress.collected == target.progress.collected
        else { return nil }
        return lines.map { [$0] }
    }
}
