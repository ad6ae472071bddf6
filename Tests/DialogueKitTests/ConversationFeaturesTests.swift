import Foundation
import Testing

@testable import DialogueKit

/// What a frightened adult types and needs: ages in their own words, "I don't know", mistyped
/// commands, pauses, `answers` and `change`, `save` and `hide`, and echoes that cannot reach the
/// terminal raw.
@Suite struct ConversationFeaturesTests {
    static let dialogue: Dialogue = {
        let result = loadDialogueWithLexicon(
            """
            title: Features
            start: danger
            anytime:
              - command: "999"
                also: [emergency]
                go: emergency
                help: what to do in an emergency
            support:
              - Childline 0800 1111
            nodes:
              danger:
                ask: Is the child in danger?
                choices:
                  - label: "Yes"
                    go: emergency
                  - label: "No"
                    go: age
                  - Not sure: emergency
              emergency:
                say: Call 999 now.
                plan: Call 999 in an emergency.
                pause: true
                next: age
              age:
                ask: How old is the child?
                choices:
                  - label: Younger than 13
                    numbers: 0-12
                    go: urls
                  - label: 13 to 15
                    numbers: 13-15
                    set: teen
                    go: urls
                  - label: 16 or 17
                    numbers: 16-17
                    set: teen
                    go: urls
                  - label: 18 or over
                    numbers: 18+
                    go: urls
              urls:
                collect: Paste each web address.
                into: urls
                next: done
              done:
                plan:
                  - text: Report these addresses.
                    list: urls
                end: Bye.
            """)
        guard let dialogue = result.dialogue else { fatalError(renderedDiagnostics(result)) }
        return dialogue
    }()

    private func conversation(_ lines: [String] = []) -> Conversation {
        var conversation = Conversation(Self.dialogue)
        conversation.type(lines)
        return conversation
    }

    @Test(arguments: ["15", "she's 15", "15 years old", "fifteen", "He is fourteen.", "13 or 14"])
    func agesInTheAdultsOwnWords(typed: String) {
        var talk = conversation(["no"])
        talk.type(typed)
        #expect(talk.state.flags == ["teen"], "\(typed)")
        #expect(talk.state.position == .collect("urls"))
    }

    /// Issue 16: typing an answer's number is the most common way to answer, so a bare number from 1 to
    /// the number of answers is always that answer, even where the answers take ages.
    @Test func aBareNumberIsTheAnswerItNumbers() {
        var talk = conversation(["no"])
        talk.type("2")
        #expect(talk.state.flags == ["teen"], "answer 2 is '13 to 15'")
        var other = conversation(["no"])
        other.type("19")
        #expect(other.state.position == .collect("urls"), "a number past the last answer is an age")
    }

    @Test func aSingleLetterNeverStandsForALongerWord() {
        var talk = conversation(["no"])
        talk.type("y")
        #expect(talk.state.position == .question("age"), "'y' is not 'Younger than 13'")
        talk.type("younger")
        #expect(talk.state.position == .collect("urls"), "a whole first word is")
    }

    @Test(arguments: ["idk", "I don't know", "maybe", "dunno", "not sure", "unsure", "I think so"])
    func uncertaintyFindsTheNotSureAnswer(typed: String) {
        var talk = conversation()
        talk.type(typed)
        #expect(talk.state.position == .paused("emergency"), "\(typed)")
    }

    @Test func pausedAdviceWaitsForEnterAndCommandsStillWork() {
        var talk = conversation(["yes"])
        #expect(talk.step.replies.last == .pause)
        #expect(talk.output.contains("Call 999 now.\n\nWhen you are ready, press Enter to carry on.\n\n"))
        talk.type("plan")
        #expect(talk.state.position == .paused("emergency"))
        talk.type("")
        #expect(talk.state.position == .question("age"))
    }

    @Test func aMistypedEmergencyCommandStillShowsTheAdvice() {
        var talk = conversation(["no"])
        let shown = talk.type("emergancy")
        #expect(
            shown.hasPrefix("Taking 'emergancy' as '999'. Type 'back' if you meant something else.\n\nCall 999 now."))
        #expect(talk.state.position == .paused("emergency"))
        let back = talk.type("")
        #expect(back.hasPrefix("Back to where you were:\n\nHow old is the child?"))
        #expect(talk.state.position == .question("age"))
    }

    @Test func mistypedBuiltInsAreTakenButRestartNeverIs() {
        var talk = conversation(["no"])
        #expect(talk.type("hlep").hasPrefix("Taking 'hlep' as 'help'."))
        talk.type("restrat")
        #expect(talk.state.position == .question("age"), "a close spelling never throws the conversation away")
    }

    @Test func backAfterAnAnytimeCommandSaysWhereItReturns() {
        var talk = conversation(["no"])
        talk.type(["999", ""])
        let shown = talk.type("back")
        #expect(shown.hasPrefix("Going back to where you were before you typed '999'.\n\nHow old is the child?"))
        #expect(talk.state.position == .question("age"))
    }

    @Test func answersAreListedAndChangeGoesBackWithLaterAnswersDropped() {
        var talk = conversation(["no", "15", "example.org/a"])
        let listed = talk.type("answers")
        #expect(
            listed.hasPrefix(
                "Your answers so far:\n  1. Is the child in danger?\n     > No\n  2. How old is the child?\n     > 13 to 15\n"
            ))
        let changed = talk.type("change 2")
        // The notice gives the answer being changed, and the question is said once (it was said twice).
        #expect(changed.hasPrefix("Changing your answer (it was: 13 to 15)."))
        #expect(changed.components(separatedBy: "How old is the child?").count == 2)
        #expect(talk.state.position == .question("age"))
        #expect(talk.state.flags.isEmpty)
        #expect(talk.state.progress.collected.isEmpty)
        #expect(talk.state.progress.answers.map(\.answer) == ["No"])
        #expect(talk.type("change 7").hasPrefix("There is no answer '7' to change."))
        talk.type("17")
        #expect(talk.state.progress.answers.map(\.answer) == ["No", "16 or 17"])
    }

    @Test func saveAndHideAreEffectsForTheShell() {
        let engine = ConversationEngine(dialogue: Self.dialogue)
        let start = engine.start().state
        #expect(
            engine.respond(to: "save my plan.txt", in: start).effects == [
                .savePlan(SaveRequest(path: "my plan.txt", includingAnswers: false))
            ])
        #expect(
            engine.respond(to: "save p.txt with answers", in: start).effects == [
                .savePlan(SaveRequest(path: "p.txt", includingAnswers: true))
            ])
        #expect(engine.respond(to: "save", in: start).replies.first == .notice(.saveNeedsAFileName))
        #expect(engine.respond(to: "hide", in: start).effects == [.hide])
        #expect(engine.respond(to: "x", in: start).effects == [.hide])
    }

    @Test func theSavedPlanLeavesOutWhatWasTypedUnlessAsked() {
        var talk = conversation(["no", "12", "example.org/private"])
        talk.type("")
        let engine = ConversationEngine(dialogue: Self.dialogue)
        let plain = PlanDocument(engine: engine, state: talk.state, includingAnswers: false).rendered()
        #expect(plain.hasPrefix("Features\n\nYour action plan\n  1. Report these addresses.\n\nWhere to get support\n"))
        #expect(!plain.contains("example.org"))
        let full = PlanDocument(engine: engine, state: talk.state, includingAnswers: true).rendered()
        #expect(full.contains("- example.org/private"))
        #expect(full.contains("Your answers so far:\n  1. Is the child in danger?\n     > No\n"))
    }

    @Test(arguments: ["\u{1B}[2J\u{1B}]0;PWNED\u{07}", "a\u{202E}b", "nul\u{0}here", "\u{9B}31m"])
    func echoesNeverCarryControlsToTheTerminal(typed: String) {
        var talk = conversation()
        let shown = talk.type(typed)
        #expect(shown.hasPrefix("Sorry, I did not understand '"))
        #expect(
            !shown.unicodeScalars.contains {
                $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value) || $0 == "\u{202E}"
            })
    }

    @Test func aLongEchoIsShortened() {
        var talk = conversation()
        let shown = talk.type("a" + String(repeating: "\u{301}", count: 2000))
        #expect(shown.utf8.count < 1000)
    }
}

/// Answers free-typed at the default dialogue's first question, where a wrong reading matters most.
@Suite struct DefaultDialogueFreeTextTests {
    @Test(arguments: [
        ("she talks about ending her life", "Yes: they have hurt themselves, or talk of ending their life"),
        ("yes, she keeps saying she wants to die", "Yes: they have hurt themselves, or talk of ending their life"),
        ("no, she's safe", "No"),
        ("I don't know", "Not sure"),
    ])
    func firstQuestion(typed: String, expected: String) throws {
        var talk = Conversation(try defaultDialogue())
        talk.type(typed)
        #expect(talk.state.progress.answers.first?.answer == expected, "\(typed)")
    }
}
