import Testing

@testable import DialogueKit

/// Two block scalar rules that the held-back half of the YAML test suite found broken, with inputs
/// built from the YAML 1.2 spec rather than copied from the suite.
@Suite struct YAMLBlockScalarEdgeTests {
    /// Every header style with a last line of only whitespace (fewer, as many and more spaces than the
    /// content's indentation, and a tab after it).
    static let whitespaceOnlyEndings: [String] = {
        var inputs: [String] = []
        for header in ["|", "|-", "|+", ">", ">-", ">+"] {
            for last in [" ", "  ", "   ", "    ", "  \t", "  \t "] {
                inputs.append("foo: \(header)\n  x\n\(last)")
                inputs.append("foo: \(header)\n  x\n\n\(last)")
                inputs.append("- \(header)\n  x\n  y\n\(last)")
            }
        }
        return inputs
    }()

    /// A whitespace-only last line without a final line break means the same as the same line with it:
    /// a line break at the end of the file changes nothing.
    @Test(arguments: whitespaceOnlyEndings)
    func aWhitespaceOnlyLastLineMeansTheSameWithoutItsBreak(input: String) {
        #expect(json(input) == json(input + "\n"))
        #expect(!json(input).hasPrefix("error"))
    }

    @Test func aMoreIndentedWhitespaceLastLineKeepsItsLineBreak() {
        #expect(rootText("|\n  x\n   ") == "x\n \n")
        #expect(rootText(">\n  x\n   ") == "x\n \n")
        guard case .success(let document) = parse("foo: |\n  x\n   ") else {
            Issue.record("rejected")
            return
        }
        #expect(document.root?.mapping?.first?.value.scalar?.text == "x\n \n")
    }

    /// Before the first non-empty line fixes a block scalar's indentation, a tab makes a line non-empty,
    /// so the spaces before it would be the indentation: too few, and the tab stands where indentation
    /// must be (YAML 1.2 section 8.1.1.1; 6.1: tabs are never indentation).
    @Test func aTabBeforeTheIndentationIsFixedIsRejected() {
        for input in ["foo: |\n\t\nbar: 1\n", "foo: >\n\tx\n", "- |\n\t\n", "foo: |+\n\t \n", "- - >-\n  \tx\n"] {
            guard case .failure(let error) = parse(input) else {
                Issue.record("accepted: \(input.debugDescription)")
                continue
            }
            #expect(error.reason == .tabIndentation, "\(input.debugDescription)")
            #expect(error.range.start.line == 2)
        }
    }

    /// A space before the tab fixes the indentation at one, so the tab is text; and after the
    /// indentation is fixed, a line holding only a tab ends the scalar like any blank line with less
    /// indentation.
    @Test func tabsThatAreNotIndentationAreKept() {
        #expect(json("foo: |\n \t\nbar: 1\n") == json("{foo: \"\\t\\n\", bar: \"1\"}"))
        #expect(json("foo: |\n  x\n\t\nbar: 1\n") == json("{foo: \"x\\n\", bar: \"1\"}"))
        #expect(json("foo: >\n  \tx\n") == json("{foo: \"\\tx\\n\"}"))
    }
}
