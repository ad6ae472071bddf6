import Testing

@testable import DialogueKit

/// Columns count characters, not bytes, wherever multi-byte characters stand; bad bytes are placed at
/// their line although the encoding check counts no lines.
@Suite struct YAMLPositionTests {
    private func errorRange(_ text: String) -> SourceRange? {
        guard case .failure(let error) = parse(text) else { return nil }
        return error.range
    }

    @Test func columnsCountCharactersAfterMultiByteText() {
        // 'é' is 2 bytes, '€' 3 and '𝄞' 4: the ':' that starts a nested mapping is the 8th character.
        let range = errorRange("first: ok\ntitle: é€𝄞 x: y\n")
        #expect(range?.start.line == 2)
        #expect(range?.start.column == 13)
        #expect(range?.start.offset == 10 + 18)
    }

    @Test func keyRangesOnLinesAfterMultiByteLines() throws {
        let document = try parse("café: ü\nnext: ok\n").get()
        let entries = try #require(document.root?.mapping)
        #expect(entries[1].keyRange.start.line == 2)
        #expect(entries[1].keyRange.start.column == 1)
        #expect(entries[0].value.range.start.column == 7)
        #expect(entries[0].value.range.end.column == 8)
    }

    @Test func badBytesAreReportedAtTheirLineAndColumn() {
        var bytes = Array("one: 1\ntwo: é\u{7}\n".utf8)
        var range: SourceRange?
        if case .failure(let error) = YAMLParser().parse(SourceFile(name: "t.yaml", bytes: bytes)) {
            range = error.range
        }
        #expect(range?.start.line == 2)
        #expect(range?.start.column == 7)
        bytes = Array("a: b\nc: 12345678abc".utf8) + [0xFF] + Array("\n".utf8)
        if case .failure(let error) = YAMLParser().parse(SourceFile(name: "t.yaml", bytes: bytes)) {
            range = error.range
        }
        #expect(range?.start.line == 2)
        #expect(range?.start.column == 15)
    }

    @Test func duplicateKeysAreFoundInSmallAndLargeMappings() {
        let small = "a: 1\nb: 2\na: 3\n"
        #expect(errorRange(small)?.start.line == 3)
        var large = (0..<40).map { "key\($0): value\n" }.joined()
        large += "key7: again\n"
        let range = errorRange(large)
        #expect(range?.start.line == 41)
        guard case .failure(let error) = parse(large), case .duplicateKey(let key, let first) = error.reason else {
            Issue.record("expected a duplicate key")
            return
        }
        #expect(key == "key7" && first.start.line == 8)
        #expect(errorRange("{a: 1, b: 2, a: 3}")?.start.column == 14)
    }

    /// Nested mappings gather their entries after their parents' in a shared scratch array: the first
    /// place of a duplicate is still found within the right mapping, small or large, block or flow.
    @Test func duplicateKeysInNestedMappingsNameTheirOwnFirstPlace() {
        let siblings = (0..<20).map { "  s\($0): x\n" }.joined()
        let nested = (0..<20).map { "    key\($0): value\n" }.joined()
        let block = "outer:\n" + siblings + "  inner:\n" + nested + "    key5: again\n"
        guard case .failure(let error) = parse(block), case .duplicateKey(let key, let first) = error.reason else {
            Issue.record("expected a duplicate key")
            return
        }
        #expect(key == "key5" && first.start.line == 28 && first.start.column == 5)
        #expect(error.range.start.line == 43)

        let flow = "- a: 1\n  b: {" + (0..<15).map { "k\($0): v, " }.joined() + "k3: w}\n"
        guard case .failure(let flowError) = parse(flow),
            case .duplicateKey(let flowKey, let flowFirst) = flowError.reason
        else {
            Issue.record("expected a duplicate key")
            return
        }
        #expect(flowKey == "k3" && flowFirst.start.line == 2 && flowFirst.start.column == 28)
        #expect((try? parse("a:\n  b: 1\nb: 2\nc:\n  b: 3\n").get()) != nil)
    }
}
