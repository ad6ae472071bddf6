/// Answers at questions and entries at collections, with the guesses a frightened adult needs: close
/// spellings of answers and commands, numbers, and "I don't know".
extension ConversationEngine {
    func answerQuestion(_ id: String, input: String, normalized: String, turn: inout Turn) {
        guard let question = dialogue.node(id)?.question else { return }
        // `question.offered(for:)`, and the matcher's options, in one pass.
        var offered: [(index: Int, choice: Choice)] = []
        var options: [AnswerMatcher.Option] = []
        offered.reserveCapacity(question.choices.count)
        options.reserveCapacity(question.choices.count)
        for (index, choice) in question.choices.enumerated() where choice.condition.holds(for: turn.state.flags) {
            offered.append((index, choice))
            options.append(AnswerMatcher.Option(label: choice.label, synonyms: choice.synonyms, numbers: choice.numbers))
        }
        let matcher = AnswerMatcher(options: options)
        switch matcher.match(input, normalized: normalized) {
        case .option(let position):
            take(offered[position], at: id, question: question, turn: &turn)
        case .closeSpelling(let position), .foundInLine(let position):
            // A mistyped emergency command matters more than a mistyped answer.
            if let command = anytimeCommand(closeTo: input, flags: turn.state.flags) {
                runAnytime(command, typed: input, turn: &turn)
                return
            }
            turn.append(.notice(.tookCloseSpelling(input, choice: offered[position].choice.label)))
            take(offered[position], at: id, question: question, turn: &turn)
        case .ambiguous(let positions):
            let choices = positions.map { Notice.NumberedAnswer(number: $0 + 1, label: offered[$0].choice.label) }
            turn.append(.notice(.ambiguous(input, choices: choices)))
        case .numberOrRange(let number, let answer, let inRange):
            turn.append(
                .notice(.numberOrRange(number: number, answer: offered[answer].choice.label, inRange: offered[inRange].choice.label)))
        case .none:
            if guessCommand(input, turn: &turn) { return }
            turn.append(.notice(input.isEmpty ? .emptyAnswer(answerCount: offered.count) : .notUnderstood(input, answerCount: offered.count)))
        }
    }

    private func take(_ offered: (index: Int, choice: Choice), at id: String, question: Question, turn: inout Turn) {
        let checkpoint = turn.state.undo.count
        turn.checkpoint(.answer)
        turn.events.append(.answered(node: id, choice: offered.index))
        turn.state.progress.answers.append(
            GivenAnswer(node: id, question: question.ask.text, answer: offered.choice.label, checkpoint: checkpoint))
        turn.state.progress.flags.formUnion(offered.choice.sets)
        arrive(at: offered.choice.target.id, turn: &turn)
    }

    func collect(_ id: String, input: String, turn: inout Turn) {
        guard let gathering = dialogue.node(id)?.gathering else { return }
        if Self.endsCollection(input) {
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
