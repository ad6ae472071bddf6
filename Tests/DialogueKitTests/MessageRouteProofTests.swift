import Testing

@testable import DialogueKit

/// The prover follows a message the way the engine does: by the first of its routes that holds, and by
/// its default only when none does. A dialogue that sends one kind of conversation along a route and
/// forbids the default to it is proved safe, not reported broken.
@Suite struct MessageRouteProofTests {
    static let today = CalendarDate(year: 2026, month: 11, day: 25)

    /// Conversations with `no-image` set go to `if-appears` at `hub`; the rest go on by the default to
    /// `removal`, which the guarantee forbids to them.
    static let dialogue = """
        title: Route test
        reviewed: 2026-06-01
        sources: [A source]
        start: what
        guarantees:
          never-reaches:
            - when: no-image
              nodes: [removal]
          every-plan-includes:
            - text: if an image appears
              when: no-image
        nodes:
          what:
            ask: Is there an image?
            choices:
              - label: "Yes"
                go: hub
              - label: "No"
                set: no-image
                go: hub
          hub:
            say: Next steps.
            next:
              - when: no-image
                go: if-appears
              - go: removal
          if-appears:
            say: Nothing to remove yet.
            plan: If an image appears, keep its address.
            next: finish
          removal:
            say: Report the address.
            plan: Report the address.
            next: finish
          finish:
            end: Done.
        """

    private func messages(_ source: String) throws -> [String] {
        let loaded = loadDialogue(source)
        let dialogue = try #require(loaded.dialogue, "\(diagnosticLines(loaded))")
        return DialogueChecker(dialogue: dialogue, today: Self.today).findings().map(\.message)
    }

    @Test func theDefaultIsNotTakenWhereARouteHolds() throws {
        #expect(try messages(Self.dialogue) == [])
    }

    @Test func aRouteThatDoesNotHoldStillLeavesTheDefault() throws {
        // With the route's condition on another flag, 'no-image' conversations take the default.
        let source = Self.dialogue.replacingFirst(
            "      - when: no-image\n        go: if-appears", with: "      - when: other\n        go: if-appears"
        )
        .replacingFirst("                set: no-image\n", with: "                set: [no-image, other-set]\n")
        let found = try messages(source)
        #expect(
            found.contains {
                $0.hasPrefix(
                    "the guarantee 'never-reaches' is broken: a conversation with 'no-image' set reaches 'removal'")
            })
    }
}
