import DialogueKit

/// One conversation at the prompt: shows the engine's replies, reads the adult's lines, carries out
/// what they ask of the outside world (saving the plan, hiding), and ends on `quit` (showing the plan,
/// and leaving at once), an end node, or the end of input (which shows the plan as `quit` does, and on a
/// terminal offers once to save it).
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
    /// On a terminal, the rows on the screen: a reply longer than the screen waits for Enter between
    /// pages. `nil` for piped output, which stays plain and whole.
    var screenHeight: (() -> Int)? = nil
    /// On a terminal, the end offers to save the plan and waits, rather than leaving at once.
    var offersToSaveAtEnd = false
    /// Leaves at once for `hide`, writing nothing about the conversation.
    var hide: () -> Void = {}

    /// Whether the end (the plan and support list) has been shown since the conversation last finished:
    /// only that first showing is fitted to the screen, so `plan` afterwards shows every entry.
    private(set) var shownTheEnd = false

    /// What a command typed at "Press Enter for more" cut short, and where the conversation was: shown
    /// when the conversation is back there (after `999`'s advice, or `help`), so nothing is lost.
    private(set) var interrupted: (blocks: [[FormattedLine]], position: ConversationState.Position)? = nil

    /// Every turn, for a recorder: the line typed (nil for the opening turn and the end of input) and the step.
    var onTurn: (String?, ConversationStep) -> Void = { _, _ in }

    mutating func run() {
        var step = engine.start()
        // A command typed at "Press Enter for more", run as the next line.
        var pending = show(step, after: nil)
        var offeredToSave = false
        while true {
            if step.state.isFinished {
                guard offersToSaveAtEnd else { return }
                if !offeredToSave, pending == nil {
                    write(text(for: formatter.lines(.notice(.offerToSave)) + [FormattedLine("")]))
                }
                offeredToSave = pending == nil
            } else {
                offeredToSave = false
            }
            input.setCompletions(completions(for: step.state))
            let typedAtPause = pending
            pending = nil
            guard let line = typedAtPause ?? input.readLine(prompt: "> ") else {
                guard !step.state.isFinished else { return }
                step = engine.finish(step.state)
                pending = show(step, after: nil)
                // On a terminal, Ctrl-D shows the plan and then offers, once, to keep it, as the end
                // of the dialogue does; a second Ctrl-D (or Enter) leaves.
                if offersToSaveAtEnd { continue }
                return
            }
            if step.state.isFinished, line.allSatisfy(\.isWhitespace) || BuiltInCommand.named(line) == .quit { return }
            if blankLineAfterInput { write("\n") }
            step = engine.respond(to: line, consuming: step.takeState())
            pending = show(step, after: line)
            carryOut(step.effects, in: step.state)
            // `quit` means leave now: the plan and support are on the screen, and no Enter is asked for
            // (the end of a dialogue and Ctrl-D still offer to save). `save FILE` keeps it beforehand.
            if step.state.isFinished, pending == nil, BuiltInCommand.named(line) == .quit { return }
        }
    }

    private mutating func carryOut(_ effects: [Effect], in state: ConversationState) {
        for effect in effects {
            switch effect {
            case .hide:
                hide()
            case .savePlan(let request):
                let document = PlanDocument(engine: engine, state: state, includingAnswers: request.includingAnswers)
                let notice: Notice
                switch PlanSaver.save(document.rendered(), to: request.path) {
                case .success(let path):
                    let leftOut =
                        !request.includingAnswers && PlanDocument.leavesOutWhatWasTyped(engine: engine, state: state)
                    notice = .planSaved(path: path, leftOutWhatWasTyped: leftOut)
                case .failure(let failure):
                    notice = .planNotSaved(path: request.path, failure)
                }
                write(text(for: formatter.lines(.notice(notice)) + [FormattedLine("")]))
            }
        }
    }

    /// Shows a step; returns a command the adult typed at "Press Enter for more", to run next.
    @discardableResult
    private mutating func show(_ step: ConversationStep, after line: String?) -> String? {
        onTurn(line, step)
        if let width = currentWidth?(), width != formatter.width {
            formatter = ReplyFormatter(width: width, catalogue: formatter.catalogue)
        }
        // At the end, the offer to keep the plan follows: leave room for it on the last screen.
        let reserve = step.state.isFinished && offersToSaveAtEnd ? formatter.lines(.notice(.offerToSave)).count + 2 : 0
        var replies = step.replies
        if step.state.isFinished, !shownTheEnd, let rows = screenHeight?(), rows >= 8 {
            replies = EndScreenFit.fitted(replies, rows: rows - 1 - reserve, formatter: formatter)
        }
        shownTheEnd = step.state.isFinished
        var blocks = replies.map { formatter.lines($0) + [FormattedLine("")] }
        if let cut = interrupted {
            if step.state.position == cut.position {
                // Back where the long reply was cut: its rest follows, ending with the prompt it had,
                // in place of what the engine shows again on the way back.
                if let back = replies.firstIndex(of: .notice(.backToWhereYouWere)) {
                    blocks = Array(blocks.prefix(back + 1))
                } else if let last = replies.last, Self.isPrompt(last) {
                    blocks.removeLast()
                }
                blocks += cut.blocks
                interrupted = nil
            } else if step.state.progress.returnTo == nil {
                interrupted = nil
            }
        }
        return showPaged(blocks, reservingAtEnd: reserve, state: step.state)
    }

    private static func isPrompt(_ reply: Reply) -> Bool {
        switch reply {
        case .question, .collect, .pause: true
        case .text, .notice, .help, .plan, .closing, .support, .answers: false
        }
    }

    /// Shows the blocks, a screen at a time on a terminal, waiting for Enter between screens. Pages are
    /// made from the end backwards, so the last screen (the plan and the support list, at the end) is
    /// as full as it can be and stays in view; a block longer than a screen is split.
    ///
    /// A command typed at "Press Enter for more" (`999`, `hide`, `back`, ...) stops the paging and is
    /// returned, to be run at once; anything else is asked to wait until the rest has been read.
    private mutating func showPaged(_ blocks: [[FormattedLine]], reservingAtEnd reserve: Int, state: ConversationState)
        -> String?
    {
        let all = blocks.flatMap { $0 }
        guard let rows = screenHeight?(), rows >= 8, all.count + reserve > rows - 1 else {
            write(text(for: all))
            return nil
        }
        let pages = Self.pages(of: blocks, lastPage: max(rows - 1 - reserve, 4), otherPages: rows - 2)
        for (number, page) in pages.enumerated() {
            write(text(for: page))
            guard number < pages.count - 1 else { break }
            while true {
                guard let typed = input.readLine(prompt: formatter.catalogue.text(for: .morePrompt)) else {
                    write(text(for: pages[(number + 1)...].flatMap { $0 }))
                    return nil
                }
                if typed.allSatisfy(\.isWhitespace) { break }
                if engine.isCommand(typed, in: state) {
                    interrupted = (pages[(number + 1)...].map { $0 }, state.position)
                    return typed
                }
                write(text(for: formatter.lines(.notice(.finishReadingFirst))))
            }
        }
        return nil
    }

    /// Whole blocks packed into pages from the last backwards; a block too long for a page is cut.
    static func pages(of blocks: [[FormattedLine]], lastPage: Int, otherPages: Int) -> [[FormattedLine]] {
        var pieces: [[FormattedLine]] = []
        for block in blocks {
            var rest = block[...]
            while rest.count > otherPages {
                pieces.append(Array(rest.prefix(otherPages)))
                rest = rest.dropFirst(otherPages)
            }
            pieces.append(Array(rest))
        }
        var pages: [[FormattedLine]] = []
        var current: [FormattedLine] = []
        var capacity = lastPage
        for piece in pieces.reversed() {
            if !current.isEmpty, current.count + piece.count > capacity {
                pages.insert(current, at: 0)
                current = []
                capacity = otherPages
            }
            current = piece + current
        }
        if !current.isEmpty { pages.insert(current, at: 0) }
        return pages
    }

    /// Lines as the adult sees them: painted on a colour terminal, each ending with a line break.
    private func text(for lines: [FormattedLine]) -> String {
        lines.map { (painted ? TerminalStyle.paint($0) : $0.text) + "\n" }.joined()
    }

    /// What Tab can complete to here: the answers offered, the built-in commands and the dialogue's own.
    private func completions(for state: ConversationState) -> [String] {
        var words: [String] = []
        if case .question(let id) = state.position, let question = engine.dialogue.node(id)?.question {
            words += question.offered(for: state.flags).map(\.choice.label)
        }
        words += BuiltInCommand.allCases.map { $0.takesArgument ? $0.rawValue + " " : $0.rawValue }
        words += engine.dialogue.anytime.filter { $0.condition.holds(for: state.flags) }.flatMap {
            [$0.command] + $0.synonyms
        }
        return words
    }
}
