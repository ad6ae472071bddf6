import Testing

@testable import DialogueKit

/// Every scalar style the format accepts, read as YAML reads it.
@Suite struct YAMLScalarTests {
    @Test(
        arguments: [
            ("plain text", "plain text"),
            ("  padded   ", "padded"),
            ("multi\n  line\n\n  folded", "multi line\nfolded"),
            ("a # comment", "a"),
            ("a#not-a-comment", "a#not-a-comment"),
            ("https://example.org/a:b", "https://example.org/a:b"),
            ("-dash: no", nil),
            ("12", "12"),
            ("no", "no"),
            ("'single ''quoted'''", "single 'quoted'"),
            ("'folded\n  single\n\n  quote'", "folded single\nquote"),
            (#""tab\tnew\nline \"q\" \\ \/ \x41\u00e9\U0001F600""#, "tab\tnew\nline \"q\" \\ / A\u{e9}\u{1F600}"),
            (
                #""escaped \N \_ \L \P \0 \a \b \v \f \r \e \  ""#,
                "escaped \u{85} \u{A0} \u{2028} \u{2029} \0 \u{07} \u{08} \u{0B} \u{0C} \r \u{1B}   "
            ),
            ("\"folded  \n  double\n\n  quote\"", "folded double\nquote"),
            ("\"no \\\n  space\"", "no space"),
            ("\"keeps \\t\n  escaped\"", "keeps \t escaped"),
        ] as [(String, String?)])
    func flowScalars(source: String, expected: String?) {
        #expect(rootText(source) == expected)
    }

    @Test(arguments: [
        ("key: |\n  line one\n   indented\n\n  last\n", "line one\n indented\n\nlast\n"),
        ("key: |-\n  stripped\n\n", "stripped"),
        ("key: |+\n  kept\n\n", "kept\n\n"),
        ("key: >\n  folded\n  lines\n\n  para\n    more\n  end\n", "folded lines\npara\n  more\nend\n"),
        ("key: >-\n  folded\n  stripped\n", "folded stripped"),
        ("key: |2\n    two extra\n", "  two extra\n"),
        ("key: |1-\n  x\n", " x"),
        ("key: >+\n\n  after blank\n", "\nafter blank\n"),
        ("key: |\nnext: x\n", ""),
        ("key: | # comment\n  text\n", "text\n"),
    ])
    func blockScalars(source: String, expected: String) throws {
        let document = try parse(source).get()
        #expect(document.root?.mapping?.first?.value.scalar?.text == expected)
    }

    @Test func styleIsRecorded() throws {
        let document = try parse("a: plain\nb: 'single'\nc: \"double\"\nd: |\n  x\ne: >\n  y\nf:\n").get()
        let styles = document.root?.mapping?.map { $0.value.scalar?.style }
        #expect(styles == [.plain, .singleQuoted, .doubleQuoted, .literal, .folded, .plain])
        #expect(document.root?.mapping?.last?.value.scalar?.isEmptyValue == true)
    }
}
