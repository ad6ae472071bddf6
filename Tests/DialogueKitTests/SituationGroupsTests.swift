import Testing

@testable import DialogueKit

/// Issue 18: when a dialogue has more plans than a reviewer can read one by one, `situations` groups
/// them by the answers every conversation gives, and says so in its count line.
@Suite struct SituationGroupsTests {
    /// Every conversation answers 'who'; only parents are asked the age.
    static let dialogue = """
        title: T
        start: who
        nodes:
          who:
            ask: Who are you?
            choices:
              - label: Parent
                go: age
              - label: Teacher
                set: staff
                go: done
          age:
            ask: How old is the child?
            choices:
              - label: Under 13
                go: done
              - label: 13 to 17
                set: teen
                go: done
          done:
            plan:
              - Talk to the child.
              - text: Tell your DSL.
                when: staff
              - text: Help them use Report Remove.
                when: teen
            end: Bye.
        """

    private func list() throws -> SituationList {
        let loaded = loadDialogue(Self.dialogue)
        return SituationList(try #require(loaded.dialogue, "\(diagnosticLines(loaded))"))
    }

    @Test func situationsAreGroupedByTheAnswersEveryConversationGives() throws {
        let list = try list()
        #expect(list.situations.count == 3)
        let groups = SituationGroups(list.situations)
        #expect(groups.questions == ["who"])
        // In the order found: the shorter conversation first.
        #expect(groups.groups.map(\.situations.count) == [1, 2])
        let parents = try #require(groups.groups.last)
        #expect(parents.key.map(\.label) == ["Parent"])
        #expect(parents.core == ["Talk to the child."])
        #expect(parents.varying.map(\.text) == ["Help them use Report Remove."])
        #expect(parents.varying.first?.when.map(\.label) == ["13 to 17"])
    }

    @Test func theCountLineSaysHowTheyAreGroupedOnlyWhenTheyAre() throws {
        let list = try list()
        #expect(SituationRenderer().render(list, as: .text).hasPrefix("3 situations, 3 distinct plans\n\nPlan 1"))
        let grouped = SituationRenderer(plansListedOneByOne: 2)
        let text = grouped.render(list, as: .text)
        #expect(
            text.hasPrefix(
                "3 situations, 3 distinct plans, in 2 groups\nToo many plans to list one by one, so the situations are grouped by"
            ))
        #expect(text.contains("answers to the question every conversation answers.\n\nGroup 1 of 2"))
        #expect(
            text.contains(
                """
                Group 2 of 2: 2 situations, 2 distinct plans, all ending at 'done'
                  Who are you? -> Parent
                  Every plan here has:
                    - Talk to the child.
                  Some plans also have:
                    a. Help them use Report Remove. (1 of 2, all answering How old is the child?
                       -> 13 to 17)
                  Situations (the other answers, then the steps they add):
                    1. Under 13: no more steps
                    2. 13 to 17: + a

                """))
        #expect(grouped.render(list, as: .markdown).contains("- **a**. Help them use Report Remove."))
        #expect(grouped.render(list, as: .html).contains("<li>13 to 17: + a</li>"))
    }
}
