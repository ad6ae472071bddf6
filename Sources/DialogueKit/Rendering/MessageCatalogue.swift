/// Everything the program itself says, as opposed to what the dialogue's authors wrote: one method per
/// kind of value. Front ends and translations supply their own; `EnglishCatalogue` is the default.
package protocol MessageCatalogue: Sendable {
    func text(for notice: Notice) -> String
    func text(for phrase: Phrase) -> String
}
