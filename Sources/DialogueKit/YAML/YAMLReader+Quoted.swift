/// Single- and double-quoted scalars, with YAML's escapes and line folding.
extension YAMLReader {
    /// `'text'`, where `''` stands for one quote and nothing else is special.
    mutating func parseSingleQuoted(minimumIndent: Int) throws(YAMLError) -> YAMLNode {
        try parseQuoted(quote: .singleQuote, minimumIndent: minimumIndent)
    }

    /// `"text"`, with backslash escapes such as `\n`, `\"` and `\u00e9`.
    mutating func parseDoubleQuoted(minimumIndent: Int) throws(YAMLError) -> YAMLNode {
        try parseQuoted(quote: .doubleQuote, minimumIndent: minimumIndent)
    }

    private mutating func parseQuoted(quote: UInt8, minimumIndent: Int) throws(YAMLError) -> YAMLNode {
        let start = mark()
        let openingQuote = rangeAhead()
        index += 1
        var text: [UInt8] = []
        // Where the run of unescaped blanks at the end of `text` starts: folding drops it.
        var trailingBlanks: Int?
        while true {
            let byte = peek()
            switch byte {
            case 0:
                throw error(.unterminatedQuote(quote == .singleQuote ? "'" : "\""), openingQuote)
            case quote:
                if quote == .singleQuote, peek(1) == .singleQuote {
                    text.append(.singleQuote)
                    index += 2
                    trailingBlanks = nil
                    continue
                }
                index += 1
                let style: YAMLScalar.Style = quote == .singleQuote ? .singleQuoted : .doubleQuoted
                return YAMLNode(
                    .scalar(YAMLScalar(String(decoding: text, as: UTF8.self), style: style)), range: range(from: start))
            case .lf, .cr:
                if let trailingBlanks { text.removeSubrange(trailingBlanks...) }
                // A line too little indented to continue the text is where the closing quote was forgotten.
                let emptyLines: Int
                do {
                    emptyLines = try foldLineBreak(minimumIndent: minimumIndent)
                } catch {
                    throw error.reason == .badIndentation || error.reason == .tabIndentation
                        ? self.error(.unterminatedQuote(quote == .singleQuote ? "'" : "\""), openingQuote) : error
                }
                if emptyLines == 0 {
                    text.append(.space)
                } else {
                    text.append(contentsOf: repeatElement(.lf, count: emptyLines))
                }
                trailingBlanks = nil
            case .backslash where quote == .doubleQuote:
                if peek(1) == .lf || peek(1) == .cr {
                    index += 1
                    let emptyLines = try foldLineBreak(minimumIndent: minimumIndent)
                    text.append(contentsOf: repeatElement(.lf, count: emptyLines))
                } else {
                    try appendEscape(to: &text)
                }
                trailingBlanks = nil
            case .space, .tab:
                if trailingBlanks == nil { trailingBlanks = text.count }
                text.append(byte)
                index += 1
            default:
                text.append(byte)
                index += 1
                trailingBlanks = nil
            }
        }
    }

    /// Steps over a line break inside a quoted scalar and any blank lines after it, then the next line's
    /// leading whitespace. Returns how many blank lines there were.
    private mutating func foldLineBreak(minimumIndent: Int) throws(YAMLError) -> Int {
        var emptyLines = 0
        consumeBreak()
        while true {
            try enterContinuationLine(minimumIndent: minimumIndent)
            while peek().isBlank { index += 1 }
            guard peek() == .lf || peek() == .cr else { return emptyLines }
            emptyLines += 1
            consumeBreak()
        }
    }

    /// Reads one escape after a backslash and appends what it stands for as UTF-8.
    private mutating func appendEscape(to text: inout [UInt8]) throws(YAMLError) {
        let escapeStart = mark()
        let letter = peek(1)
        let simple: [UInt8]? =
            switch letter {
            case UInt8(ascii: "0"): [0]
            case UInt8(ascii: "a"): [7]
            case UInt8(ascii: "b"): [8]
            case UInt8(ascii: "t"), .tab: [9]
            case UInt8(ascii: "n"): [10]
            case UInt8(ascii: "v"): [11]
            case UInt8(ascii: "f"): [12]
            case UInt8(ascii: "r"): [13]
            case UInt8(ascii: "e"): [27]
            case .space: [32]
            case .doubleQuote: [34]
            case UInt8(ascii: "/"): [47]
            case .backslash: [92]
            case UInt8(ascii: "N"): [0xC2, 0x85]
            case UInt8(ascii: "_"): [0xC2, 0xA0]
            case UInt8(ascii: "L"): [0xE2, 0x80, 0xA8]
            case UInt8(ascii: "P"): [0xE2, 0x80, 0xA9]
            default: nil
            }
        if let simple {
            text.append(contentsOf: simple)
            index += 2
            return
        }
        let digits: Int
        switch letter {
        case UInt8(ascii: "x"): digits = 2
        case UInt8(ascii: "u"): digits = 4
        case UInt8(ascii: "U"): digits = 8
        default:
            let shown = letter.isBreakOrEnd ? "" : String(decoding: [letter], as: UTF8.self)
            throw error(.invalidEscape(shown), SourceRange(start: escapeStart, end: location(at: index + 2)))
        }
        var value: UInt32 = 0
        for offset in 0..<digits {
            guard let digit = hexValue(peek(2 + offset)) else {
                let written = String(
                    decoding: bytes[(index + 1)..<min(index + 2 + offset + 1, bytes.count)], as: UTF8.self)
                throw error(
                    .invalidEscape(written), SourceRange(start: escapeStart, end: location(at: index + 2 + offset)))
            }
            value = value << 4 | digit
        }
        guard let scalar = Unicode.Scalar(value) else {
            let written = String(decoding: bytes[(index + 1)..<(index + 2 + digits)], as: UTF8.self)
            throw error(.invalidEscape(written), SourceRange(start: escapeStart, end: location(at: index + 2 + digits)))
        }
        text.append(contentsOf: Array(String(Character(scalar)).utf8))
        index += 2 + digits
    }

    private func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }
}
