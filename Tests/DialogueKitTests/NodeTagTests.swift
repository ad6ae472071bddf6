import Testing

@testable import DialogueKit

/// Guarantees over kinds of node: `never-reaches` names a tag, and a new node with the tag is covered.
@Suite struct NodeTagTests {
    private func dialogue(extraTags: String = "[removal]", guardTag: String = "removal") -> String {
        """
        title: T
        start: who
        guarantees:
          never-reaches:
            - when: staff
              tags: [\(guardTag)]
        nodes:
          who:
            ask: Who are you?
            choices:
              - label: Parent
                go: removal
              - label: Staff
                set: [staff]
                go: staff-steps
          removal:
            tags: [removal]
            say: Get it removed.
            next: done
          staff-steps:
            say: Tell the DSL.
            next: extra
          extra:
            tags: \(extraTags)
            say: A removal step added later.
            next: done
          done:
            end: Bye.
        """
    }

    private func findings(_ text: String) throws -> [String] {
        let result = loadDialogue(text)
        let loaded = try #require(result.dialogue, "\(diagnosticLines(result))")
        return DialogueChecker(dialogue: loaded, today: CalendarDate(year: 2026, month: 11, day: 25)).findings().map(
            \.message)
    }

    @Test func aNewNodeWithTheTagIsCoveredByTheGuarantee() throws {
        let found = try findings(dialogue())
        #expect(
            found.contains {
                $0.hasPrefix("the guarantee 'never-reaches' is broken: a conversation with 'staff' set reaches 'extra'")
            }, "\(found)")
    }

    @Test func withoutTheTagTheNodeIsNotForbidden() throws {
        let found = try findings(dialogue(extraTags: "[]"))
        #expect(!found.contains { $0.contains("never-reaches") }, "\(found)")
    }

    @Test func aTagNoNodeCarriesIsAnError() {
        let result = loadDialogue(dialogue(guardTag: "removl"))
        #expect(result.dialogue == nil)
        #expect(
            diagnosticLines(result).contains {
                $0.contains(
                    "no node has the tag 'removl', so this guarantee covers nothing by it; did you mean 'removal'?")
            },
            "\(diagnosticLines(result))")
    }

    @Test func theShippedRemovalStepsAreTaggedAndStaffNeverReachThem() throws {
        let shipped = try defaultDialogue()
        let tagged = shipped.nodes.filter { $0.tags.contains("removal") }.map(\.id)
        #expect(
            tagged == [
                "removal", "removal-where", "url-how", "urls", "iwf", "platform", "gather", "young-person-tools",
            ])
        let staff = try #require(shipped.guarantees.neverReaches.first { $0.condition.when == ["staff"] })
        #expect(staff.tags == ["removal"])
        #expect(Set(staff.nodeIDs(in: shipped)) == Set(tagged + ["if-image-appears"]))
    }
}
