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
            turn.append(.notice("That line is too long (\(input.count) characters). Please type a shorter answer."))
            return turn.step
        }
        if let command = BuiltInCommand.named(input) {
            run(command, turn: &turn)
            return turn.step
        }
        if state.isFinished {
            turn.append(.notice("This conversation has ended. Type 'restart' to begin again, or 'quit' to leave."))
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
            case .message(let next):
                current = next.id
                continue
            case .question:
                turn.state.progress.position = .question(node.id)
            case .collect:
                turn.state.progress.position = .collect(node.id)
            case .end(let closing):
                turn.append(.closing(closing), from: node.id)
                turn.events.append(.ended(node: node.id))
                finishWithPlan(turn: &turn)
            }
            turn.appendPrompt(prompt(for: turn.state))
            return
        }
        turn.append(.notice("The dialogue goes round in a circle at '\(current)' here; please tell its authors."))
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
        let support = dialogue.support.filter { $0.condition.holds(for: turn.state.flags) }.map(\.text)
        if !support.isEmpty { turn.append(.support(support)) }
    }

    /// The question or collection prompt the adult is at (to show again after a command), and its node.
    private func prompt(for state: ConversationState) -> (Reply, String)? {
        switch state.position {
        case .question(let id):
            guard let node = dialogue.node(id), case .question(let ask, let help, _) = node.kind else { return nil }
            return (.question(QuestionPrompt(text: ask, help: help, options: offeredChoices(node, state).map(\.choice.label))), id)
        case .collect(let id):
            guard let node = dialogue.node(id), case .collect(let text, let help, let into, _) = node.kind else { return nil }
            return (.collect(CollectPrompt(text: text, help: help, count: state.progress.collected[into]?.count ?? 0)), id)
        case .finished:
            return nil
        }
    }

    /// The choices whose conditions hold, with their index among all the node's choices.
    private func offeredChoices(_ node: DialogueNode, _ state: ConversationState) -> [(index: Int, choice: Choice)] {
        guard case .question(_, _, let choices) = node.kind else { return [] }
        return choices.enumerated().filter { $0.element.condition.holds(for: state.flags) }.map { ($0.offset, $0.element) }
    }

    public func plan(for state: ConversationState) -> ActionPlan {
        ActionPlan(
            steps: state.progress.plan.map { item in
                ActionPlan.Step(text: item.text, entries: item.list.flatMap { state.progress.collected[$0] } ?? [])
            })
    }

    // MARK: Answers

    private func answerQuestion(_ id: String, input: String, turn: inout Turn) {
        guard let node = dialogue.node(id) else { return }
        let offered = offeredChoices(node, turn.state)
        let matcher = AnswerMatcher(options: offered.map { AnswerMatcher.Option(label: $0.choice.label, synonyms: $0.choice.synonyms) })
        var match = matcher.match(input)
        if case .closeSpelling(let position) = match {
            turn.append(.notice("Taking '\(input)' as '\(offered[position].choice.label)'. Type 'back' if you meant something else."))
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
            let labels = positions.map { "\($0 + 1). \(offered[$0].choice.label)" }
            turn.append(.notice("'\(input)' could mean more than one answer: \(labels.joined(separator: "; ")). Please type its number or more of the words."))
        case .none:
            let hint = input.isEmpty ? "Please type an answer" : "Sorry, I did not understand '\(input)'. Please type an answer"
            let numbers = offered.indices.map { String($0 + 1) }
            turn.append(.notice("\(hint): its number (\(Self.list(numbers))) or its words. Type 'help' to see everything you can type."))
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
        guard let node = dialogue.node(id), case .collect(_, _, let into, let next) = node.kind else { return }
        if Self.endsCollection(input) {
            turn.saveForUndo()
            arrive(at: next.id, turn: &turn)
            return
        }
        guard WebAddress.isValid(input) else {
            turn.append(.notice("That does not look like a web address. Copy it from the address bar, for example https://www.example.com/page, or press Enter on an empty line to go on."))
            return
        }
        turn.saveForUndo()
        turn.state.progress.collected[into, default: []].append(input)
        let count = turn.state.progress.collected[into]?.count ?? 0
        turn.append(.notice("Saved (\(count) so far). Type another, or press Enter on an empty line when you have finished."))
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
        turn.append(.notice("Back to where you were:"))
        turn.appendPrompt(prompt(for: turn.state))
    }

    private func run(_ command: BuiltInCommand, turn: inout Turn) {
        switch command {
        case .help:
            turn.append(.help(helpCard(for: turn.state)))
        case .back:
            guard let previous = turn.state.undo.popLast() else {
                turn.append(.notice("There is nothing to go back to: this is the first question."))
                turn.appendPrompt(prompt(for: turn.state))
                return
            }
            turn.state.progress = previous
            turn.append(.notice("Going back one step."))
            turn.appendPrompt(prompt(for: turn.state))
        case .restart:
            turn.state = ConversationState(progress: .init(position: .finished))
            turn.append(.notice("Starting again from the beginning."))
            arrive(at: dialogue.start.id, turn: &turn)
        case .plan:
            turn.append(.plan(plan(for: turn.state)))
            turn.appendPrompt(prompt(for: turn.state))
        case .quit:
            if turn.state.isFinished { return }
            turn.saveForUndo()
            turn.append(.notice("Ending here. This is what you have so far."))
            finishWithPlan(turn: &turn)
        }
    }

    private func helpCard(for state: ConversationState) -> HelpCard {
        var options: [String] = []
        if case .question(let id) = state.position, let node = dialogue.node(id) {
            options = offeredChoices(node, state).map(\.choice.label)
        }
        var commands = BuiltInCommand.allCases.map { HelpCard.Command(name: $0.rawValue, description: $0.description) }
        if case .collect = state.position {
            commands.insert(HelpCard.Command(name: "(empty line)", description: "finish the list and go on"), at: 0)
        }
        commands += dialogue.anytime.filter { $0.condition.holds(for: state.flags) }.map {
            HelpCard.Command(name: $0.command, description: $0.help)
        }
        return HelpCard(options: options, commands: commands)
    }

    private static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " or " + (items.last ?? "")
    }
}

/// One turn in progress: the state being changed, the replies and the events so far.
private struct Turn {
    var state: ConversationState
    var replies: [Reply] = []
    var origins: [String?] = []
    var events: [ConversationEvent] = []

    /// Adds a reply; `node` is the dialogue node whose text it shows, if any.
    mutating func append(_ reply: Reply, from node: String? = nil) {
        replies.append(reply)
        origins.append(node)
    }

    mutating func appendPrompt(_ prompt: (Reply, String)?) {
        if let (reply, node) = prompt { append(reply, from: node) }
    }

    /// Keeps the progress before an answer, so `back` can restore flags, plan and collections together.
    mutating func saveForUndo() {
        state.undo.append(state.progress)
    }

    var step: ConversationStep { ConversationStep(state: state, replies: replies, origins: origins, events: events) }
}
