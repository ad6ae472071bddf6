import Testing

@testable import DialogueKit

/// The documented limits, and bytes that are not text: each gets an error with a position, never a crash.
@Suite struct YAMLLimitTests {
    private func error(_ bytes: [UInt8]) -> YAMLError? {
        YAMLParser().parse(SourceFile(name: "test.yaml", bytes: bytes)).failure
    }

    @Test func invalidUTF8IsReportedAtTheBadByte() throws {
        let bad = try #require(error(Array("ok: yes\nask: caf".utf8) + [0xC3, 0x28] + Array("\n".utf8)))
        #expect(bad.reason == .invalidUTF8)
        #expect(bad.range.start == SourceLocation(line: 2, column: 9, offset: 16))
        #expect(bad.message == "this byte is not valid UTF-8; save the file as UTF-8 text")
        // Overlong encodings, surrogates and truncated sequences are invalid too.
        #expect(error([0xC0, 0x80])?.reason == .invalidUTF8)
        #expect(error([0xED, 0xA0, 0x80])?.reason == .invalidUTF8)
        #expect(error(Array("a: ".utf8) + [0xE2, 0x82])?.reason == .invalidUTF8)
    }

    @Test func nulAndControlCharactersAreRejected() throws {
        let nul = try #require(error(Array("a: b\0c".utf8)))
        #expect(nul.reason == .nulByte)
        #expect(nul.range.start == SourceLocation(line: 1, column: 5, offset: 4))
        #expect(error(Array("a: \u{07}".utf8))?.message == "control character U+0007 is not allowed in a dialogue file")
        #expect(error(Array("a: \u{1B}[31m".utf8))?.reason == .controlCharacter(0x1B))
        #expect(error(Array("a: b\rc: d".utf8))?.reason == .loneCarriageReturn)
    }

    @Test func nestingDeeperThanTheLimitIsAnError() throws {
        let depth = YAMLParser.maximumDepth
        #expect(error(Array((String(repeating: "[", count: depth) + String(repeating: "]", count: depth)).utf8)) == nil)
        let flow = try #require(error(Array(String(repeating: "[", count: 100_000).utf8)))
        #expect(flow.reason == .nestingTooDeep(limit: depth))
        #expect(flow.message == "nesting is deeper than 100 levels, the most a dialogue file may have")
        let block =
            (0...depth).map { String(repeating: " ", count: $0) + "k:\n" }.joined()
            + String(repeating: " ", count: depth + 1) + "v\n"
        #expect(error(Array(block.utf8))?.reason == .nestingTooDeep(limit: depth))
        #expect(error(Array(String(repeating: "- ", count: 50_000).utf8))?.reason == .nestingTooDeep(limit: depth))
    }

    @Test func filesOverTheSizeLimitAreRejectedBeforeParsing() throws {
        let tooLarge = [UInt8](repeating: UInt8(ascii: "a"), count: YAMLParser.maximumFileSize + 1)
        let rejected = try #require(error(tooLarge))
        #expect(rejected.message == "the file is larger than 64 MiB, the most a dialogue file may be")
    }

    /// Mutations of every conformance case (bytes dropped, repeated, replaced) always end in a document
    /// or an error with a position: never a trap.
    @Test func mutatedInputsNeverCrash() throws {
        var generator = SplitMix(seed: 0x5167_6E70)
        let interesting: [UInt8] = Array(" \t\n-:?#[]{},'\"|>&*!%@`\\.0123456789abc".utf8) + [0xC3, 0xA9, 0xFF]
        for sample in Self.samples {
            var bytes = Array(sample.utf8)
            for _ in 0..<200 {
                if bytes.isEmpty { bytes = [UInt8(ascii: "a")] }
                let position = Int(generator.next() % UInt64(bytes.count))
                switch generator.next() % 3 {
                case 0: bytes.remove(at: position)
                case 1: bytes.insert(interesting[Int(generator.next() % UInt64(interesting.count))], at: position)
                default: bytes[position] = interesting[Int(generator.next() % UInt64(interesting.count))]
                }
                if case .failure(let failure) = YAMLParser().parse(SourceFile(name: "m.yaml", bytes: bytes)) {
                    #expect(failure.range.start.line >= 1 && failure.range.start.column >= 1)
                }
            }
        }
    }

    static let samples = [
        "start: danger\nnodes:\n  danger:\n    ask: Is the child safe?\n    choices:\n      - Yes: a\n      - No: b\n",
        "a: |\n  text\n  more\nb: >-\n  folded\n\n  para\nc: \"esc \\u00e9\"\n",
        "- [a, {b: c}, 'd']\n- - e\n  - f: g\n    h: i\n",
    ]
}

/// A small, seeded random number generator, so the mutation test is the same on every run.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
