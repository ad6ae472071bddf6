import Testing

@testable import DialogueKit

/// Plain text is scanned eight bytes at a time: whatever the offset of the byte that ends it (a line
/// break, `: `, ` #`), or of a `:` or `#` that does not, the text comes out the same.
@Suite struct YAMLPlainScanTests {
    static let lengths = Array(1...19)

    @Test(arguments: lengths)
    func aCommentEndsTheTextAtAnyOffset(_ length: Int) {
        let text = String(repeating: "a", count: length)
        #expect(rootText(text + " # comment") == text)
        #expect(rootText(text + "\t\t# comment") == text)
        #expect(rootText(text + "   ") == text)
    }

    @Test(arguments: lengths)
    func aHashOrColonInsideAWordIsText(_ length: Int) {
        let text = String(repeating: "b", count: length)
        #expect(rootText(text + "#x" + text) == text + "#x" + text)
        #expect(rootText(text + ":x" + text) == text + ":x" + text)
        #expect(rootText(text + " :x") == text + " :x")
        #expect(rootText("é" + text + "é#" + text) == "é" + text + "é#" + text)
    }

    @Test(arguments: lengths)
    func aKeyEndsAtItsColonAtAnyOffset(_ length: Int) throws {
        let key = String(repeating: "k", count: length)
        let document = try parse(key + ": " + key + "\n" + key + "x  : v\r\n").get()
        let entries = try #require(document.root?.mapping)
        #expect(entries.map(\.key) == [key, key + "x"])
        #expect(entries.map { $0.value.scalar?.text } == [key, "v"])
    }

    @Test(arguments: lengths)
    func aLineBreakEndsEachLineOfFoldedText(_ length: Int) throws {
        let word = String(repeating: "w", count: length)
        let document = try parse("key: " + word + "\n  " + word + " \r\n  x#" + word + "\n  # a comment\n").get()
        #expect(document.root?.mapping?.first?.value.scalar?.text == word + " " + word + " x#" + word)
    }
}
