import Testing

@testable import DialogueKit

/// Transcripts are split into lines byte by byte, so a file saved with CRLF endings reads like one
/// with LF endings (a CRLF is one `Character`, which splitting by `Character` never split).
@Suite struct TranscriptLineEndingTests {
    @Test func crlfLineEndingsReadLikeLineFeeds() {
        let lf = "# dialogue: a.yaml\nIs it safe?\n  1. Yes\n\n> yes\nGood.\n"
        let crlf = lf.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n")
        #expect(Transcript.parse(crlf) == Transcript.parse(lf))
        #expect(Transcript.parse(crlf).lines.count == 6)
        #expect(Transcript.parse(crlf).inputs == ["yes"])
    }

    @Test func emptyLinesAndMultiByteTextAreKept() {
        let text = "caf\u{E9} \u{2014} ok\n\n> n\u{E4}in\n\n"
        let transcript = Transcript.parse(text)
        #expect(transcript.lines == [.output("caf\u{E9} \u{2014} ok"), .output(""), .input("n\u{E4}in"), .output("")])
        #expect(transcript.rendered() == text)
    }
}
