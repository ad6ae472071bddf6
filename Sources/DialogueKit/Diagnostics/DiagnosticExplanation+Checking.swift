/// The explanations of the `SP3xx` codes (checking: what `signpost check` finds in a dialogue that loads): what `signpost explain` prints.
extension DiagnosticExplanation {
    static let unreachableNode = DiagnosticExplanation(
        "A node no route leads to",
        """
        No answer, `next`, `start` or command leads to the node, so no one will ever see it. Link it, or \
        delete it.
        """,
        .dialogue,
        wrong: exampleFile(
            nodes: """
                spare:
                  end: Goodbye.
                """),
        right: exampleFile())

    static let cannotReachEnd = DiagnosticExplanation(
        "A node from which no end can be reached",
        """
        From this node every way on leads round in a loop, so a conversation that reaches it can never \
        end with a plan.
        """,
        .dialogue,
        wrong: areYouSureExample(yesGoesTo: "again"),
        right: areYouSureExample(yesGoesTo: "done"))

    /// The answer No goes to the question `again`, whose one answer goes to `target`.
    private static func areYouSureExample(yesGoesTo target: String) -> String {
        exampleFile(
            choices: answers(yes: "done", no: "again"),
            nodes: """
                again:
                  ask: Are you sure?
                  choices:
                    - Yes: \(target)
                """)
    }

    static let messageLoop = DiagnosticExplanation(
        "Messages that lead round in a circle",
        """
        Messages lead from one to the next and back with no question between, so the conversation would \
        never stop to ask anything.
        """,
        .dialogue,
        wrong: twoMessagesExample(twoLeadsTo: "one"),
        right: twoMessagesExample(twoLeadsTo: "done"))

    /// The answer No goes to the message `one`, which leads to the message `two`, which leads to `target`.
    private static func twoMessagesExample(twoLeadsTo target: String) -> String {
        exampleFile(
            choices: answers(yes: "done", no: "one"),
            nodes: """
                one:
                  say: One.
                  next: two
                two:
                  say: Two.
                  next: \(target)
                """)
    }

    static let questionMayOfferNothing = DiagnosticExplanation(
        "A question that may offer no answer",
        """
        Every answer of the question has a `when` (or `unless`), so in some conversations none applies \
        and the question offers nothing. Give at least one answer no condition (below, the flag `staff` is \
        set nowhere, so the right example drops both conditions).
        """,
        .dialogue,
        wrong: exampleFile(
            choices: """
                - label: Yes
                  when: staff
                  go: done
                - label: No
                  when: staff
                  go: done
                """),
        right: exampleFile(
            choices: """
                - label: Yes
                  go: done
                - label: No
                  go: done
                """))

    static let answersClash = DiagnosticExplanation(
        "Two answers taken by the same words",
        """
        Typing the words would match two answers of the same question. Change the `also` words (or the \
        labels) so each phrase belongs to one answer.
        """,
        .dialogue,
        wrong: exampleFile(
            choices: """
                - label: Yes
                  also: [sure]
                  go: done
                - label: No
                  also: [sure]
                  go: done
                """),
        right: exampleFile(
            choices: """
                - label: Yes
                  also: [sure]
                  go: done
                - label: No
                  also: [nope]
                  go: done
                """))

    static let answerIsANumber = DiagnosticExplanation(
        "An answer's word is another answer's number",
        """
        Typing a number chooses the answer with that number, so a number given as another answer's word \
        can never choose it.
        """,
        .dialogue,
        wrong: exampleFile(
            choices: """
                - Yes: done
                - label: No
                  also: ["1"]
                  go: done
                """),
        right: exampleFile(
            choices: """
                - Yes: done
                - label: No
                  also: ["none"]
                  go: done
                """))

    static let answerClashesWithCommand = DiagnosticExplanation(
        "An answer that is a command's name",
        """
        Typing the answer runs a command (such as `help` or `back`) instead, so the answer can never be \
        chosen by those words.
        """,
        .dialogue,
        wrong: exampleFile(
            choices: """
                - Yes: done
                - Back: done
                """),
        right: exampleFile())

    static let flagNeverTested = DiagnosticExplanation(
        "A flag set but never tested",
        """
        A choice sets the flag, but no `when` or `unless` tests it, so setting it changes nothing. Test \
        it, or stop setting it.
        """,
        .dialogue,
        wrong: exampleFile(
            choices: """
                - Yes: done
                - label: No
                  set: worried
                  go: done
                """),
        right: exampleFile())

    static let flagNeverSet = DiagnosticExplanation(
        "A flag tested but never set",
        """
        A `when` or `unless` tests the flag, but no choice sets it, so the condition never changes; \
        often a misspelling.
        """,
        .dialogue,
        wrong: exampleFile(
            done: """
                end: Take care.
                plan:
                  - text: Tell the school.
                    when: staf
                """),
        right: exampleFile(
            choices: """
                - Yes: done
                - label: No
                  set: staff
                  go: done
                """,
            done: """
                end: Take care.
                plan:
                  - text: Tell the school.
                    when: staff
                """))

    static let controlCharacterInText = DiagnosticExplanation(
        "An invisible character in the text",
        """
        The text holds a control character, or an invisible character that reorders text (a bidi \
        override), which could make what is shown differ from what was reviewed. Delete it.
        """,
        .dialogue,
        wrong: exampleFile(
            done: """
                end: "Take care.\\u202E"
                """),
        right: exampleFile())

    static let undeclaredPhoneNumber = DiagnosticExplanation(
        "A phone number not in the contact list",
        """
        Every phone number the text gives must be listed under `contacts:`, so a mistyped number is \
        caught before anyone dials it; the message suggests the nearest listed number.
        """,
        .dialogue,
        wrong: exampleFile(
            done: "end: Call Childline on 0800 1112.",
            then: """
                contacts:
                  Childline: [0800 1111]
                """),
        right: exampleFile(
            done: "end: Call Childline on 0800 1111.",
            then: """
                contacts:
                  Childline: [0800 1111]
                """))

    static let undeclaredAddress = DiagnosticExplanation(
        "A web or email address not in the contact list",
        """
        Every web and email address the text gives must be listed under `contacts:`, so a mistyped \
        address is caught before anyone visits it.
        """,
        .dialogue,
        wrong: exampleFile(
            done: "end: See childline.org.",
            then: """
                contacts:
                  Childline: [childline.org.uk]
                """),
        right: exampleFile(
            done: "end: See childline.org.uk.",
            then: """
                contacts:
                  Childline: [childline.org.uk]
                """))

    static let unusedContactDetail = DiagnosticExplanation(
        "A contact detail no text uses",
        """
        A number or address is listed under `contacts:` but no text gives it. Use it, or remove it from \
        the list.
        """,
        .dialogue,
        wrong: exampleFile(
            then: """
                contacts:
                  Childline: [0800 1111]
                """),
        right: exampleFile())

    static let reviewedLongAgo = DiagnosticExplanation(
        "Advice reviewed over a year ago",
        """
        The dialogue's `reviewed` date is more than twelve months old. Check the advice against its \
        sources, then update the date.
        """,
        .dialogue,
        wrong: exampleFile(
            header: """
                title: Example
                reviewed: 2024-01-10
                sources: [Example source]
                start: ask
                """),
        right: exampleFile())

    static let partReviewedLongAgo = DiagnosticExplanation(
        "A part reviewed over a year ago",
        """
        An included file's or a node's own `reviewed` date is more than twelve months old, even if the \
        main dialogue was reviewed recently.
        """,
        .dialogue,
        wrong: exampleFile(
            done: """
                reviewed: 2024-01-10
                end: Take care.
                """),
        right: exampleFile(
            done: """
                reviewed: 2026-06-01
                end: Take care.
                """))

    static let reviewedNotADate = DiagnosticExplanation(
        "A reviewed date that is not a date",
        """
        `reviewed` is a date written YYYY-MM-DD, so its age can be worked out.
        """,
        .dialogue,
        wrong: exampleFile(
            header: """
                title: Example
                reviewed: last spring
                sources: [Example source]
                start: ask
                """),
        right: exampleFile())

    static let notReviewed = DiagnosticExplanation(
        "No reviewed date",
        """
        The dialogue does not say when its advice was last checked. Add `reviewed: YYYY-MM-DD`.
        """,
        .dialogue,
        wrong: exampleFile(
            header: """
                title: Example
                sources: [Example source]
                start: ask
                """),
        right: exampleFile())

    static let noSources = DiagnosticExplanation(
        "No sources",
        """
        The dialogue lists no `sources` for its advice, so a reviewer cannot check it.
        """,
        .dialogue,
        wrong: exampleFile(
            header: """
                title: Example
                reviewed: 2026-06-01
                start: ask
                """),
        right: exampleFile())

    static let firstQuestionBroken = DiagnosticExplanation(
        "The first-question guarantee is broken",
        """
        The first question a conversation asks is not the one `first-question` names. The conversation \
        after the message shows how.
        """,
        .dialogue,
        wrong: exampleFile(
            then: """
                guarantees:
                  first-question: done
                """),
        right: exampleFile(
            then: """
                guarantees:
                  first-question: ask
                """))

    static let worksEverywhereBroken = DiagnosticExplanation(
        "The works-everywhere guarantee is broken",
        """
        At some prompt, typing the command does not show its advice (a `when` on the command, for \
        example). The conversation shows where.
        """,
        .dialogue,
        wrong: exampleFile(
            choices: """
                - Yes: done
                - label: No
                  set: worried
                  go: done
                """,
            nodes: emergencyMessage(next: "ask"),
            then: """
                anytime:
                  - command: "999"
                    go: emergency
                    help: emergency advice
                    when: worried
                guarantees:
                  works-everywhere: ["999"]
                """),
        right: exampleFile(
            nodes: emergencyMessage(next: "ask"),
            then: """
                anytime:
                  - command: "999"
                    go: emergency
                    help: emergency advice
                guarantees:
                  works-everywhere: ["999"]
                """))

    static let everyEndingMentionsBroken = DiagnosticExplanation(
        "The every-ending-mentions guarantee is broken",
        """
        Some ending names none of the contact's details, in its closing words or in the support shown. \
        The conversation shows which.
        """,
        .dialogue,
        wrong: mentionsExample(
            "Childline",
            choices: answers(yes: "done", no: "other"),
            nodes: """
                other:
                  end: Take care.
                """),
        right: mentionsExample("Childline"))

    static let everyPlanIncludesBroken = DiagnosticExplanation(
        "The every-plan-includes guarantee is broken",
        """
        Some plan the adult can see or save has no step with the words. The conversation shows which.
        """,
        .dialogue,
        wrong: exampleFile(
            then: """
                guarantees:
                  every-plan-includes: Keep the evidence
                """),
        right: exampleFile(
            done: """
                plan: Keep the evidence safe.
                end: Take care.
                """,
            then: """
                guarantees:
                  every-plan-includes: Keep the evidence
                """))

    static let neverReachesBroken = DiagnosticExplanation(
        "The never-reaches guarantee is broken",
        """
        A conversation in which the condition holds arrives at a forbidden node. The conversation shows \
        how.
        """,
        .dialogue,
        wrong: removalExample(yesGoesTo: "done", staffGoTo: "removal"),
        right: removalExample(yesGoesTo: "removal", staffGoTo: "done"))

    /// Staff must never reach the ending `removal`: the answer Yes goes to `yesTarget`, and No, which sets
    /// `staff`, to `staffTarget`.
    private static func removalExample(yesGoesTo yesTarget: String, staffGoTo staffTarget: String) -> String {
        exampleFile(
            choices: """
                - Yes: \(yesTarget)
                - label: No
                  set: staff
                  go: \(staffTarget)
                """,
            nodes: """
                removal:
                  end: Report it for removal.
                """,
            then: """
                guarantees:
                  never-reaches:
                    when: staff
                    nodes: [removal]
                """)
    }

    static let tooManyStates = DiagnosticExplanation(
        "Too many conversations to prove the guarantees",
        """
        The flags allow more different conversations than the prover explores, so nothing was proved. \
        Use fewer flags, or flags that depend on each other.
        """,
        .described, wrong: "A dialogue with forty independent flags and guarantees.",
        right: "The same dialogue with the flags that are never tested removed.")

    static let failSafeMissed = DiagnosticExplanation(
        "A sign of danger taken as the safe answer",
        """
        The question fails safe (`if-unclear`), but a sign of danger from the lexicon, typed there, is \
        taken as the answer marked `safe: true`. Add the words to an answer that is not safe, or to the \
        lexicon's `danger-signs`.
        """,
        .described,
        wrong: "A safe answer \"No\" with `also: [not hurt]`, where the lexicon lists \"hurt\" as a sign of danger.",
        right: "The same answer without those words.")

    static let failSafeSaysNothing = DiagnosticExplanation(
        "if-unclear names a message that says nothing",
        """
        An unclear answer at a question that fails safe shows the `say` of the message `if-unclear` names, \
        then asks again; it does not follow that message's `next`. A message with no `say` (one that only \
        adds to the plan, say, and leads on to the advice) would show nothing at the moment it matters. \
        Name the message that says the emergency advice.
        """,
        .dialogue,
        wrong: exampleFile(ifUnclear: "emergency", nodes: planThenAdvice),
        right: exampleFile(ifUnclear: "advice", choices: safeYesChoices, nodes: planThenAdvice))

    static let failSafeNotMessage = DiagnosticExplanation(
        "if-unclear names something other than a message",
        """
        A question that fails safe sends an unclear answer to `if-unclear`, which must be a message \
        (with `say` and `next`) holding the emergency advice.
        """,
        .dialogue,
        wrong: exampleFile(ifUnclear: "done"),
        right: exampleFile(ifUnclear: "emergency", choices: safeYesChoices, nodes: emergencyMessage(next: "done")))

    static let failSafeWithoutSafeAnswer = DiagnosticExplanation(
        "A fail-safe question with no safe answer",
        """
        The question fails safe, but no answer is marked `safe: true`, so a sign of danger is kept from \
        nothing. Mark the answer that rules danger out.
        """,
        .dialogue,
        wrong: exampleFile(ifUnclear: "emergency", nodes: emergencyMessage(next: "done")),
        right: exampleFile(ifUnclear: "emergency", choices: safeYesChoices, nodes: emergencyMessage(next: "done")))

    static let noLexicon = DiagnosticExplanation(
        "A fail-safe question with no lexicon",
        """
        The question fails safe, but the dialogue names no lexicon, so it knows no signs of danger (nor \
        words such as "not sure"). Add `lexicon: lexicon.en.yaml` beside `start`.
        """,
        .dialogue,
        wrong: exampleFile(ifUnclear: "emergency", choices: safeYesChoices, nodes: emergencyMessage(next: "done")),
        right: exampleFile())

    /// The message `emergency` only adds to the plan and leads on to `advice`, which says the advice.
    private static let planThenAdvice = """
        emergency:
          plan: Call the emergency services.
          next: advice
        advice:
          say: Call the emergency services now.
          next: done
        """
}
