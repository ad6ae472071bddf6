/// Answers at questions and entries at collections, with the guesses a frightened adult needs: close
/// spellings of answers and commands, numbers, and "I don't know".
extension ConversationEngine {
    func answerQuestion(_ id: String, input: String, normalized: String, turn: inout Turn) {
        guard let question = dialogue.node(id)?.question else { return }
        // The indices `question.offered(for:)` gives, without copying any whole choice.
        let choices = question.choices
        let offered = choices.indices.filter { choices[$0].condition.holds(for: turn.state.flags) }
        func label(_ position: Int) -> String { choices[offered[position]].label }
        // An answer's label typed exactly, or its number, is certain, as the matcher would find: taken
        // without weighing anything. Kept for speed: the web page sends labels, and replays every
        // earlier answer on each request (it took the web's load run, Tests/web/load/run_load.sh, from
        // 237 to 879 pages a second). Not for an answer that rules danger out at a question that fails
        // safe, which is always read whole.
        var exact = offered.firstIndex { choices[$0].label == input }
        if exact == nil, case .number(let number) = NumberReading.bare(input), number >= 1, number <= offered.count {
            exact = number - 1
        }
        if let position = exact, question.ifUnclear == nil || !choices[offered[position]].safe {
            take(offered[position], at: id, question: question, turn: &turn)
            return
        }
        guard let prepared = preparedQuestions[id] else { return }
        let matcher = prepared.matcher(offering: offered)
        let reading = matcher.read(input)
        if reading.dangerAside { showDangerAside(input, turn: &turn) }
        if showsFailSafe(question, reading: reading, options: matcher.options, input: input, turn: &turn) { return }
        switch reading.match {
        case .option(let position):
            take(offered[position], at: id, question: question, turn: &turn)
        case .inferred(let position):
            // A mistyped emergency command matters more than a mistyped answer.
            if let command = anytimeCommand(closeTo: input, flags: turn.state.flags) {
                runAnytime(command, typed: input, turn: &turn)
                return
            }
            turn.append(.notice(.understoodAs(input, choice: label(position))))
            take(offered[position], at: id, question: question, turn: &turn)
        case .ambiguous(let positions):
            let numbered = positions.map { Notice.NumberedAnswer(number: $0 + 1, label: label($0)) }
            turn.append(.notice(.ambiguous(input, choices: numbered)))
        case .schoolYear(let year):
            turn.append(.notice(.schoolYear(year)))
        case .none:
            if guessCommand(input, turn: &turn) { return }
            turn.append(
                .notice(
                    input.isEmpty
                        ? .emptyAnswer(answerCount: offered.count) : .notUnderstood(input, answerCount: offered.count)))
        }
    }

    /// A question that fails safe never takes an answer that rules danger out from a line that carries
    /// a sign of danger, and shows its advice at once whenever it cannot take an answer. Whether it did.
    private func showsFailSafe(
        _ question: Question, reading: AnswerMatcher.Reading, options: [AnswerMatcher.Option], input: String,
        turn: inout Turn
    ) -> Bool {
        guard let failSafe = question.ifUnclear else { return false }
        switch reading.match {
        case .option(let position), .inferred(let position):
            guard options[position].safe, reading.dangerHeard else { return false }
            showFailSafe(failSafe, input: input, heardDanger: true, turn: &turn)
        case .ambiguous, .schoolYear, .none:
            guard !input.isEmpty, !isCommandLike(input, flags: turn.state.flags) else { return false }
            showFailSafe(failSafe, input: input, heardDanger: reading.dangerHeard, turn: &turn)
        }
        return true
    }

    /// The advice of a question that fails safe, shown at once, then the question again. Nothing is
    /// added to the plan: that follows from the answer the adult then gives.
    private func showFailSafe(_ node: NodeReference, input: String, heardDanger: Bool, turn: inout Turn) {
        turn.append(.notice(heardDanger ? .dangerHeard(input) : .unclearAtDangerQuestion(input)))
        if let advice = dialogue.node(node.id) {
            turn.events.append(.visited(node: advice.id))
            for item in advice.say where item.condition.holds(for: turn.state.flags) {
                turn.append(.text(item.text), from: advice.id)
            }
        }
        turn.append(.notice(.askingAgain))
        turn.appendPrompt(prompt(for: turn.state))
    }

    /// Whether a line not understood as an answer is close to a command: those are run, not met with
    /// the fail-safe advice.
    private func isCommandLike(_ input: String, flags: Set<String>) -> Bool {
        anytimeCommand(closeTo: input, flags: flags) != nil || builtInCommand(closeTo: input) != nil
    }

    /// Takes the question's choice at `index` (among all its choices).
    private func take(_ index: Int, at id: String, question: Question, turn: inout Turn) {
        let choice = question.choices[index]
        let checkpoint = turn.state.undo.count
        turn.checkpoint(.answer)
        turn.events.append(.answered(node: id, choice: index))
        turn.state.progress.answers.append(
            GivenAnswer(node: id, question: question.ask.text, answer: choice.label, checkpoint: checkpoint))
        turn.state.progress.flags.formUnion(choice.sets)
        arrive(at: choice.target.id, turn: &turn)
    }

    package func collect(_ id: String, input: String, turn: inout Turn) {
        guard let gathering = dialogue.node(id)?.gathering else { return }
        if endsCollection(input) {
            turn.checkpoint(.listFinished)
            arrive(at: gathering.next.id, turn: &turn)
            return
        }
        guard gathering.accepts.accepts(input) else {
            if guessCommand(input, turn: &turn) { return }
            turn.append(.notice(.notAccepted(gathering.accepts)))
            return
        }
        turn.checkpoint(.entry)
        turn.state.progress.collected[gathering.into, default: []].append(input)
        let count = turn.state.progress.collected[gathering.into]?.count ?? 0
        turn.append(.notice(.saved(count: count)))
    }

    /// Runs the command a mistyped line most likely meant, saying how it was taken. The dialogue's own
    /// commands come first, because missing an emergency command is worse than showing it by mistake.
    private func guessCommand(_ input: String, turn: inout Turn) -> Bool {
        if let command = anytimeCommand(closeTo: input, flags: turn.state.flags) {
            turn.append(.notice(.tookCloseSpelling(input, choice: command.command)))
            runAnytime(command, typed: command.command, turn: &turn)
            return true
        }
        if let command = builtInCommand(closeTo: input) {
            turn.append(.notice(.tookCloseSpelling(input, choice: command.rawValue)))
            run(command, argument: "", turn: &turn)
            return true
        }
        return false
    }
}

extension ConversationEngine {
    /// A sign of danger typed at a question that does not fail safe ("she says she wants to kill herself"
    /// at "What has happened?"): the dialogue's emergency advice (what its fail-safe question shows) comes
    /// first, then the line is answered as it would have been. Nothing is added to the plan or the state.
    func showDangerAside(_ input: String, turn: inout Turn) {
        guard let advice = emergencyAdvice.flatMap({ dialogue.node($0.id) }) else { return }
        turn.append(.notice(.dangerHeard(input)))
        turn.events.append(.visited(node: advice.id))
        for item in advice.say where item.condition.holds(for: turn.state.flags) {
            turn.append(.text(item.text), from: advice.id)
        }
    }

    /// The advice of the dialogue's first question that fails safe, if it has one.
    var emergencyAdvice: NodeReference? {
        dialogue.nodes.lazy.compactMap { $0.question?.ifUnclear }.first
    }
}
