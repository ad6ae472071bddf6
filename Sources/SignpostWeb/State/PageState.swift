import DialogueKit

/// Everything a page of the conversation is made from, as one value: the lines the adult has sent (the
/// trail), a problem with what was just sent, and a change of answer under way. The server keeps none of
/// it between requests: it is sealed (`StateSeal`) into the address of the page, so the browser's Back and
/// Reload show the same page again with no form sent twice.
package struct PageState: Hashable, Sendable, Codable {
    var trail: ConversationTrail
    var problem: PageProblem?
    var change: PendingChange?

    init(trail: ConversationTrail, problem: PageProblem? = nil, change: PendingChange? = nil) {
        self.trail = trail
        self.problem = problem
        self.change = change
    }

    /// The same page without the problem: what its forms carry, so a second try starts clean.
    var withoutProblem: PageState {
        var state = self
        state.problem = nil
        return state
    }
}

/// Something wrong with what was just sent, shown in an error summary above the form; nothing of it
/// was added to the conversation.
enum PageProblem: Hashable, Sendable, Codable {
    /// Continue without choosing an answer.
    case noAnswerChosen
    /// Entries the collection did not keep, put back in the box (the reasons are worked out again by
    /// the engine when the page is shown).
    case entriesNotAccepted(rejected: [String])
    /// Entries that would make the conversation larger than a page can carry.
    case entriesTooMany(rejected: [String])
}

/// A change of answer under way (GOV.UK's check-answers pattern). The trail's last batch is the `change N`
/// line, so the trail without it is the conversation as it was before Change was chosen: the answers
/// after the changed one that still apply can be kept from it, and the adult can return to it.
struct PendingChange: Hashable, Sendable, Codable {
    /// The number (from 1) of the answer being changed.
    var answer: Int
    /// The new answer chosen, waiting for the adult to confirm that the listed answers will be removed.
    var confirming: Int?

    init(answer: Int, confirming: Int? = nil) {
        self.answer = answer
        self.confirming = confirming
    }
}

extension PageState {
    /// While an answer is being changed, the conversation as it was before.
    var beforeChange: ConversationTrail? {
        change == nil ? nil : trail.previous
    }
}
