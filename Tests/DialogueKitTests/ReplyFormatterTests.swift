import Testing

@testable import DialogueKit

@Suite struct ReplyFormatterTests {
    @Test func wrapsWithoutBreakingWordsOrPhoneNumbers() {
        let lines = TextWrapping.wrap("Call the NSPCC helpline on 0808 800 5000, any day.", width: 32)
        #expect(lines == ["Call the NSPCC helpline on", "0808 800 5000, any day."])
        #expect(
            TextWrapping.wrap("https://example.org/a-very-long-address-indeed", width: 10) == [
                "https://example.org/a-very-long-address-indeed"
            ])
        #expect(TextWrapping.wrap("one\n\ntwo", width: 10) == ["one", "", "two"])
    }

    @Test func aWordLongerThanALineIsCutAndKeepsItsIndent() {
        // A long web address under a plan step continues under itself, not at column 0 where the
        // terminal would otherwise wrap it.
        let address = "https://example.org/" + String(repeating: "a", count: 60)
        let plan = ActionPlan(steps: [.init(text: "Report these.", entries: [address])])
        let lines = ReplyFormatter(width: 40).lines(.plan(plan)).map(\.text)
        #expect(
            lines == [
                "Your action plan", "  1. Report these.",
                "     - https://example.org/" + String(repeating: "a", count: 13),
                "       " + String(repeating: "a", count: 33), "       " + String(repeating: "a", count: 14),
            ])
        #expect(lines.allSatisfy { $0.count <= 40 })
        // Where the indent leaves too little room, the word stays whole rather than becoming a column.
        #expect(
            TextWrapping.wrap(address, width: 30, firstPrefix: "", restPrefix: String(repeating: " ", count: 15)) == [
                address
            ])
    }

    @Test func planListsEntriesUnderTheirStep() {
        let plan = ActionPlan(steps: [
            .init(text: "Call 999.", entries: []),
            .init(text: "Report each address to the IWF at iwf.org.uk/report.", entries: ["https://example.org/1"]),
        ])
        #expect(
            ReplyFormatter(width: 40).format(.plan(plan)) == """
                Your action plan
                  1. Call 999.
                  2. Report each address to the IWF at
                     iwf.org.uk/report.
                     - https://example.org/1


                """)
    }

    @Test func linesCarryEmphasisAndPlainTextDropsIt() {
        let question = Reply.question(QuestionPrompt(text: "Safe?", help: nil, options: ["Yes"]))
        #expect(ReplyFormatter().lines(question) == [FormattedLine("Safe?", .strong), FormattedLine("  1. Yes")])
        #expect(ReplyFormatter().format(question) == "Safe?\n  1. Yes\n\n")
        #expect(ReplyFormatter().lines(.notice(.wentBack)) == [FormattedLine("Going back one step.", .quiet)])
    }

    /// A saved plan without the typed web addresses: the step that led into them ends with a full stop,
    /// not a colon with nothing after it (a new user's saved file ended "no name needed:").
    @Test func aStepWithoutItsEntriesEndsWithAFullStop() {
        let leading = ActionPlan.Step(
            text: "Report each web address; no name needed:", entries: ["https://example.org/1"])
        #expect(
            PlanDocument.withoutEntries(leading) == .init(text: "Report each web address; no name needed.", entries: [])
        )
        let plain = ActionPlan.Step(text: "Call us on this number:", entries: [])
        #expect(PlanDocument.withoutEntries(plain) == plain)
    }
}
