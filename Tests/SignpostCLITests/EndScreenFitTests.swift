import Testing

@testable import DialogueKit
@testable import SignpostCLI

/// The end fitted to a small screen: a long list of typed web addresses is cut, for that screen only,
/// so the plan's heading and every step stay on the last screen.
@Suite struct EndScreenFitTests {
    let formatter = ReplyFormatter(width: 80)
    let support = Reply.support(["Emergency: 999.", "Childline: 0800 1111."])

    func plan(entries: Int) -> ActionPlan {
        ActionPlan(steps: [
            .init(text: "Keep only its web address.", entries: []),
            .init(
                text: "Report each web address to the IWF:",
                entries: (1...max(entries, 1)).map { "https://example.org/\($0)" }.suffix(entries)),
            .init(text: "Point the child to Childline.", entries: []),
        ])
    }

    func lineCount(_ replies: [Reply]) -> Int {
        replies.reduce(0) { $0 + formatter.lines($1).count + 1 }
    }

    @Test func aPlanThatFitsIsLeftAlone() {
        let replies: [Reply] = [.plan(plan(entries: 3)), support]
        #expect(EndScreenFit.fitted(replies, rows: 20, formatter: formatter) == replies)
    }

    @Test func aLongListIsCutJustEnoughAndSaysHowManyMore() throws {
        let replies: [Reply] = [.text("Here is your plan."), .plan(plan(entries: 10)), support]
        let fitted = EndScreenFit.fitted(replies, rows: 14, formatter: formatter)
        #expect(lineCount(Array(fitted[1...])) <= 14)
        guard case .plan(let shortened) = fitted[1] else {
            Issue.record("the plan is no longer second")
            return
        }
        let entries = shortened.steps[1].entries
        #expect(entries.last == "and \(11 - entries.count) more: type 'plan' to see them all")
        #expect(entries.dropLast() == plan(entries: 10).steps[1].entries.prefix(entries.count - 1))
        #expect(shortened.steps.map(\.text) == plan(entries: 10).steps.map(\.text), "every step is kept")
        // One more row and one more address is kept: the cut is as small as the screen allows.
        let roomier = EndScreenFit.fitted(replies, rows: 15, formatter: formatter)
        guard case .plan(let less) = roomier[1] else {
            Issue.record("the plan is no longer second with one more row")
            return
        }
        #expect(less.steps[1].entries.count == entries.count + 1)
        #expect(fitted[0] == replies[0] && fitted[2] == replies[2], "only the plan changes")
    }

    @Test func withoutAListThereIsNothingToCut() {
        let replies: [Reply] = [.plan(plan(entries: 0)), support]
        #expect(EndScreenFit.fitted(replies, rows: 3, formatter: formatter) == replies)
    }
}
