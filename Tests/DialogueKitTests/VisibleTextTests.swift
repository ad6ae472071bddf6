import Testing

@testable import DialogueKit

/// The one sanitiser: nothing that can steer a terminal or hide text gets through, and nothing long does.
struct VisibleTextTests {
    @Test func escapeSequencesAreWrittenOut() {
        #expect(VisibleText.make("a\u{1B}[2J\u{1B}]0;PWNED\u{07}b") == "a\\e[2J\\e]0;PWNED\\u{7}b")
    }

    @Test func controlCharactersNulDelAndC1AreWrittenOut() {
        #expect(VisibleText.make("x\u{0}y\u{7F}z\u{85}\u{9B}w") == "x\\u{0}y\\u{7F}z\\u{85}\\u{9B}w")
        #expect(VisibleText.make("one\ntwo\rthree\tfour") == "one\\ntwo\\rthree\\tfour")
        #expect(VisibleText.make("a\tb", keepingTabs: true) == "a\tb")
    }

    @Test(arguments: [
        0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x2028, 0x2029,
        0xFEFF,
    ])
    func bidiAndInvisibleFormatCharactersAreWrittenOut(value: UInt32) throws {
        let scalar = try #require(Unicode.Scalar(value))
        let shown = VisibleText.make("a" + String(Character(scalar)) + "b")
        #expect(shown == "a\\u{\(String(value, radix: 16, uppercase: true))}b")
        #expect(!shown.unicodeScalars.contains(scalar))
    }

    @Test func ordinaryTextPassesUnchanged() {
        let text = "Café naïve 日本語 👨‍👩‍👧‍👦 🇬🇧 Ünïcödé e\u{301} https://example.org/a?b=c#d"
        #expect(VisibleText.make(text) == text)
        #expect(VisibleText.isPlain(text))
        #expect(!VisibleText.isPlain("a\u{202E}b"))
    }

    @Test func oneCharacterOfHalfAMillionCombiningMarksIsShortened() {
        let zalgo = "a" + String(repeating: "\u{301}", count: 500_000)
        #expect(zalgo.count == 1)
        let shown = VisibleText.shown(zalgo)
        #expect(shown.wasShortened)
        #expect(shown.text.utf8.count <= VisibleText.Limit.line.bytes + 3)
        #expect(shown.text.unicodeScalars.starts(with: "a\u{301}".unicodeScalars))
        #expect(shown.text.hasSuffix(VisibleText.ellipsis))
    }

    @Test func longTextIsShortenedByBytesAndByCharacters() {
        let wide = String(repeating: "日", count: 5_000)
        let byBytes = VisibleText.make(wide, limit: VisibleText.Limit(bytes: 30, characters: 1_000))
        #expect(byBytes == String(repeating: "日", count: 10) + "…")
        let byCharacters = VisibleText.make(
            String(repeating: "x", count: 100), limit: VisibleText.Limit(bytes: 1_000, characters: 5))
        #expect(byCharacters == "xxxxx…")
        // Escapes count as written out, so text of nothing but controls is shortened too.
        let controls = VisibleText.make(String(repeating: "\u{1B}", count: 100_000))
        #expect(controls.utf8.count <= VisibleText.Limit.line.bytes + 3)
    }

    @Test func textAtTheLimitIsNotShortened() {
        let exact = String(repeating: "y", count: 512)
        #expect(VisibleText.make(exact) == exact)
    }
}

/// Diagnostics and diffs quote files through VisibleText (issue 12: they printed file bytes raw).
struct VisibleQuotationTests {
    @Test func aDiagnosticQuotesItsSourceLineVisiblyWithTheCaretInPlace() {
        let result = loadDialogue("title: T\nstart: a\nnodes:\n  a:\n    end: x\n  \u{1B}[2J\u{202E}: 1\n")
        let rendered = renderedDiagnostics(result)
        #expect(!rendered.contains("\u{1B}"))
        #expect(!rendered.contains("\u{202E}"))
        #expect(rendered.contains("  \\e[2J\\u{202E}: 1\n"))
    }

    @Test func aVeryLongSourceLineIsQuotedShort() {
        let line = "title: T\nstart: a\nnodes:\n  a:\n    end: " + String(repeating: "x", count: 100_000) + "\n  b: [\n"
        let result = loadDialogue(line)
        let rendered = renderedDiagnostics(result)
        #expect(rendered.utf8.count < 10_000)
    }

    @Test func aCaretUnderAnEscapeLinesUpWithTheEscapeAsShown() {
        let range = SourceRange(
            start: SourceLocation(line: 1, column: 3, offset: 2), end: SourceLocation(line: 1, column: 4, offset: 3))
        let quoted = DiagnosticRenderer.quote("a\u{1B}bc", range: range)
        #expect(quoted?.line == "a\\ebc")
        #expect(quoted?.marker == "   ^")
    }

    @Test func aDiffShowsEscapesInsteadOfObeyingThem() {
        let diff = LineDiff.unified(
            old: ["same", "old \u{1B}[2J"], new: ["same", "new \u{202E}"], oldNumbers: [1, 2], newNumbers: [1, 2],
            oldName: "a\u{1B}", newName: "b")
        #expect(diff == "--- a\\e\n+++ b\n@@ -1,2 +1,2 @@\n same\n-old \\e[2J\n+new \\u{202E}\n")
    }

    @Test func aHugeDiffFallsBackInsteadOfExhaustingMemory() {
        let old = (0..<20_000).map { "old \($0)" }
        let new = (0..<20_000).map { "new \($0)" }
        let operations = LineDiff.operations(old, new)
        #expect(operations.count == 40_000)
    }
}
