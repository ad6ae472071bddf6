import Testing

@testable import DialogueKit

/// The engine on a small dialogue made for the purpose: commands, matching, flags, plan, anytime, back.
@Suite struct ConversationEngineTests {
    static let dialogue: Dialogue = {
        let result = loadDialogueWithLexicon(
            """
            title: Engine test
            start: danger
            anytime:
              - command: "999"
                also: [emergency]
                go: emergency
                help: what to do in an emergency
            support:
              - Childline 0800 1111
              - text: Staff line
                when: staff
            nodes:
              danger:
                ask: Is the child in danger?
                choices:
                  - label: "Yes"
                    also: [y]
                    go: emergency
                  - label: "No"
                    also: [n, nope]
                    go: who
                  - Not sure: emergency
              emergency:
                say: Call 999 now.
                plan: Call 999 in an emergency.
                next: who
              who:
                ask: Who are you?
                choices:
                  - label: Parent or carer
                    go: links
                  - label: School staff
                    also: [teacher]
                    set: staff
                    go: links
                  - label: Staff only answer
                    when: staff
                    go: links
              links:
                say:
                  - text: Tell your DSL.
                    when: staff
                  - Gather the addresses.
                plan:
                  - text: Tell your DSL today.
                    when: staff
                  - text: Report these addresses
                    list: urls
                collect: Paste each address.
                into: urls
                next: finish
              finish:
                end: That is all.
            """)
        return result.dialogue!
    }()

    @Test func startsAtTheFirstQuestion() {
        let conversation = Conversation(Self.dialogue)
        #expect(conversation.output == "Is the child in danger?\n  1. Yes\n  2. No\n  3. Not sure\n\n")
        #expect(conversation.state.position == .question("danger"))
    }

    @Test(arguments: [
        ("2", "who"), ("No", "who"), ("  no!  ", "who"), ("NOPE", "who"), ("n", "who"),
        ("Not sur", "emergency"), ("not sure.", "emergency"), ("nto sure", "emergency"),
        ("yes", "emergency"), ("Yse", "emergency"),
    ])
    func answersMatchByNumberWordsPrefixOrSpelling(typed: String, expectedVisit: String) {
        var conversation = Conversation(Self.dialogue)
        conversation.type(typed)
        #expect(
            conversation.step.events.first
                == .answered(
                    node: "danger",
                    choice: ["who": 1, "emergency": typed.lowercased().hasPrefix("y") ? 0 : 2][expectedVisit]!))
        #expect(conversation.step.events.contains(.visited(node: expectedVisit)))
    }

    @Test func ambiguousAnswersAreNeverGuessed() throws {
        let dialogue = try #require(
            loadDialogue(
                """
                title: T
                start: who
                nodes:
                  who:
                    ask: Who are you?
                    choices:
                      - A parent: done
                      - A partner of a parent: done
                  done:
                    end: Bye.
                """
            ).dialogue)
        var conversation = Conversation(dialogue)
        #expect(
            conversation.type("parent")
                == "'parent' could mean more than one answer: 1. A parent; 2. A partner of a parent.\nPlease type its number or more of the words.\n\n"
        )
        #expect(conversation.state.position == .question("who"))
        conversation.type("a partner")
        #expect(conversation.state.isFinished)
    }

    @Test func unknownAnswersSayWhatCanBeTyped() {
        var conversation = Conversation(Self.dialogue)
        #expect(
            conversation.type("purple")
                == "Sorry, I did not understand 'purple'. Please type an answer: its number (1, 2 or\n3) or its words. Type 'help' to see everything you can type.\n\n"
        )
        #expect(
            conversation.type("")
                == "Please type an answer: its number (1, 2 or 3) or its words. Type 'help' to see\neverything you can type.\n\n"
        )
        #expect(conversation.type("7").hasPrefix("Sorry, I did not understand '7'."))
        #expect(conversation.state.position == .question("danger"))
    }

    @Test func overlongLinesAreRefused() {
        var conversation = Conversation(Self.dialogue)
        let shown = conversation.type(String(repeating: "x", count: 5000))
        #expect(shown == "That line is too long (5000 characters). Please type a shorter answer.\n\n")
    }

    @Test func helpListsAnswersAndCommands() {
        var conversation = Conversation(Self.dialogue)
        #expect(
            conversation.type("help") == """
                Type the number or the words of an answer:
                  1. Yes
                  2. No
                  3. Not sure
                Or one of these commands:
                  help     show what you can type here
                  back     undo your last answer
                  restart  start again from the beginning
                  plan     show your action plan so far
                  answers  list the answers you have given
                  change   change an answer, for example: change 1
                  save     keep your plan in a file, for example: save my-plan.txt
                  hide     leave at once and clear the screen (also: x, or Ctrl-C twice)
                  quit     end now and see your plan
                  999      what to do in an emergency


                """)
    }

    @Test func flagsChangeWhatIsOfferedAndShown() {
        var parent = Conversation(Self.dialogue)
        parent.type(["no", "parent"])
        #expect(!parent.output.contains("Tell your DSL."))
        var staff = Conversation(Self.dialogue)
        staff.type(["no", "teacher"])
        #expect(staff.state.flags == ["staff"])
        #expect(staff.output.contains("Tell your DSL.\n\nGather the addresses."))
        staff.type("back")
        #expect(staff.output.contains("  3. Staff only answer") == false)
    }

    @Test func backUndoesAnAnswerWithItsFlagsAndPlan() {
        var conversation = Conversation(Self.dialogue)
        conversation.type(["no", "school staff"])
        #expect(
            conversation.engine.plan(for: conversation.state).steps.map(\.text) == [
                "Tell your DSL today.", "Report these addresses",
            ])
        let shown = conversation.type("back")
        #expect(shown == "Going back one step.\n\nWho are you?\n  1. Parent or carer\n  2. School staff\n\n")
        #expect(conversation.state.flags.isEmpty)
        #expect(conversation.engine.plan(for: conversation.state).steps.isEmpty)
        conversation.type("back")
        #expect(conversation.state.position == .question("danger"))
        #expect(
            conversation.type("back")
                == "There is nothing to go back to: this is the first question.\n\nIs the child in danger?\n  1. Yes\n  2. No\n  3. Not sure\n\n"
        )
    }

    @Test func anytimeCommandShowsAdviceThenReturns() {
        var conversation = Conversation(Self.dialogue)
        conversation.type("no")
        let shown = conversation.type("Emergency")
        #expect(
            shown
                == "Call 999 now.\n\nBack to where you were:\n\nWho are you?\n  1. Parent or carer\n  2. School staff\n\n"
        )
        #expect(conversation.state.position == .question("who"))
        #expect(conversation.engine.plan(for: conversation.state).steps.map(\.text) == ["Call 999 in an emergency."])
    }

    @Test func collectionGathersAddressesIntoThePlan() {
        var conversation = Conversation(Self.dialogue)
        conversation.type(["no", "parent"])
        #expect(conversation.state.position == .collect("links"))
        #expect(
            conversation.type("https://example.org/one")
                == "Saved (1 so far). Type another, or press Enter on an empty line when you have\nfinished.\n\n")
        #expect(conversation.type("not an address").hasPrefix("That does not look like a web address."))
        conversation.type("example.com/two")
        conversation.type("back")
        conversation.type("www.example.net/three")
        let ending = conversation.type("")
        #expect(conversation.state.isFinished)
        #expect(
            ending == """
                That is all.

                Your action plan
                  1. Report these addresses
                     - https://example.org/one
                     - www.example.net/three

                Where to get support
                  - Childline 0800 1111


                """)
    }

    @Test func planAndQuit() {
        var conversation = Conversation(Self.dialogue)
        #expect(
            conversation.type("plan")
                == "Your action plan\nNo steps yet.\n\nIs the child in danger?\n  1. Yes\n  2. No\n  3. Not sure\n\n")
        conversation.type("yes")
        let quit = conversation.type("quit")
        #expect(
            quit
                == "Ending here. This is what you have so far.\n\nYour action plan\n  1. Call 999 in an emergency.\n\nWhere to get support\n  - Childline 0800 1111\n\n"
        )
        #expect(conversation.state.isFinished)
        // A line typed after the end says what can still be done with the plan, not only how to leave.
        let after = conversation.type("she's in bits").split(separator: "\n").joined(separator: " ")
        #expect(after.hasPrefix("This conversation has ended, and your plan is above."))
        #expect(after.contains("'save'") && after.contains("'answers'") && after.contains("press Enter to leave"))
    }

    @Test func endOfInputEndsLikeQuit() {
        let engine = ConversationEngine(dialogue: Self.dialogue)
        let step = engine.finish(engine.start().state)
        #expect(step.state.isFinished)
        #expect(step.replies.first == .notice(.endingEarly))
        #expect(engine.finish(step.state).replies.isEmpty)
    }

    @Test func restartAsksOnceThenClearsEverything() {
        var conversation = Conversation(Self.dialogue)
        conversation.type(["no", "teacher"])
        let asked = conversation.type("restart")
        #expect(asked.hasPrefix("Start again from the first question? Your 2 answers and your plan will be"))
        #expect(conversation.state.progress.answers.count == 2, "nothing is discarded before the adult confirms")
        let shown = conversation.type("restart")
        #expect(shown.hasPrefix("Starting again from the beginning.\n\nIs the child in danger?"))
        #expect(conversation.state.flags.isEmpty)
        #expect(conversation.state.undo.isEmpty)
    }

    @Test func anythingElseAfterTheQuestionKeepsTheAnswers() {
        var conversation = Conversation(Self.dialogue)
        conversation.type("no")
        conversation.type("restart")
        conversation.type("plan")
        // The question was forgotten: `restart` asks again rather than discarding at once.
        #expect(conversation.type("restart").hasPrefix("Start again from the first question? Your answer and"))
        #expect(conversation.state.progress.answers.count == 1)
        // Before any answer there is nothing to lose, and nothing is asked.
        var fresh = Conversation(Self.dialogue)
        #expect(fresh.type("restart").hasPrefix("Starting again from the beginning."))
    }

    @Test func sameInputsGiveTheSameOutputs() {
        var first = Conversation(Self.dialogue)
        var second = Conversation(Self.dialogue)
        for line in ["nope", "help", "teacher", "https://example.org", "back", "plan", ""] {
            #expect(first.type(line) == second.type(line))
        }
        #expect(first.state == second.state)
    }
}
