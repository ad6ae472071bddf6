import Testing

@testable import DialogueKit

/// What an author sees when a file is rejected: the exact rendered message, source line and caret.
@Suite struct YAMLRejectionTests {
    @Test func duplicateKeyNamesBothPlaces() {
        #expect(
            renderedError("ask: one\nhelp: x\nask: two\n") == """
                test.yaml:3:1: error: the key 'ask' appears twice here; each key may be given once [SP113]
                ask: two
                ^~~
                    In YAML terms: a mapping has this key twice.
                test.yaml:1:1: note: 'ask' first appears here
                ask: one
                ^~~

                """)
    }

    @Test func caretLinesUpUnderNonASCIIText() {
        #expect(
            renderedError("ask: \"Qu'est-ce qui s'est passé ?\" x\n") == """
                test.yaml:1:36: error: unexpected text after the value; put the whole value in quotes [SP117]
                ask: "Qu'est-ce qui s'est passé ?" x
                                                   ^

                """)
        #expect(
            renderedError("clé: \"ünïcödé\" # ok\n\tbad: x\n") == """
                test.yaml:2:1: error: a tab is used for indentation; indent with spaces [SP108]
                \tbad: x
                ^

                """)
    }

    @Test func badIndentation() {
        #expect(
            renderedError("nodes:\n  danger:\n    ask: x\n   help: y\n") == """
                test.yaml:4:4: error: this line is indented too far; move it left to column 3, in line with 'danger:' above it, or right to column 5 if it belongs under 'danger:' [SP110]
                   help: y
                   ^

                """)
    }

    @Test func missingColon() {
        #expect(
            renderedError("start: a\nnodes\n") == """
                test.yaml:2:1: error: expected 'key: value' here, but there is no ':' after the key [SP114]
                nodes
                ^~~~~

                """)
    }

    @Test(arguments: [
        ("a: &x value\n", "1:4", "anchors ('&name') are not part of the dialogue format; write the value out in full"),
        ("a: *x\n", "1:4", "aliases ('*name') are not part of the dialogue format; write the value out in full"),
        (
            "a: !!str value\n", "1:4",
            "tags ('!tag') are not part of the dialogue format; remove the tag, every value is text"
        ),
        (
            "%YAML 1.2\n---\na: b\n", "1:1",
            "directives ('%YAML', '%TAG') are not part of the dialogue format; remove the line"
        ),
        (
            "a: b\n---\nc: d\n", "2:1",
            "a file holds one document: remove this '---', and put other dialogues in files of their own"
        ),
        ("a: b\n...\n", "2:1", "the document end marker '...' is not part of the dialogue format; remove it"),
        (
            "? a\n: b\n", "1:1",
            "'? ' keys, and keys that are lists, are not part of the dialogue format; use a plain word as the key"
        ),
        (
            "[a, b]: c\n", "1:7",
            "'? ' keys, and keys that are lists, are not part of the dialogue format; use a plain word as the key"
        ),
        ("a: @x\n", "1:4", "'@' and '`' cannot start plain text; put the text in quotes"),
        ("--- a\n", "1:5", "nothing may follow '---' on its line; start the content on the next line"),
    ])
    func unsupportedFeaturesAreNamed(source: String, position: String, message: String) throws {
        let error = try #require(parse(source).failure)
        #expect("\(error.range.start)" == position)
        #expect(error.message == message)
    }

    @Test(arguments: [
        ("a: b: c\n", "1:5", "a ': ' cannot stand inside this text; put the whole text in quotes"),
        (
            "a: - b\n", "1:4",
            "a list item ('- ') cannot start on the same line as a key; start the list on the next line"
        ),
        ("a: \"open\n", "1:4", "this quoted text is never closed; add the closing \" at the end of the text"),
        ("a: '\n\n", "1:4", "this quoted text is never closed; add the closing ' at the end of the text"),
        ("a: \"open\nb: x\n", "1:4", "this quoted text is never closed; add the closing \" at the end of the text"),
        (
            "a:\n  - \"one\n  - \"two\"\n", "2:5",
            "this quoted text is never closed; add the closing \" at the end of the text"
        ),
        ("a: [b, c\nd: e\n", "1:4", "this '[' is never closed; add the closing ']' at the end of the list"),
        (
            "a:\n  b: \"x\"\n    c: y\n", "3:5",
            "this line is indented too far; move it left to column 3, in line with 'b:' above it"
        ),
        (
            "a:\n  b: x\n    c: y\n", "3:5",
            "'c:' is indented further than 'b:' above it, so it reads as more of that text; move it left to column 3, in line with 'b:'"
        ),
        (
            "a:\n  - b: x\n      c: y\n", "3:7",
            "'c:' is indented further than 'b:' above it, so it reads as more of that text; move it left to column 5, in line with 'b:'"
        ),
        (
            "a:\n  - one two\n  three\nb: x\n", "3:3",
            "this line continues the text above it but is not indented as far; indent it to column 5, in line with that text"
        ),
        ("a: \"\\q\"\n", "1:5", "'\\q' is not a valid escape in double-quoted text; write '\\\\' for a backslash"),
        (
            "a: \"\\u12\"\n", "1:5",
            "'\\u12\"' is not a valid escape in double-quoted text; write '\\\\' for a backslash"
        ),
        (
            "a: |x\n", "1:5",
            "after '|' or '>' only a chomping indicator ('-' or '+'), an indentation digit (1-9) and a comment may follow"
        ),
        (
            "a: |\n     \n  text\n", "2:6",
            "a blank line at the start of a block of text has more spaces than the text's first line"
        ),
        ("a: [b, c\n", "1:4", "this '[' is never closed; add the closing ']' at the end of the list"),
        ("a: {b: c\n", "1:4", "this '{' is never closed; add the closing '}' at the end of the list"),
        ("a: [b c: d, , e]\n", "1:13", "an empty entry: remove the extra ','"),
        ("a: [b] c\n", "1:8", "unexpected text after the value; put the whole value in quotes"),
        ("a: {b: c} d\n", "1:11", "unexpected text after the value; put the whole value in quotes"),
        ("a: [b\n  c, \"d\" e]\n", "2:10", "expected ',' or ']'"),
        ("\"multi\n line\": x\n", "1:1", "a key must fit on one line"),
        ("a: b\n- c\n", "2:1", "a list item cannot stand among 'key: value' lines; put the list under a key"),
        (
            "- a\nb\n", "2:1",
            "this line does not fit the structure above it; check its indentation, or whether it needs '- ' or 'key: '"
        ),
        ("a: \"x\n---\n\"\n", "2:1", "'---' or '...' at the start of a line ends the document; indent this line"),
        (
            "a: b\n  c: d\n", "2:3",
            "'c:' is indented further than 'a:' above it, so it reads as more of that text; move it left to column 1, in line with 'a:'"
        ),
        ("\(String(repeating: "k", count: 1025)): v\n", "1:1", "a key on one line may be at most 1024 characters long"),
    ])
    func malformedInput(source: String, position: String, message: String) throws {
        let error = try #require(parse(source).failure)
        #expect("\(error.range.start)" == position)
        #expect(error.message == message)
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let failure) = self { return failure }
        return nil
    }
}
