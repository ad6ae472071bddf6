import DialogueKit

/// One conversation at the prompt: shows the engine's replies, reads the adult's lines, and ends on
/// `quit`, an end node, or the end of input (which ends it as `quit` does, showing the plan).
struct ConversationSession {
    let engine: ConversationEngine
    var input: any LineInput
    var formatter: ReplyFormatter
    /// Whether to show questions, headings and notices with weight (on a colour terminal).
    var painted = false
    let write: (String) -> Void
    /// On a terminal, a blank line after what the adult typed keeps the screen calm to read.
    var blankLineAfterInput = false

    /// Asked before each step is shown: the width to wrap to now, so a resized terminal is followed.
    var currentWidth: (() -> Int)? = nil

    /// Every turn, for a recorder: the line typed (nil for the opening turn and the end of input) and the step.
    var onTurn: (String?, ConversationStep) -> Void = { _, _ in }

    mutating func run() {
        var step = engine.start()
        show(step, after: nil)
        while !step.state.isFinished {
            input.setCompletions(completions(for: step.state))
            guard let line = input.readLine(prompt: "> ") else {
                step = engine.finish(step.state)
                show(step, after: nil)
                return
            }
            if blankLineAfterInput { write("\n") }
            step = engine.respond(to: line, in: step.state)
            show(step, after: line)
        }
    }

    private mutating func show(_ step: ConversationStep, after line: String?) {
        onTurn(line, step)
        if let width = currentWidth?(), width != formatter.width {
            formatter = ReplyFormatter(width: width, catalogue: formatter.catalogue)
        }
        write(step.replies.map(text).joined())
    }

    /// One reply as the adult sees it, ending with a blank line.
    private func text(_ reply: Reply) -> String {
        guard painted else { return formatter.format(reply) }
        return formatter.lines(reply).map(TerminalStyle.paint).joined(separator: "\n") + "\n\n"
    }

    /// What Tab can complete to here: the answers offered, the built-in commands and the dialogue's own.
    private func completions(for state: ConversationState) -> [String] {
        var words: [String] = []
        if case .question(let id) = state.position, let question = engine.dialogue.node(id)?.question {
            words += question.offered(for: state.flags).map(\.choice.label)
        }
        words += BuiltInCommand.allCases.map(\.rawValue)
        words += engine.dialogue.anytime.filter { $0.condition.holds(for: state.flags) }.flatMap { [$0.command] + $0.synonyms }
        return words
    }
}
