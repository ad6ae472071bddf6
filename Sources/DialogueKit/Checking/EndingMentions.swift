/// Whether the endings name a contact, for `every-ending-mentions`: in an ending's closing words, or
/// in the support shown with them, which depends on the flags set.
///
/// A dialogue with flags reaches each ending in many states, one per set of flags, so searching the
/// texts at every end state costs the endings times the sets. Here the closing words are searched once
/// per ending and the support once per set of flags (by the set's interned number): the work grows
/// with the endings plus the sets.
struct EndingMentions {
    package let dialogue: Dialogue
    /// The contact's details, lowercased once.
    private let details: [String]
    private var closing: [String: Bool] = [:]
    private var support: [Int: Bool] = [:]
    /// How many times texts were searched: for the test that the work grows with the endings plus
    /// the sets of flags, not with the end states.
    private(set) var searches = 0

    package init(_ contact: Contact, in dialogue: Dialogue) {
        self.dialogue = dialogue
        details = contact.details.map { $0.lowercased() }
    }

    /// Whether the ending at `node`, reached with the flags numbered `flagSet`, names the contact.
    package mutating func named(at node: DialogueNode, ending: Ending, flagSet: Int, flags: Set<String>) -> Bool {
        if let known = closing[node.id] {
            if known { return true }
        } else {
            let found = mentions([ending.closing.text])
            closing[node.id] = found
            if found { return true }
        }
        if let known = support[flagSet] { return known }
        let found = mentions(dialogue.support(for: flags))
        support[flagSet] = found
        return found
    }

    private mutating func mentions(_ texts: [String]) -> Bool {
        searches += 1
        return texts.contains { text in
            let lowered = text.lowercased()
            return details.contains { lowered.contains($0) }
        }
    }
}
