/// Replays a transcript's inputs through the engine and compares what Signpost says now with what the
/// transcript says it said.
package enum TranscriptReplay {
    /// Runs the transcript's inputs, in order, as piped input would: the conversation's opening, one
    /// step per input, and at the end of input the same ending as Ctrl-D.
    package static func replay(_ transcript: Transcript, dialogue: Dialogue) -> ReplayOutcome {
        replay(transcript, engine: ConversationEngine(dialogue: dialogue))
    }

    /// The same, through an engine already made: making one prepares every question's answers, which
    /// is most of a short transcript's replay (see `TranscriptTester`).
    package static func replay(_ transcript: Transcript, engine: ConversationEngine) -> ReplayOutcome {
        replay(transcript, engine: engine, comparing: true)
    }

    /// What a replay gathers as it runs, for the comparisons made at the end.
    private struct Replayed {
        var actual: [Transcript.Line] = []
        /// The node each line of `actual` was shown for, where there is one.
        var origins: [String?] = []
        var events: [ConversationEvent] = []
        var inputSteps: [ReplayReview.InputStep] = []
        var finalPlan: ActionPlan?
        var end: ConversationEnding?
        /// Where the conversation stood after the last input, before the end of input.
        var lastPosition: ConversationState.Position
    }

    /// The replay; without `comparing` (recording, where there is nothing to compare with), only what
    /// Signpost says now, with no diff, review or expectations worked out.
    private static func replay(_ transcript: Transcript, engine: ConversationEngine, comparing: Bool) -> ReplayOutcome {
        let formatter = ReplyFormatter(width: transcript.width)
        let replayed = run(transcript, engine: engine, formatter: formatter, comparing: comparing)
        var result = ReplayOutcome(
            expected: transcript, actual: Transcript(lines: replayed.actual), events: replayed.events, divergence: nil)
        guard comparing else { return result }
        compare(&result, replayed, dialogue: engine.dialogue, formatter: formatter)
        return result
    }

    /// Runs the inputs segment by segment: each input's step, then the segment's comments and what the
    /// conversation shows now in place of its recorded output.
    private static func run(
        _ transcript: Transcript, engine: ConversationEngine, formatter: ReplyFormatter, comparing: Bool
    ) -> Replayed {
        let segments = TranscriptSegment.split(transcript)
        let inputLines = transcript.lines.indices.filter {
            if case .input = transcript.lines[$0] { return true }
            return false
        }
        var step = engine.start()
        var replayed = Replayed(lastPosition: step.state.position)
        var output: [(String, String?)] = []
        for (index, segment) in segments.enumerated() {
            // What the conversation showed now just before this segment's input.
            let shownBefore = comparing ? output.map(\.0) : []
            output.removeAll(keepingCapacity: true)
            if let input = segment.input {
                if step.state.isFinished { break }
                let before = step.state.position
                step = engine.respond(to: input, consuming: step.takeState())
                let count = replayed.inputSteps.count
                let line = count < inputLines.count ? inputLines[count] + 1 : 0
                noteInput(input, line: line, before: before, step: step, shownBefore: shownBefore, in: &replayed)
            }
            note(step, formatter, output: &output, in: &replayed)
            if index == segments.count - 1, !step.state.isFinished {
                step = engine.finish(step.state)
                note(step, formatter, output: &output, in: &replayed)
            }
            append(segment, output: output, to: &replayed)
        }
        return replayed
    }

    private static func noteInput(
        _ input: String, line: Int, before: ConversationState.Position, step: ConversationStep,
        shownBefore: [String], in replayed: inout Replayed
    ) {
        let answered = step.events.contains { if case .answered = $0 { true } else { false } }
        replayed.inputSteps.append(
            .init(
                line: line, input: input, positionBefore: before, replies: step.replies, answered: answered,
                shownBefore: shownBefore))
        replayed.lastPosition = step.state.position
        replayed.actual.append(.input(input))
        replayed.origins.append(nil)
    }

    /// A step's events, the lines it shows (to `output`), and its plan and end if it finishes.
    private static func note(
        _ step: ConversationStep, _ formatter: ReplyFormatter, output: inout [(String, String?)],
        in replayed: inout Replayed
    ) {
        replayed.events += step.events
        appendLines(of: step, formatter, to: &output)
        noteEnd(of: step, plan: &replayed.finalPlan, end: &replayed.end)
    }

    /// The segment's comments where the transcript has them, around the output shown now.
    private static func append(_ segment: TranscriptSegment, output: [(String, String?)], to replayed: inout Replayed) {
        for comment in segment.leadingComments {
            replayed.actual.append(comment)
            replayed.origins.append(nil)
        }
        for (text, origin) in output {
            replayed.actual.append(.output(text))
            replayed.origins.append(origin)
        }
        for comment in segment.otherComments {
            replayed.actual.append(comment)
            replayed.origins.append(nil)
        }
    }

    /// The replay against its transcript: where it diverges, which expectations are unmet, and the
    /// changes that explain the divergence.
    private static func compare(
        _ result: inout ReplayOutcome, _ replayed: Replayed, dialogue: Dialogue, formatter: ReplyFormatter
    ) {
        let transcript = result.expected
        result.divergence = divergence(in: result, origins: replayed.origins, dialogue: dialogue)
        result.unmet = UnmetExpectation.check(
            transcript.expectations, events: replayed.events, plan: replayed.finalPlan?.steps.map(\.text) ?? [],
            end: replayed.end?.node, dialogue: dialogue)
        if let divergence = result.divergence {
            let review = ReplayReview(dialogue: dialogue, formatter: formatter)
            let derailments = review.changes(
                expected: transcript, steps: replayed.inputSteps, lastPosition: replayed.lastPosition,
                finalPlan: replayed.finalPlan, end: replayed.end)
            result.changes =
                derailments.isEmpty
                ? [.textChanged(line: divergence.line, node: divergence.node, source: divergence.source)] : derailments
        }
        // What reads as a change of words may still take a service out of the plan: that is said, and
        // refused by --update, in place of the change of words. A conversation already derailed
        // says why it derailed instead.
        if result.divergence != nil, !result.changes.contains(where: \.derails) {
            let lost = lostServices(
                expected: transcript, actual: result.actual, dialogue: dialogue,
                heading: formatter.catalogue.text(for: .planHeading))
            result.changes = lost + result.changes
        }
        result.changes += result.unmet.map(ReplayChange.expectationUnmet)
    }

    /// Keeps the plan and the end of a step that finishes the conversation (the last such step wins,
    /// since `restart` can begin it again): the end node, or ending early.
    private static func noteEnd(of step: ConversationStep, plan: inout ActionPlan?, end: inout ConversationEnding?) {
        guard step.state.isFinished else { return }
        for reply in step.replies {
            switch reply {
            case .plan(let shown): plan = shown
            case .notice(.endingEarly): end = .early
            default: continue
            }
        }
        for case .ended(let node) in step.events { end = .atNode(node) }
    }

    /// The services (declared contacts) whose number or address the recorded final plan showed and the
    /// plan now does not, compared ignoring case and line breaks: the adult would leave without a way
    /// to get help that the transcript promised.
    static func lostServices(expected: Transcript, actual: Transcript, dialogue: Dialogue, heading: String)
        -> [ReplayChange]
    {
        func plan(_ transcript: Transcript) -> String {
            var lines: [String] = []
            for case .output(let text) in transcript.lines { lines.append(text) }
            let block = ReplayReview.lastPlanBlock(lines, heading: heading) ?? []
            return block.joined(separator: " ").lowercased().split(whereSeparator: \.isWhitespace).joined(
                separator: " ")
        }
        let before = plan(expected)
        let after = plan(actual)
        var lost: [ReplayChange] = []
        for contact in dialogue.contacts {
            for detail in contact.details {
                let wanted = detail.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
                if before.contains(wanted), !after.contains(wanted) {
                    lost.append(.lostService(name: contact.name, detail: detail))
                    break
                }
            }
        }
        return lost
    }

    private static func hasLineFeed(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { $0.contains(UInt8(ascii: "\n")) }
            ?? text.utf8.contains(UInt8(ascii: "\n"))
    }

    /// Whether two transcripts hold the same inputs and outputs in the same order (comments aside):
    /// then their content lines (`ReplayOutcome.content`) are equal too, since each kind of line is
    /// rendered distinctly.
    static func sameContent(_ a: Transcript, _ b: Transcript) -> Bool {
        var left = a.lines.makeIterator()
        var right = b.lines.makeIterator()
        while true {
            var x = left.next()
            while case .comment = x { x = left.next() }
            var y = right.next()
            while case .comment = y { y = right.next() }
            guard x == y else { return false }
            if x == nil { return true }
        }
    }

    /// The transcript a list of inputs makes, under the given comment lines (without their `#`).
    package static func record(inputs: [String], comments: [String], dialogue: Dialogue, width: Int = 80) -> Transcript
    {
        let draft = Transcript(lines: comments.map { .comment($0) } + inputs.map { .input($0) })
        var transcript = replay(draft, engine: ConversationEngine(dialogue: dialogue), comparing: false).actual
        if width != 80 { transcript.lines.insert(.comment(" width: \(width)"), at: comments.count) }
        return transcript
    }

    /// Appends the output lines of a step's replies, each with the node it came from: the lines of
    /// `Transcript.outputLines(formatter.format(reply))`, without joining the lines into one text only
    /// to split it again.
    private static func appendLines(
        of step: ConversationStep, _ formatter: ReplyFormatter, to output: inout [(String, String?)]
    ) {
        var lines: [FormattedLine] = []
        for (reply, origin) in zip(step.replies, step.origins) {
            lines.removeAll(keepingCapacity: true)
            formatter.append(reply, to: &lines)
            if lines.isEmpty { output.append(("", origin)) }
            for line in lines {
                if Self.hasLineFeed(line.text) {
                    output += Transcript.splitLines(Substring(line.text)).map { (String($0), origin) }
                } else {
                    output.append((line.text, origin))
                }
            }
            // The blank line after each reply.
            output.append(("", origin))
        }
    }

    private static func divergence(in result: ReplayOutcome, origins: [String?], dialogue: Dialogue)
        -> ReplayDivergence?
    {
        // Most replays pass: equal lines (comments aside) diverge nowhere, with no diff to make.
        if sameContent(result.expected, result.actual) { return nil }
        let (old, oldNumbers) = ReplayOutcome.content(result.expected)
        let (new, _) = ReplayOutcome.content(result.actual)
        let contentOrigins = zip(result.actual.lines, origins).compactMap { line, origin -> String?? in
            if case .comment = line { return nil }
            return .some(origin)
        }
        var nextOld = 0
        var nextNew = 0
        for operation in LineDiff.operations(old, new) {
            let actualIndex: Int
            switch operation {
            case .same(let oldIndex, let newIndex):
                nextOld = oldIndex + 1
                nextNew = newIndex + 1
                continue
            case .removed(let oldIndex):
                nextOld = oldIndex
                actualIndex = nextNew
            case .added(let newIndex):
                actualIndex = newIndex
            }
            let line = nextOld < oldNumbers.count ? oldNumbers[nextOld] : (oldNumbers.last ?? 0) + 1
            var node: String?
            var search = min(actualIndex, contentOrigins.count - 1)
            while search >= 0, node == nil {
                node = contentOrigins[search]
                search -= 1
            }
            return ReplayDivergence(line: line, node: node, source: node.flatMap { dialogue.node($0)?.source })
        }
        return nil
    }
}
