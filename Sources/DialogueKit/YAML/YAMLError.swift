/// Why the parser rejected a file, with the span it points at.
package struct YAMLError: Error, Hashable, Sendable {
    var reason: Reason
    package var range: SourceRange

    package init(_ reason: Reason, at range: SourceRange) {
        self.reason = reason
        self.range = range
    }

    /// A YAML feature that is valid YAML but outside the dialogue format, with what to write instead.
    package enum Feature: String, Hashable, Sendable {
        case anchor, alias, tag, directive, documentMarker, documentEnd, complexKey, reservedIndicator
        case contentAfterDocumentMarker
    }

    package enum Reason: Hashable, Sendable {
        case fileTooLarge(limit: Int)
        case invalidUTF8
        case nulByte
        case controlCharacter(UInt32)
        case loneCarriageReturn
        case nestingTooDeep(limit: Int)
        case unsupported(Feature)
        case tabIndentation
        case badIndentation
        /// A line further right than the lines it stands among: move it left to `column` (from 1), in
        /// line with `sibling` (a key, or `-` for list items); or right to `deeper` when it may belong
        /// under the lines that follow the previous key.
        case indentedTooFar(column: Int, sibling: String?, deeper: Int?)
        /// A line that continues the text above it but is not indented as far: indent it to `column`.
        case continuationIndentedTooLittle(column: Int)
        /// `key:` on a line indented further than the key above it, so it reads as more of that key's
        /// text: move it left to `column`, in line with `sibling`.
        case keyIndentedTooFar(key: String, column: Int, sibling: String)
        case duplicateKey(String, first: SourceRange)
        case missingColon
        case mappingValueNotAllowed
        case sequenceEntryNotAllowed
        case unexpectedContent(String)
        case unterminatedQuote(Character)
        case invalidEscape(String)
        case commentNeedsSpace
        case keyTooLong
        case multilineKey
        case invalidBlockScalarHeader
        case blockScalarLeadingSpaces
        case flowExpected(String)
        case unterminatedFlow(Character)
        case documentMarkerInScalar
        case emptyFlowEntry
        case listItemInMapping
        case expectedEndOfDocument
    }

    /// The one-line message an author reads. Each family's switch below names every reason: its own with
    /// their words, the others' as not its own; so a new reason is a compile error in each of them until one
    /// family words it.
    /// A reason every family passes over still gets a message, never a trap.
    package var message: String {
        fileMessage ?? indentationMessage ?? structureMessage ?? textMessage
            ?? "this cannot be read as the dialogue format: 'signpost explain \(code.rawValue)' says more"
    }

    /// The file as a whole: its size, bytes and characters, its depth, and YAML features the format leaves out.
    private var fileMessage: String? {
        switch reason {
        case .fileTooLarge(let limit):
            "the file is larger than \(limit / 1_048_576) MiB, the most a dialogue file may be"
        case .invalidUTF8:
            "this byte is not valid UTF-8; save the file as UTF-8 text"
        case .nulByte:
            "the file contains a NUL byte; is it a text file?"
        case .controlCharacter(let value):
            "control character U+\(hex(value)) is not allowed in a dialogue file"
        case .loneCarriageReturn:
            "a carriage return without a line feed; save the file with LF or CRLF line endings"
        case .nestingTooDeep(let limit):
            "nesting is deeper than \(limit) levels, the most a dialogue file may have"
        case .unsupported(let feature):
            Self.message(for: feature)
        case .tabIndentation, .badIndentation, .indentedTooFar, .continuationIndentedTooLittle, .keyIndentedTooFar,
            .duplicateKey, .missingColon, .mappingValueNotAllowed, .sequenceEntryNotAllowed, .unexpectedContent,
            .unterminatedQuote, .invalidEscape, .commentNeedsSpace, .keyTooLong, .multilineKey,
            .invalidBlockScalarHeader, .blockScalarLeadingSpaces, .flowExpected, .unterminatedFlow,
            .documentMarkerInScalar, .emptyFlowEntry, .listItemInMapping, .expectedEndOfDocument:
            nil
        }
    }

    /// Indentation.
    private var indentationMessage: String? {
        switch reason {
        case .tabIndentation:
            "a tab is used for indentation; indent with spaces"
        case .badIndentation:
            "this line is indented differently from the lines around it; line it up with its siblings"
        case .indentedTooFar(let column, let sibling, let deeper):
            "this line is indented too far; move it left to column \(column)" + Self.inLine(with: sibling)
                + (deeper.map {
                    ", or right to column \($0) if it belongs under "
                        + (sibling.map { $0 == "-" ? "that item" : "'\($0):'" } ?? "the line above")
                } ?? "")
        case .continuationIndentedTooLittle(let column):
            "this line continues the text above it but is not indented as far; indent it to column \(column), in line with that text"
        case .keyIndentedTooFar(let key, let column, let sibling):
            "'\(key):' is indented further than '\(sibling):' above it, so it reads as more of that text; "
                + "move it left to column \(column), in line with '\(sibling):'"
        case .fileTooLarge, .invalidUTF8, .nulByte, .controlCharacter, .loneCarriageReturn, .nestingTooDeep,
            .unsupported, .duplicateKey, .missingColon, .mappingValueNotAllowed, .sequenceEntryNotAllowed,
            .unexpectedContent, .unterminatedQuote, .invalidEscape, .commentNeedsSpace, .keyTooLong, .multilineKey,
            .invalidBlockScalarHeader, .blockScalarLeadingSpaces, .flowExpected, .unterminatedFlow,
            .documentMarkerInScalar, .emptyFlowEntry, .listItemInMapping, .expectedEndOfDocument:
            nil
        }
    }

    /// Keys, list items and lines that do not fit the structure around them.
    private var structureMessage: String? {
        switch reason {
        case .duplicateKey(let key, _):
            "the key '\(key)' appears twice here; each key may be given once"
        case .missingColon:
            "expected 'key: value' here, but there is no ':' after the key"
        case .mappingValueNotAllowed:
            "a ': ' cannot stand inside this text; put the whole text in quotes"
        case .sequenceEntryNotAllowed:
            "a list item ('- ') cannot start on the same line as a key; start the list on the next line"
        case .unexpectedContent(let what):
            "unexpected \(what)"
        case .keyTooLong:
            "a key on one line may be at most 1024 characters long"
        case .multilineKey:
            "a key must fit on one line"
        case .documentMarkerInScalar:
            "'---' or '...' at the start of a line ends the document; indent this line"
        case .listItemInMapping:
            "a list item cannot stand among 'key: value' lines; put the list under a key"
        case .expectedEndOfDocument:
            "this line does not fit the structure above it; check its indentation, or whether it needs '- ' or 'key: '"
        case .fileTooLarge, .invalidUTF8, .nulByte, .controlCharacter, .loneCarriageReturn, .nestingTooDeep,
            .unsupported, .tabIndentation, .badIndentation, .indentedTooFar, .continuationIndentedTooLittle,
            .keyIndentedTooFar, .unterminatedQuote, .invalidEscape, .commentNeedsSpace, .invalidBlockScalarHeader,
            .blockScalarLeadingSpaces, .flowExpected, .unterminatedFlow, .emptyFlowEntry:
            nil
        }
    }

    /// Quoted text, comments, blocks of text and `[...]` or `{...}` lists.
    private var textMessage: String? {
        switch reason {
        case .unterminatedQuote(let quote):
            "this quoted text is never closed; add the closing \(quote) at the end of the text"
        case .invalidEscape(let escape):
            "'\\\(escape)' is not a valid escape in double-quoted text; write '\\\\' for a backslash"
        case .commentNeedsSpace:
            "a comment needs a space before the '#'"
        case .invalidBlockScalarHeader:
            "after '|' or '>' only a chomping indicator ('-' or '+'), an indentation digit (1-9) and a comment may follow"
        case .blockScalarLeadingSpaces:
            "a blank line at the start of a block of text has more spaces than the text's first line"
        case .flowExpected(let what):
            "expected \(what)"
        case .unterminatedFlow(let bracket):
            "this '\(bracket)' is never closed; add the closing '\(bracket == "[" ? "]" : "}")' at the end of the list"
        case .emptyFlowEntry:
            "an empty entry: remove the extra ','"
        case .fileTooLarge, .invalidUTF8, .nulByte, .controlCharacter, .loneCarriageReturn, .nestingTooDeep,
            .unsupported, .tabIndentation, .badIndentation, .indentedTooFar, .continuationIndentedTooLittle,
            .keyIndentedTooFar, .duplicateKey, .missingColon, .mappingValueNotAllowed, .sequenceEntryNotAllowed,
            .unexpectedContent, .keyTooLong, .multilineKey, .documentMarkerInScalar, .listItemInMapping,
            .expectedEndOfDocument:
            nil
        }
    }

    private static func inLine(with sibling: String?) -> String {
        switch sibling {
        case nil: ""
        case "-": ", in line with the '- ' items above it"
        case let key?: ", in line with '\(key):' above it"
        }
    }

    /// The YAML term for what went wrong, for readers who know YAML: shown after the message.
    var term: String? {
        switch reason {
        case .mappingValueNotAllowed, .keyIndentedTooFar: "In YAML terms: a mapping cannot start inside a plain scalar."
        case .duplicateKey: "In YAML terms: a mapping has this key twice."
        default: nil
        }
    }

    private static func message(for feature: Feature) -> String {
        switch feature {
        case .anchor: "anchors ('&name') are not part of the dialogue format; write the value out in full"
        case .alias: "aliases ('*name') are not part of the dialogue format; write the value out in full"
        case .tag: "tags ('!tag') are not part of the dialogue format; remove the tag, every value is text"
        case .directive: "directives ('%YAML', '%TAG') are not part of the dialogue format; remove the line"
        case .documentMarker:
            "a file holds one document: remove this '---', and put other dialogues in files of their own"
        case .documentEnd: "the document end marker '...' is not part of the dialogue format; remove it"
        case .complexKey:
            "'? ' keys, and keys that are lists, are not part of the dialogue format; use a plain word as the key"
        case .reservedIndicator: "'@' and '`' cannot start plain text; put the text in quotes"
        case .contentAfterDocumentMarker: "nothing may follow '---' on its line; start the content on the next line"
        }
    }

    private func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}

extension YAMLError: DiagnosticMessage {
    package var severity: Diagnostic.Severity { .error }

    package var code: DiagnosticCode {
        switch reason {
        case .fileTooLarge: .fileTooLargeToParse
        case .invalidUTF8: .invalidUTF8
        case .nulByte: .nulByte
        case .controlCharacter: .controlCharacterInFile
        case .loneCarriageReturn: .loneCarriageReturn
        case .nestingTooDeep: .nestingTooDeep
        case .unsupported: .unsupportedYAMLFeature
        case .tabIndentation: .tabIndentation
        case .badIndentation: .badIndentation
        case .indentedTooFar: .indentedTooFar
        case .continuationIndentedTooLittle: .continuationIndentedTooLittle
        case .keyIndentedTooFar: .keyIndentedTooFar
        case .duplicateKey: .duplicateKey
        case .missingColon: .missingColon
        case .mappingValueNotAllowed: .colonInText
        case .sequenceEntryNotAllowed: .listItemAfterKey
        case .unexpectedContent: .unexpectedContent
        case .unterminatedQuote: .unterminatedQuote
        case .invalidEscape: .invalidEscape
        case .commentNeedsSpace: .commentNeedsSpace
        case .keyTooLong: .keyTooLong
        case .multilineKey: .multilineKey
        case .invalidBlockScalarHeader: .invalidBlockScalarHeader
        case .blockScalarLeadingSpaces: .blockScalarLeadingSpaces
        case .flowExpected: .flowExpected
        case .unterminatedFlow: .unterminatedFlow
        case .documentMarkerInScalar: .documentMarkerInText
        case .emptyFlowEntry: .emptyFlowEntry
        case .listItemInMapping: .listItemInMapping
        case .expectedEndOfDocument: .lineOutsideStructure
        }
    }
}

extension YAMLError: DiagnosticConvertible {
    package func diagnostics(file: String) -> [Diagnostic] {
        var notes: [Diagnostic.Note] = []
        if case .duplicateKey(let key, let first) = reason {
            notes.append(.init(message: "'\(key)' first appears here", file: file, range: first))
        }
        return [Diagnostic(self, file: file, range: range, details: term.map { [$0] } ?? [], notes: notes)]
    }
}
