/// Runs a dialogue: given the state and the adult's line, it returns what to show and the next state.
///
/// Pure and deterministic: the same dialogue, state and line always give the same step, and nothing is
/// read or written anywhere. What the adult asks of the outside world (saving the plan, hiding) comes
/// back as an `Effect` for the shell to carry out. The REPL, transcripts and the checker's proofs all
/// run through this one engine.
package struct ConversationEngine: Sendable {
    package let dialogue: Dialogue
    /// Every name of each `anytime` command (its own and its synonyms), normalised once here rather
    /// than at every line typed.
    private let anytimeNames: [[String]]
    /// Each question's answers as the matcher weighs them, by node id: prepared once here (see
    /// `PreparedQuestion`).
    let preparedQuestions: [String: PreparedQuestion]
    /// The longest line treated as an answer, in Unicode scalars; longer lines are refused politely.
    package static let maximumLineLength = 2048

    package init(dialogue: Dialogue) {
        self.dialogue = dialogue
        anytimeNames = dialogue.anytime.map { command in
            ([command.command] + command.synonyms).map(AnswerMatcher.normalize)
        }
        var prepared: [String: PreparedQuestion] = [:]
        let shared = PreparedQuestion.SharedWords(dialogue.lexicon)
        for node in dialogue.nodes {
            guard let question = node.question else { continue }
            let options = question.choices.map {
                AnswerMatcher.Option(label: $0.label, synonyms: $0.synonyms, numbers: $0.numbers, safe: $0.safe)
            }
            prepared[node.id] = PreparedQuestion(
                options: options, lexicon: dialogue.lexicon, question: question.ask.text, shared: shared)
        }
        preparedQuestions = prepared
    }

    /// The first step: the start node's text and its first question.
    package func start() -> ConversationStep {
        var turn = Turn(state: ConversationState(progress: .init(position: .finished)))
        arrive(at: dialogue.start.id, turn: &turn)
        return turn.step
    }

    /// Answers one line typed at the current prompt.
    package func respond(to line: String, in state: ConversationState) -> ConversationStep {
        respond(to: line, consuming: state)
    }

    /// The same, taking the caller's only copy of the state, so the plan, the answers and the entries
    /// grow in place instead of being copied each turn: use `ConversationStep.takeState()` to hand it over.
    package func respond(to line: String, consuming state: consuming ConversationState) -> ConversationStep {
        var turn = Turn(state: state)
        let restartAsked = turn.state.restartAsked
        turn.state.restartAsked = false
        let input = line.trimmingWhitespace()
        if input.unicodeScalars.count > Self.maximumLineLength {
            turn.append(.notice(.tooLong(characters: input.unicodeScalars.count)))
            return turn.step
        }
        let normalized = AnswerMatcher.normalize(input)
        if let (command, argument) = BuiltInCommand.parse(input, normalized: normalized) {
            if command == .restart, !restartAsked, !turn.state.progress.answers.isEmpty {
                // Once, before the answers are thrown away: `restart` again confirms it.
                turn.state.restartAsked = true
                turn.append(.notice(.confirmRestart(answerCount: turn.state.progress.answers.count)))
                turn.appendPrompt(prompt(for: turn.state))
                return turn.step
            }
            run(command, argument: argument, turn: &turn)
        } else if let command = anytimeCommand(normalized: normalized, flags: turn.state.flags) {
            runAnytime(command, typed: input, turn: &turn)
        } else {
            switch turn.state.position {
            case .question(let id): answerQuestion(id, input: input, normalized: normalized, turn: &turn)
            case .collect(let id): collect(id, input: input, turn: &turn)
            case .paused(let id): carryOn(from: id, turn: &turn)
            case .finished: turn.append(.notice(.conversationOver))
            }
        }
        return turn.step
    }

    /// Ends the conversation as `quit` does: used when input runs out (Ctrl-D, or the end of piped input).
    package func finish(_ state: ConversationState) -> ConversationStep {
        var turn = Turn(state: state)
        if !state.isFinished { run(.quit, argument: "", turn: &turn) }
        return turn.step
    }

    /// The plan earned so far, with the entries gathered under the steps that list them.
    package func plan(for state: ConversationState) -> ActionPlan {
        ActionPlan(
            steps: state.progress.plan.map { item in
                ActionPlan.Step(text: item.text, entries: item.list.flatMap { state.progress.collected[$0] } ?? [])
            })
    }

    /// Whether `line`, typed in `state`, is free text for a collection (an entry, valid or not) rather
    /// than a command or the word that ends the list. Recording uses it to keep such text private.
    func isFreeText(_ line: String, in state: ConversationState) -> Bool {
        guard case .collect = state.position else { return false }
        let input = line.trimmingWhitespace()
        return BuiltInCommand.parse(input) == nil && anytimeCommand(named: input, flags: state.flags) == nil
            && !endsCollection(input)
    }

    /// Whether `line` is a command here (built in, the dialogue's own, or a close spelling of one that
    /// would be run): a shell that is showing a long reply a screen at a time runs such a line at once,
    /// so `999`, `hide` and `back` work at "Press Enter for more" too.
    package func isCommand(_ line: String, in state: ConversationState) -> Bool {
        let input = line.trimmingWhitespace()
        guard !input.isEmpty else { return false }
        return BuiltInCommand.parse(input) != nil || anytimeCommand(named: input, flags: state.flags) != nil
            || anytimeCommand(closeTo: input, flags: state.flags) != nil || builtInCommand(closeTo: input) != nil
    }

    /// Whether the line finishes a list: empty, or one of the lexicon's words for it ("done").
    func endsCollection(_ input: String) -> Bool {
        input.isEmpty || dialogue.lexicon.endOfList.contains(TypedWords.key(input, lexicon: dialogue.lexicon))
    }

    /// The `anytime` command a line names exactly, if it is available with these flags.
    func anytimeCommand(named input: String, flags: Set<String>) -> AnytimeCommand? {
        anytimeCommand(normalized: AnswerMatcher.normalize(input), flags: flags)
    }

    /// The same, for a line already normalised by `AnswerMatcher.normalize`.
    func anytimeCommand(normalized typed: String, flags: Set<String>) -> AnytimeCommand? {
        for (command, names) in zip(dialogue.anytime, anytimeNames)
        where names.contains(typed) && command.condition.holds(for: flags) {
            return command
        }
        return nil
    }

    /// The `anytime` command a mistyped line most likely meant, if it is available with these flags.
    func anytimeCommand(closeTo input: String, flags: Set<String>) -> AnytimeCommand? {
        let available = dialogue.anytime.filter { $0.condition.holds(for: flags) }
        let matcher = CommandMatcher(
            names: available.flatMap { command in ([command.command] + command.synonyms).map { ($0, command.command) } }
        )
        return matcher.closeSpelling(of: input).flatMap { name in available.first { $0.command == name } }
    }

    /// The built-in command a mistyped line most likely meant, among those safe to guess.
    func builtInCommand(closeTo input: String) -> BuiltInCommand? {
        let guessable = BuiltInCommand.allCases.filter(\.acceptsCloseSpelling)
        let matcher = CommandMatcher(
            names: guessable.flatMap { command in ([command.rawValue] + command.synonyms).map { ($0, command.rawValue) }
            })
        return matcher.closeSpelling(of: input).flatMap(BuiltInCommand.init(rawValue:))
    }
}
