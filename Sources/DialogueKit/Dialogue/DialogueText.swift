/// A piece of prose a dialogue can show, with its role and where it was written: what text checks,
/// the contact checker and the transcript tests walk over.
package struct DialogueText: Hashable, Sendable {
    package enum Role: String, Hashable, Sendable, CaseIterable {
        case say, plan, question, help, answer, collectionPrompt, closing, support, commandHelp
        /// The title, the review date or a source: shown to authors, checked like the rest.
        case metadata
    }

    package let text: String
    package let role: Role
    /// When it is shown; always, for text that has no condition of its own.
    package let condition: Condition
    package let source: SourceReference

    package init(_ text: String, role: Role, condition: Condition = .always, source: SourceReference) {
        self.text = text
        self.role = role
        self.condition = condition
        self.source = source
    }

    package init(_ sourced: SourcedText, role: Role) {
        self.init(sourced.text, role: role, source: sourced.source)
    }
}
