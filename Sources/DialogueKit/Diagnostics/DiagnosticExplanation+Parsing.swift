/// The explanations of the `SP1xx` codes (parsing: the file is not text the dialogue format can read): what `signpost explain` prints.
extension DiagnosticExplanation {
    static let fileTooLargeToParse = DiagnosticExplanation(
        "The file is too large to be a dialogue file",
        """
        A dialogue file may hold at most 4 MiB; anything larger is refused before it is read, so a huge \
        file cannot exhaust memory. Split a long dialogue into parts with `include:`.
        """,
        .described, wrong: "A dialogue file of 5 MiB.",
        right: "The same dialogue split into files of a few kilobytes, joined with `include:`.")

    static let invalidUTF8 = DiagnosticExplanation(
        "A byte that is not UTF-8",
        """
        Dialogue files are UTF-8 text. A file saved in another encoding (Windows-1252, Latin-1) has \
        bytes that are not UTF-8; the message points at the first one.
        """,
        .described, wrong: "A file saved as Windows-1252, with a curly apostrophe stored as the single byte 0x92.",
        right: "The same file saved as UTF-8 (in most editors: Save with encoding, UTF-8).")

    static let nulByte = DiagnosticExplanation(
        "A NUL byte in the file",
        """
        A NUL byte means the file is not text (an image, a word-processor file, or a file saved as \
        UTF-16). Save the dialogue as plain UTF-8 text.
        """,
        .described, wrong: "A dialogue saved as UTF-16, where every other byte is NUL.",
        right: "The same dialogue saved as UTF-8.")

    static let controlCharacterInFile = DiagnosticExplanation(
        "A control character in the file",
        """
        Control characters (escape, backspace and the like) are invisible and could change what a \
        terminal shows, so a dialogue file may not hold them outside a double-quoted escape. Delete the \
        character; most editors can show them.
        """,
        .described, wrong: "title: Example<ESC>[31m   (an escape character, pasted from a terminal)",
        right: "title: Example")

    static let loneCarriageReturn = DiagnosticExplanation(
        "A carriage return without a line feed",
        """
        Lines end with a line feed (LF) or a carriage return and a line feed (CRLF). A carriage return \
        alone (old Mac line endings) is refused, since the lines would be read as one.
        """,
        .described, wrong: "title: Example<CR>start: ask   (old Mac line endings)",
        right: "title: Example<LF>start: ask")

    static let nestingTooDeep = DiagnosticExplanation(
        "Nesting too deep",
        """
        Lists and keys may be nested at most 64 levels deep, so that a file cannot exhaust the parser's \
        stack. No real dialogue comes near this; the file is probably generated or damaged.
        """,
        .described, wrong: "A file of 100 nested lists: `[[[[...]]]]`.",
        right: "A dialogue whose nodes are nested a few levels deep, as in the examples of docs/dialogue-format.md.")

    static let unsupportedYAMLFeature = DiagnosticExplanation(
        "A YAML feature that is not part of the dialogue format",
        """
        The dialogue format is a small part of YAML: anchors (`&name`), aliases (`*name`), tags \
        (`!tag`), directives (`%YAML`), several documents in one file (`---`) and complex keys (`? `) \
        are valid YAML but not part of it. The message says what to write instead.
        """,
        .dialogue,
        wrong: """
            title: &t Example

            """,
        right: """
            title: Example

            """)

    static let tabIndentation = DiagnosticExplanation(
        "A tab used for indentation",
        """
        YAML indents with spaces only; a tab at the start of a line is an error. Set the editor to \
        insert spaces.
        """,
        .dialogue,
        wrong: """
            nodes:
            	done:
            		end: Take care.

            """,
        right: """
            nodes:
              done:
                end: Take care.

            """)

    static let badIndentation = DiagnosticExplanation(
        "A line indented differently from the lines around it",
        """
        A line inside a multi-line value is indented less than the value needs. The parser reports most \
        such lines more precisely (SP110, SP111, SP118, SP126), so this code is seldom seen; line the \
        line up with its siblings.
        """,
        .described, wrong: "A line inside a multi-line list or quoted text that starts left of the text it continues.",
        right: "The same line indented as far as the text it continues.")

    static let indentedTooFar = DiagnosticExplanation(
        "A line indented too far",
        """
        A line is indented further than the lines it stands among, so it belongs to nothing. The message \
        gives the column to move it to, and the column it would need if it belongs under the line above.
        """,
        .dialogue,
        wrong: """
            nodes:
              done:
                end: Take care.
               help: Take your time.

            """,
        right: """
            nodes:
              done:
                end: Take care.

            """)

    static let continuationIndentedTooLittle = DiagnosticExplanation(
        "A continued line not indented as far as its text",
        """
        A text that goes on over several lines must have its later lines indented at least as far as its \
        first. A line further left is read as the end of the text, and then as nothing.
        """,
        .dialogue,
        wrong: """
            sources:
              - A long source
              name

            """,
        right: """
            sources:
              - A long source
                name

            """)

    static let keyIndentedTooFar = DiagnosticExplanation(
        "A key indented further than the key above it",
        """
        A `key:` line indented further than the key above it reads, in YAML, as more of that key's text, \
        which is never what an author means. Move it left, in line with the key above.
        """,
        .dialogue,
        wrong: """
            title: Example
              start: ask

            """,
        right: """
            title: Example
            start: ask

            """)

    static let duplicateKey = DiagnosticExplanation(
        "A key given twice",
        """
        Each key may be given once in the same place; YAML would silently keep only one of the two \
        values. The note points at the first.
        """,
        .dialogue,
        wrong: """
            title: Example
            title: Another

            """,
        right: """
            title: Example

            """)

    static let missingColon = DiagnosticExplanation(
        "No colon after a key",
        """
        A line among `key: value` lines has no `:`. Add the colon, or join the line to the text above it \
        by indenting it.
        """,
        .dialogue,
        wrong: """
            title: Example
            start

            """,
        right: """
            title: Example
            start: ask

            """)

    static let colonInText = DiagnosticExplanation(
        "A colon and a space inside plain text",
        """
        In YAML, `: ` starts a value, so it cannot stand inside unquoted text. Put the whole text in \
        quotes.
        """,
        .dialogue,
        wrong: """
            title: Advice: what to do

            """,
        right: """
            title: "Advice: what to do"

            """)

    static let listItemAfterKey = DiagnosticExplanation(
        "A list item on the same line as its key",
        """
        A list under a key starts on the next line, each item on its own line beginning `- `; or write \
        it in brackets on the same line.
        """,
        .dialogue,
        wrong: """
            sources: - One source

            """,
        right: """
            sources:
              - One source

            """)

    static let unexpectedContent = DiagnosticExplanation(
        "Unexpected text after a value",
        """
        Something follows a complete value on the same line, such as words after a closing quote or \
        bracket. Put the whole value in quotes, or remove the extra text.
        """,
        .dialogue,
        wrong: """
            title: "Example" for staff

            """,
        right: """
            title: "Example for staff"

            """)

    static let unterminatedQuote = DiagnosticExplanation(
        "A quoted text never closed",
        """
        A text opened with a quote must close with the same quote. The message points at the opening \
        quote.
        """,
        .dialogue,
        wrong: """
            title: "Example

            """,
        right: """
            title: "Example"

            """)

    static let invalidEscape = DiagnosticExplanation(
        "An escape that does not exist",
        """
        In double-quoted text a backslash starts an escape such as `\\n` or `\\u202E`. Any other letter \
        after it is an error; write `\\\\` for a backslash, or use single quotes.
        """,
        .dialogue,
        wrong: """
            title: "Example \\q"

            """,
        right: """
            title: "Example \\\\q"

            """)

    static let commentNeedsSpace = DiagnosticExplanation(
        "A comment without a space before its #",
        """
        A `#` starts a comment only after a space. Where it cannot be part of the text (inside \
        brackets), it needs the space.
        """,
        .dialogue,
        wrong: """
            sources: [One,#two]

            """,
        right: """
            sources: [One] # two

            """)

    static let keyTooLong = DiagnosticExplanation(
        "A key longer than 1024 characters",
        """
        A key on one line may be at most 1024 characters long, as in YAML. A key that long is almost \
        always text that lost its `- ` or its indentation.
        """,
        .described, wrong: "A line of 1,100 characters ending in `:`.",
        right: "A short key, with the long text as its value.")

    static let multilineKey = DiagnosticExplanation(
        "A key over several lines",
        """
        A key must fit on one line. A quoted key that runs on to the next line usually lacks its closing \
        quote.
        """,
        .dialogue,
        wrong: """
            "Is the child
             safe": done

            """,
        right: """
            "Is the child safe": done

            """)

    static let invalidBlockScalarHeader = DiagnosticExplanation(
        "Something after | or > that does not belong",
        """
        After `|` or `>` only `-` or `+` (what to do with the last line break), an indentation digit and \
        a comment may follow. Put the text itself on the next lines.
        """,
        .dialogue,
        wrong: """
            title: |x
              Example

            """,
        right: """
            title: |
              Example

            """)

    static let blockScalarLeadingSpaces = DiagnosticExplanation(
        "A blank first line with more spaces than the text",
        """
        At the start of a `|` or `>` block, a line of only spaces is longer than the indentation of the \
        text's first line, which YAML forbids. Delete the spaces on the blank line.
        """,
        .dialogue,
        wrong: """
            title: |
                
              Example

            """,
        right: """
            title: |

              Example

            """)

    static let flowExpected = DiagnosticExplanation(
        "Something missing in a bracketed list",
        """
        Inside `[...]` or `{...}` the parser expected a comma, a closing bracket or a value. Put a text \
        that holds `: ` or `,` in quotes.
        """,
        .dialogue,
        wrong: """
            sources: [One: Two: Three]

            """,
        right: """
            sources: ["One: Two: Three"]

            """)

    static let unterminatedFlow = DiagnosticExplanation(
        "A bracket never closed",
        """
        A `[` or `{` must be closed on the same line or on indented lines after it.
        """,
        .dialogue,
        wrong: """
            sources: [One, Two

            """,
        right: """
            sources: [One, Two]

            """)

    static let documentMarkerInText = DiagnosticExplanation(
        "--- or ... at the start of a line inside text",
        """
        A line that starts with `---` or `...` ends a YAML document, even inside quoted text. Indent the \
        line.
        """,
        .dialogue,
        wrong: """
            title: "Example
            ---
            "

            """,
        right: """
            title: "Example
              ---
              "

            """)

    static let emptyFlowEntry = DiagnosticExplanation(
        "An empty entry in a bracketed list",
        """
        Two commas in a row in a `[...]` list leave an empty entry. Remove the extra comma.
        """,
        .dialogue,
        wrong: """
            sources: [One, , Two]

            """,
        right: """
            sources: [One, Two]

            """)

    static let listItemInMapping = DiagnosticExplanation(
        "A list item among key: value lines",
        """
        A `- ` item cannot stand among `key: value` lines at the same indentation; a list belongs under \
        a key.
        """,
        .dialogue,
        wrong: """
            title: Example
            - One source

            """,
        right: """
            title: Example
            sources:
              - One source

            """)

    static let lineOutsideStructure = DiagnosticExplanation(
        "A line that fits nothing above it",
        """
        The line is neither a list item, nor a `key: value`, nor indented under either. Check its \
        indentation, or whether it needs `- ` or `key: `.
        """,
        .dialogue,
        wrong: """
            - One
            Two

            """,
        right: """
            - One
            - Two

            """)
}
