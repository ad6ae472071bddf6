import Testing

@testable import DialogueKit

/// The byte-level fast paths that replay and check rely on give exactly what the `Character`-level
/// code gives: wrapping, normalising answers and reading transcript lines.
@Suite struct FastPathAgreementTests {
    /// Deterministic text from a small alphabet that has every case the wrapper treats specially:
    /// runs of spaces, digit groups with punctuation, symbols, line breaks and long words.
    private static func samples() -> [String] {
        let pieces = [
            "Call", "0808", "800", "5000,", "5000", "(24/7)", "999.", "-", "x", "https://example.org/a-long-address",
            "  ", " ", "\n", "1-2", "12)", "$5", "a+b", "#3", "don't", "ok!", "\t", "7_8", "{9}", "<10>", "",
        ]
        var samples: [String] = []
        var state: UInt64 = 12345
        for _ in 0..<600 {
            var text = ""
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let count = Int(state >> 59) + 1
            for _ in 0..<count {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int(state >> 33) % pieces.count]
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                if state >> 62 != 0 { text += " " }
            }
            samples.append(text)
        }
        return samples + ["", " ", "\n", "a\n", "  lead", "trail  ", "0808 800 5000", "01 2. 3"]
    }

    @Test func asciiWrappingAgreesWithWrappingByCharacter() {
        for text in Self.samples() {
            for width in [1, 5, 12, 20, 33, 80] {
                for (first, rest) in [("", ""), ("  1. ", "     "), ("  - ", "    "), ("     > ", "       ")] {
                    let fast = ASCIIWrapping.wrap(text, width: width, firstPrefix: first, restPrefix: rest)
                    let slow = TextWrapping.wrapByCharacter(text, width: width, firstPrefix: first, restPrefix: rest)
                    #expect(fast == slow, "\(text.debugDescription) at width \(width)")
                }
            }
        }
    }

    @Test func wrappingLeavesCarriageReturnsAndOtherTextToCharacters() {
        #expect(ASCIIWrapping.wrap("a\r\nb", width: 80, firstPrefix: "", restPrefix: "") == nil)
        #expect(ASCIIWrapping.wrap("caf\u{E9}", width: 80, firstPrefix: "", restPrefix: "") == nil)
        #expect(TextWrapping.wrap("a\r\nb c", width: 3) == TextWrapping.wrapByCharacter("a\r\nb c", width: 3))
    }

    @Test func aCarriageReturnOrANonASCIIByteAnywhereLeavesTheTextToCharacters() {
        let plain = String(repeating: "abcdefg ", count: 3)
        #expect(ASCIIWrapping.wrap(plain, width: 10, firstPrefix: "", restPrefix: "") != nil)
        for position in 0..<plain.count {
            for odd in ["\r", "\u{E9}", "\u{7F}"] {
                var text = Array(plain)
                text[position] = Character(odd)
                let fast = ASCIIWrapping.wrap(String(text), width: 10, firstPrefix: "", restPrefix: "")
                #expect((fast == nil) == (odd != "\u{7F}"), "\(odd.debugDescription) at \(position)")
            }
        }
    }

    @Test func asciiNormalisingAgreesWithNormalisingByCharacter() {
        for text in Self.samples() + ["  Yes!  ", "NOT sure...", "\u{2018}quoted\u{2019}", "  ", "?!", "a \t b"] {
            #expect(
                AnswerMatcher.normalize(text) == AnswerMatcher.normalizedByCharacter(text), "\(text.debugDescription)")
        }
    }

    @Test func transcriptMarkersFollowedByCombiningMarksAreNoMarkers() {
        // ">" with a combining mark after it is one Character, not the input marker.
        let transcript = Transcript.parse(">\u{338} x\n> \u{301}y\n#\u{301}\n\\\u{301}\n> plain\n#c\n\\#d\n")
        #expect(
            transcript.lines == [
                .output(">\u{338} x"), .input(" \u{301}y"), .output("#\u{301}"), .output("\\\u{301}"), .input("plain"),
                .comment("c"), .output("#d"),
            ])
    }
}
