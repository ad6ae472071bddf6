/// The catalogue of everything Signpost itself says, in English: every notice and every fixed phrase,
/// in one place, so the program's own voice can be read, reviewed and changed together.
///
/// Whatever the adult typed is echoed through `VisibleText`: shortened, with control characters and
/// escape sequences written out, so nothing typed can reach the terminal raw.
package struct EnglishCatalogue: MessageCatalogue {
    package init() {}

    /// Each family's switch below names every notice: its own with their words, the others' as not its
    /// own; so a new notice is a compile error in each of them until one family words it.
    /// A notice every family passes over still gets words, never a trap.
    package func text(for notice: Notice) -> String {
        answerText(notice) ?? courseText(notice) ?? savingText(notice)
            ?? "Type 'help' to see what you can type here."
    }

    /// A line typed at a question or a list: too long, not understood, taken as an answer, kept, a sign of
    /// danger heard.
    private func answerText(_ notice: Notice) -> String? {
        switch notice {
        case .tooLong(let characters):
            "That line is too long (\(characters) characters). Please type a shorter answer."
        case .emptyAnswer(let count):
            "Please type an answer: " + howToAnswer(count)
        case .notUnderstood(let input, let count):
            "Sorry, I did not understand '\(echo(input))'. Please type an answer: " + howToAnswer(count)
        case .tookCloseSpelling(let input, let choice):
            "Taking '\(echo(input))' as '\(choice)'. Type 'back' if you meant something else."
        case .understoodAs(let input, let choice):
            "I took '\(echo(input))' as: '\(choice)'. If that is wrong, type back."
        case .schoolYear(let year):
            schoolYear(year)
        case .dangerHeard(let input):
            "What you wrote ('\(echo(input))') may mean the child is in danger. If they are, act now:"
        case .unclearAtDangerQuestion(let input):
            "I could not be sure what '\(echo(input))' means. In case the child is in danger:"
        case .askingAgain:
            "Then please answer the question again:"
        case .ambiguous(let input, let choices):
            "'\(echo(input))' could mean more than one answer: "
                + choices.map { "\($0.number). \($0.label)" }.joined(separator: "; ")
                + ". Please type its number or more of the words."
        case .notAccepted(.webAddress):
            "That does not look like a web address. Copy it from the address bar, for example "
                + "https://www.example.com/page, or press Enter on an empty line to go on."
        case .saved(let count):
            "Saved (\(count) so far). Type another, or press Enter on an empty line when you have finished."
        case .finishReadingFirst:
            "Please press Enter to see the rest first, then answer. (999, back, hide and the other commands work here too.)"
        case .conversationOver, .dialogueLoops, .backToWhereYouWere, .nothingToGoBackTo, .wentBack, .startingAgain,
            .confirmRestart, .endingEarly, .wentBackFromCommand, .noAnswersYet, .noSuchAnswer, .changing, .offerToSave,
            .saveNeedsAFileName, .planSaved, .planNotSaved:
            nil
        }
    }

    /// The course of the conversation: going back, starting again, changing an answer, ending.
    private func courseText(_ notice: Notice) -> String? {
        switch notice {
        case .conversationOver:
            "This conversation has ended, and your plan is above. Type 'save' and a file name to keep it, "
                + "'answers' to change an answer, 'restart' to begin again, or press Enter to leave."
        case .dialogueLoops(let node):
            "The dialogue goes round in a circle at '\(node)' here; please tell its authors."
        case .backToWhereYouWere:
            "Back to where you were:"
        case .nothingToGoBackTo:
            "There is nothing to go back to: this is the first question."
        case .wentBack:
            "Going back one step."
        case .startingAgain:
            "Starting again from the beginning."
        case .confirmRestart(let count):
            "Start again from the first question? Your \(count == 1 ? "answer" : "\(count) answers") and your plan "
                + "will be cleared. Type 'restart' again to start again, or carry on where you are."
        case .endingEarly:
            "Ending here. This is what you have so far."
        case .wentBackFromCommand(let command):
            "Going back to where you were before you typed '\(echo(command))'."
        case .noAnswersYet:
            "You have not answered any questions yet."
        case .noSuchAnswer(let typed, let count):
            (typed.isEmpty
                ? "Which answer would you like to change? " : "There is no answer '\(echo(typed))' to change. ")
                + "Type 'change' and a number from 1 to \(count), for example 'change 1'. Type 'answers' to see them."
        case .changing(let earlier):
            "Changing your answer (it was: \(earlier)). The questions after this one will be asked again."
        case .tooLong, .emptyAnswer, .notUnderstood, .tookCloseSpelling, .understoodAs, .schoolYear, .dangerHeard,
            .unclearAtDangerQuestion, .askingAgain, .ambiguous, .notAccepted, .saved, .finishReadingFirst, .offerToSave,
            .saveNeedsAFileName, .planSaved, .planNotSaved:
            nil
        }
    }

    /// Saving the plan.
    private func savingText(_ notice: Notice) -> String? {
        switch notice {
        case .offerToSave:
            "To keep this plan, type save and a file name, for example: save my-plan.txt.\n"
                + "It goes in the folder you started Signpost in, and its full path is shown.\n"
                + "To change an answer, type answers. To leave, press Enter."
        case .saveNeedsAFileName:
            "Type 'save' and a name for the file, for example: save my-plan.txt"
        case .planSaved(let path, let leftOut):
            "Your plan is saved in \(echo(path)). Only you can read the file."
                + (leftOut
                    ? " The web addresses you typed were left out; type 'save FILE with answers' to include them." : "")
        case .planNotSaved(let path, let failure):
            "Your plan was not saved: " + reason(failure, path: path) + " Nothing was written."
        case .tooLong, .conversationOver, .emptyAnswer, .notUnderstood, .tookCloseSpelling, .understoodAs, .schoolYear,
            .dangerHeard, .unclearAtDangerQuestion, .askingAgain, .ambiguous, .notAccepted, .saved, .dialogueLoops,
            .backToWhereYouWere, .nothingToGoBackTo, .wentBack, .startingAgain, .confirmRestart, .finishReadingFirst,
            .endingEarly, .wentBackFromCommand, .noAnswersYet, .noSuchAnswer, .changing:
            nil
        }
    }

    package func text(for phrase: Phrase) -> String {
        switch phrase {
        case .answersHeading: "Type the number or the words of an answer:"
        case .otherCommandsHeading: "Or one of these commands:"
        case .commandsHeading: "You can type one of these commands:"
        case .finishListName: "(empty line)"
        case .finishListDescription: "finish the list and go on"
        case .commandDescription(let command): description(of: command)
        case .planHeading: "Your action plan"
        case .emptyPlan: "No steps yet."
        case .supportHeading: "Where to get support"
        case .finishListHint: "Press Enter on an empty line when you have finished."
        case .savedSoFar(let count): "Saved so far: \(count)."
        case .carryOnName: "(Enter)"
        case .carryOnDescription: "carry on when you are ready"
        case .pressEnterToCarryOn: "When you are ready, press Enter to carry on."
        case .givenAnswersHeading(let count): count == 1 ? "Your answer so far:" : "Your answers so far:"
        case .changeHint: "To change one, type 'change' and its number, for example 'change 1'."
        case .morePrompt: "Press Enter for more: "
        case .moreEntries(let count): "and \(count) more: type 'plan' to see them all"
        }
    }

    private func description(of command: BuiltInCommand) -> String {
        switch command {
        case .help: "show what you can type here"
        case .back: "undo your last answer"
        case .restart: "start again from the beginning"
        case .plan: "show your action plan so far"
        case .answers: "list the answers you have given"
        case .change: "change an answer, for example: change 1"
        case .save: "keep your plan in a file, for example: save my-plan.txt"
        case .hide: "leave at once and clear the screen (also: x, or Ctrl-C twice)"
        case .quit: "end now and see your plan"
        }
    }

    private func reason(_ failure: SaveFailure, path: String) -> String {
        switch failure {
        case .exists: "there is already a file called \(echo(path)). Choose another name."
        case .noSuchFolder(let folder):
            "there is no folder called \(echo(folder)). Check the name, or save in this folder."
        case .isAFolder: "\(echo(path)) is a folder. Add a file name, for example \(echo(path))/my-plan.txt."
        case .notPermitted: "you cannot write to \(echo(path)). Choose another folder."
        case .diskFull: "the disk is full."
        case .other(let words): echo(words) + "."
        }
    }

    /// A school year's usual ages (England and Wales), and a request for the age itself.
    private func schoolYear(_ year: SchoolYear) -> String {
        guard let ages = year.usualAges else {
            return "\(year.name) is a school year in Scotland, where the ages in each year differ. "
                + "Please type the child's age, for example 14."
        }
        return "Pupils in \(year.name) in England and Wales are usually \(ages.lowerBound) or \(ages.upperBound) "
            + "(in Northern Ireland, a year younger). Please type the child's age, for example \(ages.lowerBound)."
    }

    /// What the adult typed, safe to show inside a sentence.
    private func echo(_ typed: String) -> String {
        VisibleText.make(typed, limit: .quotation)
    }

    /// "its number (1, 2 or 3) or its words. ..." for a question with `count` answers.
    private func howToAnswer(_ count: Int) -> String {
        let numbers = (1...max(count, 1)).map(String.init)
        let listed =
            numbers.count > 1 ? numbers.dropLast().joined(separator: ", ") + " or " + (numbers.last ?? "") : numbers[0]
        return "its number (\(listed)) or its words. Type 'help' to see everything you can type."
    }
}
