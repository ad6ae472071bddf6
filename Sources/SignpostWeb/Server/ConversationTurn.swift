import Foundation
import DialogueKit

/// What one posted form asks of the conversation, worked out against where it stands: the lines to add
/// (as one batch), or a problem to show on the same page with nothing added.
struct ConversationTurn {
    let engine: ConversationEngine
    let replay: ConversationReplay

    enum Outcome {
        case send([String])
        case problem(ConversationPage.Problem, keeping: [String])
        case nothing
    }

    /// `say` is a line sent as typed (a command button, Continue, a Change link); otherwise the form's
    /// `answer` (a radio button's number) or `entries` (the text area) is read for the current prompt.
    func outcome(say: String?, answer: String?, entries: String?) -> Outcome {
        if let say { return .send([Self.oneLine(say)]) }
        switch replay.state.position {
        case .question(let node):
            guard let answer, let position = Int(answer), let line = line(forAnswer: position, at: node) else {
                return .problem(.noAnswerChosen, keeping: [])
            }
            return .send([line])
        case .collect:
            return collect(entries ?? "")
        case .paused:
            return .send([""])
        case .finished:
            return .nothing
        }
    }

    /// The text area's lines, each sent as an entry, then the empty line that ends the list. Entries the
    /// collection does not keep are not sent: the page comes back with them in the box and the reason.
    private func collect(_ entries: String) -> Outcome {
        let lines = entries.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        var state = replay.state
        var kept: [String] = []
        var rejected: [String] = []
        var notices: [Notice] = []
        for line in lines {
            let step = engine.respond(to: line, in: state)
            let refusals = step.replies.compactMap { reply -> Notice? in
                if case .notice(let notice) = reply, ReplyBlocks.isProblem(notice) { notice } else { nil }
            }
            if refusals.isEmpty {
                kept.append(line)
                state = step.state
            } else {
                rejected.append(line)
                for notice in refusals where !notices.contains(notice) { notices.append(notice) }
            }
        }
        if !rejected.isEmpty { return .problem(.entriesNotAccepted(notices, rejected: rejected), keeping: kept) }
        return .send(kept + [""])
    }

    /// The line that chooses the answer at `position` (from 1): its label, which reads back exactly,
    /// unless the engine would take the label as something else (a command, a number), then its number.
    private func line(forAnswer position: Int, at node: String) -> String? {
        guard let question = engine.dialogue.node(node)?.question else { return nil }
        let offered = question.offered(for: replay.state.flags)
        guard offered.indices.contains(position - 1) else { return nil }
        let wanted = ConversationEvent.answered(node: node, choice: offered[position - 1].index)
        let label = offered[position - 1].choice.label
        for candidate in [label, String(position)] where engine.respond(to: candidate, in: replay.state).events.contains(wanted) {
            return candidate
        }
        return label
    }

    /// A line as typed: line breaks and other control characters become spaces.
    static func oneLine(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : $0 }))
    }
}
