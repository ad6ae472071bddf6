/// Works out how a replay differs from its transcript in terms an author can act on: which input
/// now misses its question or meets another one, whether the ending or the plan changed, and which
/// stated expectations fail. Text is recognised by laying the dialogue's own words out exactly as
/// the transcript's lines were laid out, so a reworded line never looks like a new route.
struct ReplayReview {
    /// One input as replayed: its line in the transcript, where the conversation stood, what it said.
    struct InputStep {
        var line: Int
        var input: String
        var positionBefore: ConversationState.Position
        var replies: [Reply]
        /// Whether it was taken as an answer to the question.
        var answered: Bool
        /// The output lines shown now just before the input (empty when not worked out).
        var shownBefore: [String] = []
    }

    package let dialogue: Dialogue
    package let formatter: ReplyFormatter
    /// The first line of each prompt (question or collection) of the dialogue, as laid out, with the
    /// nodes that show it: worked out once, since every input of a long derailed transcript asks
    /// whether some other prompt was shown.
    private let promptNodes: [String: [String]]

    package init(dialogue: Dialogue, formatter: ReplyFormatter) {
        self.dialogue = dialogue
        self.formatter = formatter
        var promptNodes: [String: [String]] = [:]
        for node in dialogue.nodes {
            guard let position = ConversationState.Position(waitingAt: node) else { continue }
            guard let id = position.node, let shown = dialogue.node(id) else { continue }
            guard let text = shown.question?.ask.text ?? shown.gathering?.prompt.text,
                let line = formatter.lines(.text(text)).first?.text
            else { continue }
            promptNodes[line, default: []].append(node.id)
        }
        self.promptNodes = promptNodes
    }

    /// `lastPosition` is where the conversation stood after the last input, before the end of input.
    package func changes(
        expected: Transcript, steps: [InputStep], lastPosition: ConversationState.Position, finalPlan: ActionPlan?,
        end: ConversationEnding?
    ) -> [ReplayChange] {
        let segments = Self.outputSegments(expected)
        var changes: [ReplayChange] = []
        if let derailment = firstDerailment(steps, segments: segments) {
            changes.append(derailment)
        } else if steps.count < segments.count, let question = promptText(at: lastPosition),
            let asked = firstLine(ofPrompt: lastPosition), !segments[steps.count].contains(asked),
            otherPromptShown(in: segments[steps.count], except: lastPosition)
        {
            changes.append(.stopsElsewhere(line: steps.last?.line ?? 0, question: question))
        }
        let allOutput = segments.flatMap { $0 }
        if let end, let was = recordedEnd(in: allOutput), was != end {
            changes.append(.endingChanged(was: was.node, now: end.node))
        }
        if let finalPlan,
            let block = Self.lastPlanBlock(allOutput, heading: formatter.catalogue.text(for: .planHeading))
        {
            changes += planChanges(block, now: finalPlan)
        }
        return changes
    }

    /// The output lines before the first input, then after each input.
    static func outputSegments(_ transcript: Transcript) -> [[String]] {
        var segments: [[String]] = [[]]
        for line in transcript.lines {
            switch line {
            case .input: segments.append([])
            case .output(let text): segments[segments.count - 1].append(text)
            case .comment: break
            }
        }
        return segments
    }

    // MARK: Inputs

    private func firstDerailment(_ steps: [InputStep], segments: [[String]]) -> ReplayChange? {
        for (index, step) in steps.enumerated() {
            let before = index < segments.count ? segments[index] : []
            let after = index + 1 < segments.count ? segments[index + 1] : []
            let question = promptText(at: step.positionBefore)
            if let question, let asked = firstLine(ofPrompt: step.positionBefore), !before.contains(asked),
                otherPromptShown(in: before, except: step.positionBefore)
            {
                return .routeChanged(line: step.line, input: step.input, question: question, answers: step.answered)
            }
            if let question, let shift = Self.shiftedChoice(step, recorded: before) {
                return .answerMeaningChanged(
                    line: step.line, input: step.input, question: question, was: shift.was, now: shift.now)
            }
            for reply in step.replies {
                guard case .notice(let notice) = reply else { continue }
                let shown = formatter.lines(reply).first?.text
                let wasShown = shown.map { after.contains($0) } ?? false
                switch notice {
                case .notUnderstood where !wasShown:
                    return .notUnderstood(line: step.line, input: step.input, question: question ?? "")
                case .ambiguous where !wasShown:
                    return .ambiguous(line: step.line, input: step.input, question: question ?? "")
                default:
                    continue
                }
            }
        }
        return nil
    }

    /// For a number typed at a list of choices: the choice it chose when recorded and the one it chooses
    /// now, when they differ and the recorded one is still listed under another number (a choice was
    /// inserted or moved above it). A reworded choice, listed under no other number, is no shift.
    static func shiftedChoice(_ step: InputStep, recorded: [String]) -> (was: String, now: String)? {
        let typed = String(step.input.split(separator: " ").joined())
        guard step.input.split(separator: " ").count == 1, typed.allSatisfy(\.isASCIIDigit), let number = Int(typed)
        else { return nil }
        let was = listedChoices(recorded)
        let now = listedChoices(step.shownBefore)
        guard let wasLabel = was[number], let nowLabel = now[number], wasLabel != nowLabel,
            now.contains(where: { $0.key != number && $0.value == wasLabel })
        else { return nil }
        return (wasLabel, nowLabel)
    }

    /// The numbered choices of the last list in `lines` ("  3. No"), by number: each one's first line.
    private static func listedChoices(_ lines: [String]) -> [Int: String] {
        var choices: [Int: String] = [:]
        for line in lines {
            let trimmed = line.drop { $0 == " " }
            guard trimmed.count < line.count else { continue }
            let digits = trimmed.prefix(while: \.isASCIIDigit)
            guard !digits.isEmpty, trimmed.dropFirst(digits.count).hasPrefix(". "), let number = Int(digits) else {
                continue
            }
            if number == 1 { choices.removeAll() }
            choices[number] = String(trimmed.dropFirst(digits.count + 2))
        }
        return choices
    }

    private func promptText(at position: ConversationState.Position) -> String? {
        guard let id = position.node, let node = dialogue.node(id) else { return nil }
        return node.question?.ask.text ?? node.gathering?.prompt.text
    }

    /// The first line a prompt is shown with, laid out as the transcript lays it out.
    private func firstLine(ofPrompt position: ConversationState.Position) -> String? {
        promptText(at: position).flatMap { firstLine(ofText: $0) }
    }

    private func firstLine(ofText text: String) -> String? {
        formatter.lines(.text(text)).first?.text
    }

    /// Whether the lines show some other question or collection prompt of the dialogue: the sign that
    /// the input used to answer that one.
    private func otherPromptShown(in lines: [String], except position: ConversationState.Position) -> Bool {
        lines.contains { line in promptNodes[line]?.contains { $0 != position.node } ?? false }
    }

    // MARK: Ending and plan

    /// The end the transcript last reached: an end node whose closing words it shows, the "ending here"
    /// notice, or `nil` when neither can be recognised.
    private func recordedEnd(in lines: [String]) -> ConversationEnding? {
        let early = formatter.lines(.notice(.endingEarly)).first?.text
        var last: (index: Int, end: ConversationEnding)?
        for node in dialogue.nodes {
            guard let closing = node.ending?.closing.text, let line = firstLine(ofText: closing),
                let index = lines.lastIndex(of: line)
            else { continue }
            if index > last?.index ?? -1 { last = (index, .atNode(node.id)) }
        }
        if let early, let index = lines.lastIndex(of: early), index > last?.index ?? -1 { last = (index, .early) }
        return last?.end
    }

    static func lastPlanBlock(_ lines: [String], heading: String) -> [String]? {
        guard let start = lines.lastIndex(of: heading) else { return nil }
        return Array(lines[(start + 1)...].prefix { !$0.isEmpty })
    }

    private func planChanges(_ block: [String], now plan: ActionPlan) -> [ReplayChange] {
        let wasCount = block.filter(Self.startsStep).count
        if wasCount != plan.steps.count { return [.planStepCountChanged(was: wasCount, now: plan.steps.count)] }
        // Each recorded step's words (its continuation lines, and any entries under it, joined to it).
        var recordedSteps: [String] = []
        for line in block {
            if Self.startsStep(line) {
                recordedSteps.append(Self.withoutMarker(line))
            } else if let last = recordedSteps.indices.last {
                recordedSteps[last] += " " + line
            }
        }
        let nowTexts = Set(plan.steps.map(\.text))
        // A step of the dialogue shown in the recorded plan but not earned now was lost; a reworded step
        // is recognised by neither and so is a change of words, not of plan. Each recorded step is the
        // longest item it starts with, so a step that extends another's words is not taken for it.
        let items = dialogue.nodes.flatMap(\.plan).map(\.text).map { ($0, Self.normalized($0)) }
        for step in recordedSteps.map(Self.normalized) {
            let recognised = items.filter { step == $0.1 || step.hasPrefix($0.1 + " ") }.max { $0.1.count < $1.1.count }
            if let (text, _) = recognised, !nowTexts.contains(text) { return [.planLostStep(text)] }
        }
        return []
    }

    private static func startsStep(_ line: String) -> Bool {
        let trimmed = line.drop { $0 == " " }
        let digits = trimmed.prefix { $0.isNumber }
        return line.hasPrefix("  ") && !digits.isEmpty && trimmed.dropFirst(digits.count).hasPrefix(". ")
    }

    private static func withoutMarker(_ line: String) -> String {
        let trimmed = line.drop { $0 == " " }
        return String(trimmed.drop { $0.isNumber }.dropFirst(2))
    }

    private static func normalized(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
