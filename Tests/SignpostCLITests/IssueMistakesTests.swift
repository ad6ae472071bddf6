import Foundation
import TestSupport
import Testing

/// The mistakes an author met, each made in a copy of the default dialogue: exactly one error, at the
/// right line and column, saying how to fix it.
@Suite struct IssueMistakesTests {
    /// `check` on a scratch copy of `Dialogues/` after `edit` changes `file`; returns what it printed.
    static func check(editing file: String, _ edit: (String) -> String) throws -> SignpostProcess.Output {
        let folder = try makeScratchCopyOfDialogues()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("Dialogues/\(file)")
        let original = try String(contentsOf: url, encoding: .utf8)
        let edited = edit(original)
        #expect(edited != original, "test setup: the edit changed nothing")
        try edited.write(to: url, atomically: true, encoding: .utf8)
        return try SignpostProcess.run(["check", "--today", "2026-11-25"], in: folder)
    }

    /// The `file:line:column: error: ...` lines of an output.
    static func errors(_ output: SignpostProcess.Output) -> [String] {
        output.standardOutput.components(separatedBy: "\n").filter { $0.contains(": error: ") }
    }

    /// The line (from 1) and column of the first `needle` in `text`.
    static func place(of needle: String, in text: String) throws -> (line: Int, column: Int) {
        let range = try #require(text.range(of: needle))
        let before = text[..<range.lowerBound]
        let line = before.filter { $0 == "\n" }.count + 1
        let column = before.split(separator: "\n", omittingEmptySubsequences: false).last.map { $0.count + 1 } ?? 1
        return (line, column)
    }

    @Test func anUndeclaredNumberIsMarkedWhereItIs() throws {
        let original = try String(
            contentsOf: packageRoot.appendingPathComponent("Dialogues/removal.yaml"), encoding: .utf8)
        let (line, column) = try Self.place(of: "0808 800 5000", in: original)
        let result = try Self.check(editing: "removal.yaml") { text in
            text.range(of: "0808 800 5000").map { text.replacingCharacters(in: $0, with: "0808 800 500") } ?? text
        }
        #expect(result.status == 1)
        #expect(
            Self.errors(result) == [
                "Dialogues/removal.yaml:\(line):\(column): error: the phone number '0808 800 500' is not in the contact list "
                    + "('contacts:' in Dialogues/signpost.yaml); did you mean '0808 800 5000'? [SP311]"
            ])
        #expect(
            result.standardOutput.contains(
                "\n" + String(repeating: " ", count: column - 1) + "^" + String(repeating: "~", count: 11) + "\n"))
    }

    @Test(arguments: ["116 123", "0800 068 4141", "+44 20 7946 0000", "07700-900-123"])
    func numbersInOtherUKShapesAreCheckedToo(number: String) throws {
        let result = try Self.check(editing: "removal.yaml") { text in
            text.range(of: "0808 800 5000,").map { text.replacingCharacters(in: $0, with: "\(number),") } ?? text
        }
        #expect(result.status == 1)
        let errors = Self.errors(result)
        #expect(errors.count == 1)
        #expect(
            errors.first?.contains(
                "error: the phone number '\(number)' is not in the contact list ('contacts:' in Dialogues/signpost.yaml)"
            ) == true)
    }

    @Test func aBrokenPartGivesOneErrorNotItsKnockOns() throws {
        let result = try Self.check(editing: "removal.yaml") { text in
            text.replacingOccurrences(of: "\n    next: urls\n", with: "\n\tnext: urls\n")
        }
        #expect(result.status == 1)
        let errors = Self.errors(result)
        #expect(errors.count == 1, "\(result.standardOutput)")
        #expect(errors.first?.hasPrefix("Dialogues/removal.yaml:") == true)
        #expect(!result.standardOutput.contains("there is no node called"))
        #expect(!result.standardOutput.contains(": warning: "))
        #expect(result.standardOutput.hasSuffix("1 error and 0 warnings in 1 dialogue.\n"))
    }

    /// The first match of `pattern` (anchored to lines) in `text`, as its range and capture groups.
    static func firstMatch(_ pattern: String, in text: String) throws -> (range: Range<String.Index>, groups: [String])
    {
        let regex = try NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines])
        let match = try #require(
            regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)), "no match for \(pattern)")
        let groups = (1..<match.numberOfRanges).map {
            Range(match.range(at: $0), in: text).map { String(text[$0]) } ?? ""
        }
        return (try #require(Range(match.range, in: text)), groups)
    }

    static func original(_ file: String) throws -> String {
        try String(contentsOf: packageRoot.appendingPathComponent("Dialogues/\(file)"), encoding: .utf8)
    }

    @Test func aForgottenClosingQuoteIsReportedAtTheOpeningQuote() throws {
        let text = try Self.original("removal.yaml")
        let (range, groups) = try Self.firstMatch(#"^( +- )"(.*)"$"#, in: text)
        let broken = text.replacingCharacters(in: range, with: groups[0] + "\"" + groups[1])
        let (line, _) = try Self.place(of: String(text[range]), in: text)
        let column = groups[0].count + 1
        let result = try Self.check(editing: "removal.yaml") { _ in broken }
        #expect(
            result.standardOutput == """
                Dialogues/removal.yaml:\(line):\(column): error: this quoted text is never closed; add the closing " at the end of the text [SP118]
                \(groups[0])"\(groups[1])
                \(String(repeating: " ", count: column - 1))^
                1 error and 0 warnings in 1 dialogue.

                """)
    }

    @Test func anOverIndentedGoAfterPlainTextSaysWhereToMoveIt() throws {
        let text = try Self.original("signpost.yaml")
        // A choice whose label is plain text, with its phrases on one line and a key after them.
        let (range, groups) = try Self.firstMatch(
            #"^( +)- label: ([^"\n]+)\n +also: .*\n +(go|set|numbers): (.*)$"#, in: text)
        let indent = groups[0]
        let key = groups[2]
        let goLine = "\(indent)    \(key): \(groups[3])"
        let broken = text.replacingCharacters(in: range, with: "\(indent)- label: \(groups[1])\n" + goLine)
        let (line, _) = try Self.place(of: String(text[range]), in: text)
        let result = try Self.check(editing: "signpost.yaml") { _ in broken }
        #expect(
            result.standardOutput == """
                Dialogues/signpost.yaml:\(line + 1):\(indent.count + 5): error: '\(key):' is indented further than 'label:' above it, so it reads as more of that text; move it left to column \(indent.count + 3), in line with 'label:' [SP112]
                \(goLine)
                \(String(repeating: " ", count: indent.count + 4))^\(String(repeating: "~", count: key.count))
                    In YAML terms: a mapping cannot start inside a plain scalar.
                1 error and 0 warnings in 1 dialogue.

                """)
    }

    @Test func anOverIndentedGoAfterAListSaysWhereToMoveIt() throws {
        let text = try Self.original("signpost.yaml")
        let (range, groups) = try Self.firstMatch(
            #"^( +)- label: ([^"\n]+)\n +also: (.*)\n +(go|set|numbers): (.*)$"#, in: text)
        let indent = groups[0]
        let goLine = "\(indent)    \(groups[3]): \(groups[4])"
        let broken = text.replacingCharacters(
            in: range, with: "\(indent)- label: \(groups[1])\n\(indent)  also: \(groups[2])\n" + goLine)
        let (line, _) = try Self.place(of: String(text[range]), in: text)
        let result = try Self.check(editing: "signpost.yaml") { _ in broken }
        #expect(
            result.standardOutput == """
                Dialogues/signpost.yaml:\(line + 2):\(indent.count + 5): error: this line is indented too far; move it left to column \(indent.count + 3), in line with 'also:' above it [SP110]
                \(goLine)
                \(String(repeating: " ", count: indent.count + 4))^
                1 error and 0 warnings in 1 dialogue.

                """)
    }

    @Test func anUnderIndentedContinuationLineSaysToIndentIt() throws {
        let text = try Self.original("signpost.yaml")
        let (range, groups) = try Self.firstMatch(#"^( +)- ([^"\n]+)\n +([a-z][^:\n]+)$"#, in: text)
        let indent = groups[0]
        let continued = "\(indent)\(groups[2])"
        let broken = text.replacingCharacters(in: range, with: "\(indent)- \(groups[1])\n" + continued)
        let (line, _) = try Self.place(of: String(text[range]), in: text)
        let result = try Self.check(editing: "signpost.yaml") { _ in broken }
        #expect(
            result.standardOutput == """
                Dialogues/signpost.yaml:\(line + 1):\(indent.count + 1): error: this line continues the text above it but is not indented as far; indent it to column \(indent.count + 3), in line with that text [SP111]
                \(continued)
                \(String(repeating: " ", count: indent.count))^
                1 error and 0 warnings in 1 dialogue.

                """)
    }
}
