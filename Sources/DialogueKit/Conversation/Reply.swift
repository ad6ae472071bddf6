/// What Signpost says back, as typed blocks. Nothing here is worded by the program itself: the dialogue's
/// own text is carried as written, and everything else is a typed value (`Notice`, `HelpCard`, ...) that
/// a `MessageCatalogue` words and a `ReplyFormatter` lays out.
package enum Reply: Hashable, Sendable {
    /// A paragraph of advice from the dialogue.
    case text(String)
    /// A question and the answers that can be typed, numbered from 1.
    case question(QuestionPrompt)
    /// A request for free text, one entry per line.
    case collect(CollectPrompt)
    /// Signpost speaking about the conversation itself.
    case notice(Notice)
    /// What can be typed at this prompt.
    case help(HelpCard)
    /// The adult's action plan so far.
    case plan(ActionPlan)
    /// The dialogue's closing words at an end.
    case closing(String)
    /// Where the adult and the child can get support.
    case support([String])
    /// A message waits for Enter before the conversation goes on.
    case pause
    /// The answers given so far, numbered for `change`.
    case answers([GivenAnswer])
}
