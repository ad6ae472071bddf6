@testable import DialogueKit
import Testing

@Suite struct ReplyFormatterTests {
    @Test func wrapsWithoutBreakingWordsOrPhoneNumbers() {
        let lines = TextWrapping.wrap("Call the NSPCC helpline on 0808 800 5000, any day.", width: 32)
        #expect(lines == ["Call the NSPCC helpline on", "0808 800 5000, any day."])
        #expect(TextWrapping.wrap("https://example.org/a-very-long-address-indeed", width: 10) == ["https://example.org/a-very-long-address-indeed"])
        #expect(TextWrapping.wrap("one\n\ntwo", width: 10) == ["one", "", "two"])
    }

    @Test func planListsEntriesUnderTheirStep() {
        let plan = ActionPlan(steps: [
            .init(text: "Call 999.", entries: []),
            .init(text: "Report each address to the IWF at iwf.org.uk/report.", entries: ["https://example.org/1"]),
        ])
        #expect(ReplyFormatter(width: 40).format(.plan(plan)) == """
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
}
