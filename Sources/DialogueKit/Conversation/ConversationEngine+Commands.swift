/// The built-in commands and the dialogue's `anytime` commands.
extension ConversationEngine {
    /// Shows the command's message, then returns to the same prompt, or pauses there first when the
    /// message asks the adult to press Enter.
    func runAnytime(_ command: AnytimeCommand, typed: String, turn: inout Turn) {
        guard let node = dialogue.node(command.target.id) else { return }
        turn.checkpoint(.command(command.command))
        show(node, turn: &turn)
        if case .message(let message) = node.kind, message.pauses, turn.state.position != .finished {
            turn.state.progress.returnTo = turn.state.progress.returnTo ?? turn.state.position
            turn.state.progress.position = .paused(node.id)
            turn.append(.pause, from: node.id)
            return
        }
        turn.append(.notice(.backToWhereYouWere))
        turn.appendPrompt(prompt(for: turn.state))
    }

    package func run(_ command: BuiltInCommand, argument: String, turn: inout Turn) {
        switch command {
        case .help:
            turn.append(.help(helpCard(for: turn.state)))
        case .back:
            goBack(turn: &turn)
        case .restart:
            turn.state = ConversationState(progress: .init(position: .finished))
            turn.append(.notice(.startingAgain))
            arrive(at: dialogue.start.id, turn: &turn)
        case .plan:
            turn.append(.plan(plan(for: turn.state)))
            turn.appendPrompt(prompt(for: turn.state))
        case .answers:
            let answers = turn.state.progress.answers
            turn.append(answers.isEmpty ? .notice(.noAnswersYet) : .answers(answers))
            turn.appendPrompt(prompt(for: turn.state))
        case .change:
            change(argument, turn: &turn)
        case .save:
            save(argument, turn: &turn)
        case .hide:
            turn.effects.append(.hide)
        case .quit:
            if turn.state.isFinished { return }
            turn.checkpoint(.quit)
            turn.append(.notice(.endingEarly))
            finishWithPlan(turn: &turn)
        }
    }

    /// `back`: undoes the last step, saying what it undid when that was not an answer.
    private func goBack(turn: inout Turn) {
        guard var previous = turn.state.undo.popLast() else {
            turn.append(.notice(.nothingToGoBackTo))
            turn.appendPrompt(prompt(for: turn.state))
            return
        }
        // Enter after a command's paused advice and the command itself are one step to the adult: back
        // goes to where they were before typing it.
        if previous.reason == .continued, previous.returnTo != nil, let command = turn.state.undo.last,
            case .command = command.reason
        {
            previous = command
            turn.state.undo.removeLast()
        }
        previous.restore(&turn.state.progress)
        if case .command(let name) = previous.reason {
            turn.append(.notice(.wentBackFromCommand(name)))
        } else {
            turn.append(.notice(.wentBack))
        }
        turn.appendPrompt(prompt(for: turn.state))
    }

    /// `change N`: back to the question of answer N, with every later answer dropped.
    private func change(_ argument: String, turn: inout Turn) {
        let answers = turn.state.progress.answers
        guard case .number(let number) = NumberReading.bare(argument), (1...max(answers.count, 1)).contains(number),
            number <= answers.count
        else {
            turn.append(.notice(answers.isEmpty ? .noAnswersYet : .noSuchAnswer(argument, answerCount: answers.count)))
            turn.appendPrompt(prompt(for: turn.state))
            return
        }
        let answer = answers[number - 1]
        turn.state.undo[answer.checkpoint].restore(&turn.state.progress)
        turn.state.undo.removeLast(turn.state.undo.count - answer.checkpoint)
        turn.append(.notice(.changing(answer.answer)))
        turn.appendPrompt(prompt(for: turn.state))
    }

    /// `save FILE`, or `save FILE with answers` to include what the adult typed.
    private func save(_ argument: String, turn: inout Turn) {
        var path = argument
        var includingAnswers = false
        for suffix in [" with answers", " with addresses", " with everything"] where path.lowercased().hasSuffix(suffix)
        {
            path = String(path.dropLast(suffix.count)).trimmingWhitespace()
            includingAnswers = true
        }
        guard !path.isEmpty else {
            turn.append(.notice(.saveNeedsAFileName))
            turn.appendPrompt(prompt(for: turn.state))
            return
        }
        turn.effects.append(.savePlan(SaveRequest(path: path, includingAnswers: includingAnswers)))
    }

    private func helpCard(for state: ConversationState) -> HelpCard {
        var options: [String] = []
        if case .question(let id) = state.position, let question = dialogue.node(id)?.question {
            options = question.offered(for: state.flags).map(\.choice.label)
        }
        var commands = BuiltInCommand.allCases.map(HelpCard.Command.builtIn)
        if case .collect = state.position { commands.insert(.finishList, at: 0) }
        if case .paused = state.position { commands.insert(.carryOn, at: 0) }
        commands += dialogue.anytime.filter { $0.condition.holds(for: state.flags) }.map {
            HelpCard.Command.anytime(name: $0.command, help: $0.help)
        }
        return HelpCard(options: options, commands: commands)
    }
}
