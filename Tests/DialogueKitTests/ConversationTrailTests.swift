import Foundation
import Testing

@testable import DialogueKit

/// A conversation as a value: the trail of lines sent, which replays to the same conversation, whole or
/// batch by batch, and reads back from its Codable form unchanged.
@Suite struct ConversationTrailTests {
    static let engine = ConversationEngine(dialogue: ConversationEngineTests.dialogue)
    static let batches: [[String]] = [["No"], ["teacher"], ["https://example.org/a", "https://example.org/b", ""]]

    @Test func aTrailReplaysToTheConversationItsLinesMake() {
        var state = Self.engine.start().state
        var last: [Reply] = []
        for line in Self.batches.joined() {
            let step = Self.engine.respond(to: line, in: state)
            state = step.state
            last = step.replies
        }
        let replay = ConversationReplay(
            engine: Self.engine, trail: ConversationTrail(dialogue: "d", batches: Self.batches))
        #expect(replay.state == state)
        #expect(replay.state.position == .finished)
        #expect(replay.state.progress.collected["urls"] == ["https://example.org/a", "https://example.org/b"])
        #expect(
            replay.shownReplies.suffix(last.count).elementsEqual(last), "the last batch's last step is what was shown")
    }

    @Test func continuingAReplayIsReplayingTheLongerTrail() {
        let trail = ConversationTrail(dialogue: "d", batches: Array(Self.batches.prefix(2)))
        let continued = ConversationReplay(engine: Self.engine, trail: trail).continued(
            with: Self.batches[2], engine: Self.engine)
        let whole = ConversationReplay(engine: Self.engine, trail: trail.adding(Self.batches[2]))
        #expect(continued.state == whole.state)
        #expect(continued.shownReplies == whole.shownReplies)
        #expect(whole.question == nil && whole.collection == nil)
        let atQuestion = ConversationReplay(
            engine: Self.engine, trail: ConversationTrail(dialogue: "d", batches: [["No"]]))
        #expect(atQuestion.question?.text == "Who are you?", "the question being asked is known after a replay")
    }

    @Test func aTrailReadsBackFromItsCodableForm() throws {
        let trail = ConversationTrail(dialogue: "abc", batches: Self.batches)
        let data = try JSONEncoder().encode(trail)
        #expect(try JSONDecoder().decode(ConversationTrail.self, from: data) == trail)
        #expect(trail.lineCount == 5 && trail.previous?.batches == Array(Self.batches.prefix(2)))
    }
}
