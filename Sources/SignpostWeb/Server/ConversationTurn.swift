import DialogueKit
import Foundation

/// What one posted form asks of the conversation, worked out against where it stands: the lines to add
/// (as one batch), or a problem to show on the same page with nothing added.
struct ConversationTurn {
    let engine: ConversationEngine
    let replay: ConversationReplay

    enum Outcome {
        case send([String])
        case problem(PageProblem, keeping: [String])
        case nothing
        /// A `say` the page never offers: refused (400), so nothing a request carries is shown as if
        /// the site had said it.
        case refused
    }

    /// `say` is one of the lines the page's buttons send (Continue, Back, Change N, the dialogue's
    /// `anytime` commands); otherwise the form's `answer` (a radio button's number) or `entries` (the
    /// text area) is read for the current prompt.
    func outcome(say: String?, answer: String?, entries: String?) -> Outcome {
        if let say {
            guard isOffered(say) else { return .refused }
            return .send([say])
        }
        switch replay.state.position {
        case .question(let node):
            guard let answer, let position = Int(answer),
                let line = engine.line(choosing: position - 1, at: node, in: replay.state)?.text
            else {
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
        // Only the first lines are read; the rest go back in the box as they were, unread.
        let parts = entries.split(
            maxSplits: SiteSettings.maximumEntriesAtOnce, omittingEmptySubsequences: true, whereSeparator: \.isNewline)
        var lines = parts.prefix(SiteSettings.maximumEntriesAtOnce).map {
            Self.oneLine($0.trimmingCharacters(in: .whitespaces))
        }.filter { !$0.isEmpty }
        if parts.count > SiteSettings.maximumEntriesAtOnce, let rest = parts.last { lines.append(String(rest)) }
        var state = replay.state
        var kept: [String] = []
        var rejected: [String] = []
        for (index, line) in lines.enumerated() {
            // A web address is one word: a line of many words, or lines beyond the most read at once,
            // are put back in the box without being read, so a crafted form costs no more than a page.
            guard index < SiteSettings.maximumEntriesAtOnce, Self.couldBeAnAddress(line) else {
                rejected.append(line)
                continue
            }
            let step = engine.respond(to: line, in: state)
            if Self.refusals(in: step).isEmpty {
                kept.append(line)
                state = step.state
            } else {
                rejected.append(line)
            }
        }
        if !rejected.isEmpty { return .problem(.entriesNotAccepted(rejected: rejected), keeping: kept) }
        return .send(kept + [""])
    }

    /// The notices in a step that say an entry was not kept.
    static func refusals(in step: ConversationStep) -> [Notice] {
        step.replies.compactMap { reply -> Notice? in
            if case .notice(let notice) = reply, ReplyBlocks.isProblem(notice) { notice } else { nil }
        }
    }

    /// Why each of `rejected` was not kept at the collection where the conversation stands, worked out
    /// again for the page that puts them back in the box (each reason once).
    func reasons(for rejected: [String]) -> [Notice] {
        var notices: [Notice] = []
        var asked: Set<String> = []
        for line in rejected {
            // The engine is asked about a few lines that could be addresses (the reasons repeat); every
            // other line is not an address, which is what the box is for.
            var said: [Notice] = [.notAccepted(.webAddress)]
            if Self.couldBeAnAddress(line), asked.count < 5, asked.insert(line).inserted {
                let refusals = Self.refusals(in: engine.respond(to: line, in: replay.state))
                if !refusals.isEmpty { said = refusals }
            }
            for notice in said where !notices.contains(notice) { notices.append(notice) }
        }
        return notices
    }

    /// Whether a line from the text area is worth reading as a web address: one word (at most
    /// `SiteSettings.maximumWordsPerEntry`), with a dot, within the engine's line length. Anything else is
    /// put back in the box unread, so a crafted form costs no more than a few pages.
    static func couldBeAnAddress(_ line: String) -> Bool {
        line.unicodeScalars.count <= ConversationEngine.maximumLineLength && line.contains(".")
            && line.split(whereSeparator: \.isWhitespace).count <= SiteSettings.maximumWordsPerEntry
    }

    /// Whether a page could have sent `say`: Continue (an empty line), Back, Change with the number of an
    /// answer given, or one of the dialogue's `anytime` commands.
    func isOffered(_ say: String) -> Bool {
        if say.isEmpty || say == BuiltInCommand.back.rawValue { return true }
        if engine.dialogue.anytime.contains(where: { $0.command == say }) { return true }
        let prefix = BuiltInCommand.change.rawValue + " "
        if say.hasPrefix(prefix), let number = Int(say.dropFirst(prefix.count)) {
            return (1...max(1, replay.state.progress.answers.count)).contains(number)
                && number <= replay.state.progress.answers.count
        }
        return false
    }

    /// A line as typed: line breaks and other control characters become spaces.
    static func oneLine(_ text: String) -> String {
        String(
            String.UnicodeScalarView(text.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : $0 }))
    }
}
