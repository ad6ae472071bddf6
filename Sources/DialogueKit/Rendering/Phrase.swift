/// The fixed words a `ReplyFormatter` puts around the dialogue's text: headings and labels.
package enum Phrase: Hashable, Sendable {
    /// Above the numbered answers in `help`.
    case answersHeading
    /// Between the answers and the commands in `help`.
    case otherCommandsHeading
    /// Above the commands in `help` where there are no answers.
    case commandsHeading
    /// What `help` calls an empty line at a collection prompt, and what it does.
    case finishListName, finishListDescription
    /// What a built-in command does, in `help`.
    case commandDescription(BuiltInCommand)
    case planHeading
    case emptyPlan
    case supportHeading
    /// Under a collection prompt: how to finish the list. The front end's words, not the dialogue's, because
    /// finishing differs by front end (an empty line at a prompt, a button on a page).
    case finishListHint
    /// Under a collection prompt: how many entries are kept.
    case savedSoFar(Int)
    /// What `help` calls Enter at a pause, and what it does.
    case carryOnName, carryOnDescription
    /// The prompt of a pause.
    case pressEnterToCarryOn
    /// Above and below the answers given.
    case givenAnswersHeading(count: Int)
    case changeHint
    /// Between pages of a long reply, on a terminal.
    case morePrompt
    /// In place of a plan step's last entries when the end would not fit on a small screen.
    case moreEntries(Int)
}
