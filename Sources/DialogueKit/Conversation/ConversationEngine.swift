/// Runs a dialogue: given the state and the adult's line, it returns what to show and the next state.
///
/// Pure and deterministic: the same dialogue, state and line always give the same step, and nothing is
/// read or written anywhere. The shell owns the terminal; transcripts replay through the same engine.
public struct ConversationEngine: Sendable {
    public let dialogue: Dialogue
    /// The longest line treated as an answer; longer lines are refused politely.
    public static let maximumLineLength = 2048

    public init(dialogue: Dialogue) {
        self.dialogue = dialogue
    }

    /// The first step: the start node's text and its first question.
    public func start() -> ConversationStep {
        var turn = Turn(state: ConversationState(progress: .init(position: .finished)))
        arrive(at: dialogue.start.id, turn: &turn)
        return turn.step
    }

    /// Answers one line typed at the current prompt.
    public func respond(to line: String, in state: ConversationState) -> ConversationStep {
        var turn = Turn(state: state)
        let input = line.trimmingWhitespace()
        if input.count > Self.maximumLineLength {
            turn.append(.notice(.tooLong(characters: input.count)))
            return turn.step
        }
        if let command = BuiltInCommand.named(input) {
            run(command, turn: &turn)
            return turn.step
        }
        if state.isFinished {
            turn.append(.notice(.conversationOver))
            return turn.step
        }
        if let command = anytimeCommand(named: input, flags: state.flags) {
            runAnytime(command, turn: &turn)
            return turn.step
        }
        switch state.position {
        case .question(let id): answerQuestion(id, input: input, turn: &turn)
        case .collect(let id): collect(id, input: input, turn: &turn)
        case .finished: break
        }
        return turn.step
    }

    /// Ends the conversation as `quit` does: used when input runs out (Ctrl-D, or the end of piped input).
    public func finish(_ state: ConversationState) -> ConversationStep {
        var turn = Turn(state: state)
        if !state.isFinished { run(.quit, turn: &turn) }
        return turn.step
    }

    // MARK: Arriving at nodes

    /// Visits `id` and follows messages until a node that waits for the adult, or an end.
    private func arrive(at id: String, turn: inout Turn) {
        var current = id
        // Each node is visited at most once per arrival, so a loop of messages cannot hang the engine.
        var seen: Set<String> = []
        while let node = dialogue.node(current), seen.insert(current).inserted {
            turn.events.append(.visited(node: node.id))
            for item in node.say where item.condition.holds(for: turn.state.flags) {
                turn.append(.text(item.text), from: node.id)
            }
            for item in node.plan where item.condition.holds(for: turn.state.flags) {
                earn(item, turn: &turn)
            }
            switch node.kind {
            case .message(let message):
                current = message.next.id
                continue
            case .question:
                turn.state.progress.position = .question(node.id)
            case .collect:
                turn.state.progress.position = .collect(node.id)
            case .end(let ending):
                turn.append(.closing(ending.closing.text), from: node.id)
                turn.events.append(.ended(node: node.id))
                finishWithPlan(turn: &turn)
            }
            turn.appendPrompt(prompt(for: turn.state))
            return
        }
        turn.append(.notice(.dialogueLoops(at: current)))
        finishWithPlan(turn: &turn)
    }

    private func earn(_ item: PlanItem, turn: inout Turn) {
        guard !turn.state.progress.plan.contains(where: { $0.text == item.text }) else { return }
        turn.state.progress.plan.append(item)
        turn.events.append(.earned(item))
    }

    private func finishWithPlan(turn: inout Turn) {
        turn.state.progress.position = .finished
        turn.append(.plan(plan(for: turn.state)))
        let support = dialogue.support(for: turn.state.flags)
        if !support.isEmpty { turn.append(.support(support)) }
    }

    /// The question or collection prompt the adult is at (to show again after a command), and its node.
    private func prompt(for state: ConversationState) -> (Reply, String)? {
        switch state.position {
        case .question(let id):
            guard let question = dialogue.node(id)?.question else { return nil }
            let options = question.offered(for: state.flags).map(\.choice.label)
            return (.question(QuestionPrompt(text: question.ask.text, help: question.help?.text, options: options)), id)
        case .collect(let id):
            guard let gathering = dialogue.node(id)?.gathering else { return nil }
            let count = state.progress.collected[gathering.into]?.count ?? 0
            return (.collect(CollectPrompt(text: gathering.prompt.text, help: gathering.help?.text, count: count)), id)
        case .finished:
            return nil
        }
    }

    public func plan(for state: ConversationState) -> ActionPlan {
        ActionPlan(
            steps: state.progress.plan.map { item in
                ActionPlan.Step(text: item.text, entries: item.list.flatMap { state.progress.collected[$0] } ?? [])
            })
    }

    // MARK: Answers

    private func answerQuestion(_ id: String, input: String, turn: inout Turn) {
        guard let question = dialogue.node(id)?.question else { return }
        let offered = question.offered(for: turn.state.flags)
        let matcher = AnswerMatcher(options: offered.map { AnswerMatcher.Option(label: $0.choice.label, synonyms: $0.choice.synonyms) })
        var match = matcher.match(input)
        if case .closeSpelling(let position) = match {
            turn.append(.notice(.tookCloseSpelling(input, choice: offered[position].choice.label)))
            match = .option(position)
        }
        switch match {
        case .closeSpelling:
            break
        case .option(let position):
            let (index, choice) = offered[position]
            turn.saveForUndo()
            turn.events.append(.answered(node: id, choice: index))
            turn.state.progress.flags.formUnion(choice.sets)
            arrive(at: choice.target.id, turn: &turn)
        case .ambiguous(let positions):
            let choices = positions.map { Notice.NumberedAnswer(number: $0 + 1, label: offered[$0].choice.label) }
            turn.append(.notice(.ambiguous(input, choices: choices)))
        case .none:
            turn.append(.notice(input.isEmpty ? .emptyAnswer(answerCount: offered.count) : .notUnderstood(input, answerCount: offered.count)))
        }
    }

    /// Whether `line`, typed in `state`, is free text for a collection (an entry, valid or not) rather
    /// than a command or the word that ends the list. Recording uses it to keep such text private.
    public func isFreeText(_ line: String, in state: ConversationState) -> Bool {
        guard case .collect = state.position else { return false }
        let input = line.trimmingWhitespace()
        return BuiltInCommand.named(input) == nil && anytimeCommand(named: input, flags: state.flags) == nil
            && !Self.endsCollection(input)
    }

    private static func endsCollection(_ input: String) -> Bool {
        input.isEmpty || ["done", "finished", "none", "skip"].contains(AnswerMatcher.normalize(input))
    }

    private func collect(_ id: String, input: String, turn: inout Turn) {
        guard let gathering = dialogue.node(id)?.gathering else { return }
        if Self.endsCollection(input) {
            turn.saveForUndo()
            arrive(at: gathering.next.id, turn: &turn)
            return
        }
        guard gathering.accepts.accepts(input) else {
            turn.append(.notice(.notAccepted(gathering.accepts)))
            return
        }
        turn.saveForUndo()
        turn.state.progress.collected[gathering.into, default: []].append(input)
        let count = turn.state.progress.collected[gathering.into]?.count ?? 0
        turn.append(.notice(.saved(count: count)))
    }

    // MARK: Commands

    /// The `anytime` command a line names, if it is available with these flags.
    private func anytimeCommand(named input: String, flags: Set<String>) -> AnytimeCommand? {
        let typed = AnswerMatcher.normalize(input)
        return dialogue.anytime.first { command in
            command.condition.holds(for: flags) && ([command.command] + command.synonyms).contains { AnswerMatcher.normalize($0) == typed }
        }
    }

    /// Shows the command's message node, then returns to the same prompt.
    private func runAnytime(_ command: AnytimeCommand, turn: inout Turn) {
        guard let node = dialogue.node(command.target.id) else { return }
        turn.saveForUndo()
        turn.events.append(.visited(node: node.id))
        for item in node.say where item.condition.holds(for: turn.state.flags) {
            turn.append(.text(item.text), from: node.id)
        }
        for item in node.plan where item.condition.holds(for: turn.state.flags) {
            earn(item, turn: &turn)
        }
        turn.append(.notice(.backToWhereYouWere))
        turn.appendPrompt(prompt(for: turn.state))
    }

    private func run(_ command: BuiltInCommand, turn: inout Turn) {
        switch command {
        case .help:
            turn.append(.help(helpCard(for: turn.state)))
        case .back:
            guard let previous = turn.state.undo.popLast() else {
                turn.append(.notice(.nothingToGoBackTo))
                turn.appendPrompt(prompt(for: turn.state))
                return
            }
            turn.state.progress = previous
            turn.append(.notice(.wentBack))
            turn.appendPrompt(prompt(for: turn.state))
        case .restart:
            turn.state = ConversationState(progress: .init(position: .finished))
            turn.append(.notice(.startingAgain))
            arrive(at: dialogue.start.id, turn: &turn)
        case .plan:
            turn.append(.plan(plan(for: turn.state)))
            turn.appendPrompt(prompt(for: turn.state))
        case .quit:
            if turn.state.isFinished { return }
            turn.saveForUndo()
            turn.append(.notice(.endingEarly))
            finishWithPlan(turn: &turn)
        }
    }

    private func helpCard(for state: ConversationState) -> HelpCard {
        var options: [String] = []
        if case .question(let id) = state.position, let question = dialogue.node(id)?.question {
            options = question.offered(for: state.flags).map(\.choice.label)
        }
        var commands = BuiltInCommand.allCases.map(HelpCard.Command.builtIn)
        if case .collect = state.position { commands.insert(.finishList, at: 0) }
        commands += dialogue.anytime.filter { $0.condition.holds(for: state.flags) }.map {
            HelpCard.Command.anytime(name: $0.command, help: $0.help)
        }
        return HelpCard(options: options, commands: commands)
    }
}
