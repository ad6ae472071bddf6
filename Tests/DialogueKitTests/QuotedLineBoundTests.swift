import Testing

@testable import DialogueKit

/// A diagnostic quotes its source line from at most `DiagnosticRenderer.quotedLineBytes` of it, so a
/// file that is one enormous line is not scanned to its end for every message. These check that the
/// bound never changes what is shown, on lines made to need the most bytes before the cut.
@Suite struct QuotedLineBoundTests {
    /// Long lines whose shortening depends on as much of the line as possible: wide characters, escapes
    /// (each shown as several bytes), characters of many scalars, and invalid UTF-8.
    static let lines: [[UInt8]] = [
        Array(String(repeating: "x", count: 200_000).utf8),
        Array(String(repeating: "\u{1F600}", count: 50_000).utf8),
        Array(String(repeating: "\u{1B}", count: 100_000).utf8),
        Array(String(repeating: "e" + String(repeating: "\u{301}", count: 15), count: 3_000).utf8),
        Array(String(repeating: "\u{1F469}\u{200D}\u{1F467}", count: 20_000).utf8),
        [UInt8](repeating: 0xF0, count: 100_000),
        [UInt8](repeating: 0x80, count: 100_000),
    ]

    @Test(arguments: lines.indices, [1, 7, 512, 2_049])
    func theBoundNeverChangesTheQuote(line: Int, column: Int) {
        let bytes = Self.lines[line]
        let file = SourceFile(name: "long.yaml", bytes: Array("a: 1\n".utf8) + bytes + Array("\nb: 2\n".utf8))
        let start = SourceLocation(line: 2, column: column, offset: 5 + column - 1)
        // A short range, and one whose caret line runs as far as a quote ever draws it.
        for width in [3, 3_000] {
            let end = SourceLocation(line: 2, column: column + width, offset: 5 + column + width - 1)
            let range = SourceRange(start: start, end: end)
            let whole = DiagnosticRenderer.quote(file.lineText(containing: start), range: range)
            let bounded = DiagnosticRenderer.quote(
                file.lineText(containing: start, limit: DiagnosticRenderer.quotedLineBytes), range: range)
            #expect(whole?.line == bounded?.line, "width \(width)")
            #expect(whole?.marker == bounded?.marker, "width \(width)")
        }
    }

    @Test func aLineShorterThanTheBoundIsTakenWhole() {
        let file = SourceFile(name: "f.yaml", text: "first\nsecond line\r\nthird")
        #expect(file.lineText(containing: SourceLocation(line: 2, column: 3, offset: 8), limit: 100) == "second line")
        #expect(file.lineText(containing: SourceLocation(line: 2, column: 3, offset: 8), limit: 4) == "seco")
        #expect(file.lineText(containing: SourceLocation(line: 3, column: 1, offset: 19)) == "third")
    }
}
