import Testing

@testable import DialogueKit

/// Text is made safe at the one point every line passes (`FormattedLine`), whatever its source: a
/// dialogue that was never checked holds a clear-screen escape, a right-to-left override, NEL and a
/// line separator, and none of them reaches the screen, a saved plan or a transcript as itself.
@Suite struct OutputPointTests {
    static let hostile = ["\u{1B}[2J", "\u{202E}", "\u{85}", "\u{2028}", "\u{9B}"]
    static let source = """
        title: Hostile
        start: hello
        nodes:
          hello:
            say: "Clear\\e[2J, flip\\u202E, next\\N, separate\\L, csi\\u009B."
            plan: "Plan\\e[2J\\u202E\\N\\L."
            next: finish
          finish:
            end: "Bye\\e[2J."
        """

    static func expectSafe(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        for raw in hostile {
            #expect(!text.contains(raw), "\(raw.unicodeScalars.map { $0.value })", sourceLocation: sourceLocation)
        }
    }

    @Test func theConversationThePlanAndTheTranscriptShowNoControlCharacter() throws {
        let dialogue = try #require(loadDialogue(Self.source).dialogue)
        let engine = ConversationEngine(dialogue: dialogue)
        let start = engine.start()
        let shown = ReplyFormatter().format(start.replies)
        #expect(shown.contains("Clear\\e[2J"))
        Self.expectSafe(shown)
        Self.expectSafe(PlanDocument(engine: engine, state: start.state, includingAnswers: true).rendered())
        Self.expectSafe(TranscriptReplay.record(inputs: [], comments: [], dialogue: dialogue).rendered())
    }
}
