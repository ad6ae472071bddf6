import Testing

@testable import DialogueKit

/// `every-plan-includes` and `never-reaches` on small dialogues: what counts as in the plan, what counts
/// as reaching a node, and how the loader reads them.
@Suite struct PlanAndReachGuaranteeTests {
    static let today = CalendarDate(year: 2026, month: 11, day: 25)

    /// Parents are told never to keep the image; staff are told something else, at `staff-note`.
    static let dialogue = """
        title: Guarantee test
        reviewed: 2026-06-01
        sources: [A source]
        start: who
        guarantees:
          every-plan-includes:
            - text: never the image
              unless: staff
          never-reaches:
            - when: staff
              nodes: [removal, report]
        anytime:
          - command: tips
            go: tips
            help: a tip
        nodes:
          who:
            ask: Who are you?
            choices:
              - label: Parent
                go: warn
              - label: Staff
                set: staff
                go: staff-note
          warn:
            say: Keep the address.
            plan: Keep the web address, NEVER the
              image.
            next: removal
          staff-note:
            say: Tell your lead.
            next: finish
          removal:
            ask: Do you have the address?
            choices:
              - Yes: report
              - No: finish
          report:
            say: Report it.
            next: finish
          tips:
            say: A tip.
            plan: Never the image.
            next: finish
          finish:
            end: Done.
        """

    private func findings(_ source: String) throws -> [CheckFinding] {
        let loaded = loadDialogue(source)
        let dialogue = try #require(loaded.dialogue, "\(diagnosticLines(loaded))")
        return DialogueChecker(dialogue: dialogue, today: Self.today).findings()
    }

    private func broken(_ guarantee: String, in found: [CheckFinding]) -> [CheckFinding] {
        found.filter { $0.message.hasPrefix("the guarantee '\(guarantee)' is broken") }
    }

    @Test func holdsWhenEveryPathEarnsTheWordsInAnyCaseAndAcrossLines() throws {
        // The flag `staff` is used by the guarantees (and a choice) only: it counts as tested.
        #expect(try findings(Self.dialogue).map(\.message) == [])
    }

    @Test func aStepWhoseConditionDidNotHoldIsNotInThePlan() throws {
        let source = Self.dialogue.replacingFirst(
            "    plan: Keep the web address, NEVER the\n      image.\n",
            with: "    plan:\n      - text: Keep the web address, never the image.\n        when: staff\n")
        let found = broken("every-plan-includes", in: try findings(source))
        #expect(found.count == 1)
        #expect(
            found.first?.message
                == "the guarantee 'every-plan-includes' is broken: the plan at the end 'finish' with 'staff' not set has no step that says 'never the image'; this conversation shows it:"
        )
        #expect(
            found.first?.details == [
                "1. at 'who', answer 'Parent'", "2. 'warn' shows its message", "3. at 'removal', answer 'No'",
                "4. 'finish' ends the conversation",
            ])
        #expect(found.first?.source.range.start.line == 7)
    }

    @Test func stepsFromAnAnytimeCommandDoNotCount() throws {
        // `tips` adds the words too, but a conversation need not use it.
        let source = Self.dialogue.replacingFirst("NEVER the\n      image.", with: "and nothing else.")
        let found = broken("every-plan-includes", in: try findings(source))
        #expect(found.first?.details.first == "1. at 'who', answer 'Parent'")
    }

    @Test func aConditionNarrowsWhichEndsAreProved() throws {
        let source = Self.dialogue.replacingFirst("      unless: staff\n", with: "      when: staff\n")
        let found = broken("every-plan-includes", in: try findings(source))
        #expect(found.first?.message.contains("with 'staff' set has no step") == true)
        #expect(
            found.first?.details == [
                "1. at 'who', answer 'Staff'", "2. 'staff-note' shows its message", "3. 'finish' ends the conversation",
            ])
    }

    @Test func reachingAForbiddenNodeShowsTheShortestConversation() throws {
        let source = Self.dialogue.replacingFirst("    next: finish\n  removal:", with: "    next: report\n  removal:")
        let found = broken("never-reaches", in: try findings(source))
        #expect(
            found.map(\.message) == [
                "the guarantee 'never-reaches' is broken: a conversation with 'staff' set reaches 'report'; this conversation shows it:"
            ])
        #expect(
            found.first?.details == [
                "1. at 'who', answer 'Staff'", "2. 'staff-note' shows its message", "3. 'report' shows its message",
            ])
        #expect(found.first?.source.range.start.line == 10)
    }

    @Test func reachingAForbiddenNodeByACommandIsABreakToo() throws {
        // Staff are let through to `removal`, where typing `tips` shows a forbidden node.
        let source = Self.dialogue.replacingFirst("nodes: [removal, report]", with: "nodes: [report, tips]")
            .replacingFirst("    next: finish\n  removal:", with: "    next: removal\n  removal:")
            .replacingFirst("- Yes: report", with: "- Yes: finish")
        let found = broken("never-reaches", in: try findings(source))
        #expect(found.first?.message.contains("reaches 'tips'") == true)
        #expect(
            found.first?.details == [
                "1. at 'who', answer 'Staff'", "2. 'staff-note' shows its message", "3. at 'removal', type 'tips'",
                "4. 'tips' shows its message",
            ])
    }

    @Test func theLoaderNamesUnknownNodesKeysAndMissingNodes() {
        let misspelt = loadDialogue(
            Self.dialogue.replacingFirst("nodes: [removal, report]", with: "nodes: [removal, reprot]"))
        #expect(
            diagnosticLines(misspelt) == [
                "main.yaml:11:24: error: there is no node called 'reprot'; did you mean 'report'?"
            ])
        let unknownKey = loadDialogue(Self.dialogue.replacingFirst("    - when: staff\n", with: "    - wen: staff\n"))
        #expect(
            diagnosticLines(unknownKey) == [
                "main.yaml:10:7: error: unknown key 'wen' in a 'never-reaches' entry; did you mean 'when'?"
            ])
        let noNodes = loadDialogue(Self.dialogue.replacingFirst("      nodes: [removal, report]\n", with: ""))
        #expect(diagnosticLines(noNodes) == ["main.yaml:10:7: error: a 'never-reaches' entry needs a 'nodes'"])
        let noText = loadDialogue(
            Self.dialogue.replacingFirst("    - text: never the image\n", with: "    - txt: never the image\n"))
        #expect(
            diagnosticLines(noText).first
                == "main.yaml:7:7: error: unknown key 'txt' in an item of 'every-plan-includes'; did you mean 'text'?")
    }

    @Test func aFlagOnlyAGuaranteeTestsMustStillBeSet() throws {
        let source = Self.dialogue.replacingFirst("    - when: staff\n", with: "    - when: stafff\n")
        let found = try findings(source)
        #expect(
            found.map(\.message).contains("the flag 'stafff' is tested but no choice sets it; did you mean 'staff'?"))
    }
}
