/// Word wrapping for the terminal and for transcripts: lines no wider than `width` characters, breaking
/// between words. A word longer than a whole line (a long web address) starts a line of its own and is
/// cut at the width, each piece after the first starting with `restPrefix`, so it keeps its indent
/// rather than being wrapped by the terminal to column 0.
enum TextWrapping {
    /// Wraps `text`, starting the first line with `firstPrefix` and the rest with `restPrefix`.
    /// Line breaks in the text are kept.
    static func wrap(_ text: String, width: Int, firstPrefix: String = "", restPrefix: String = "") -> [String] {
        let lines =
            ASCIIWrapping.wrap(text, width: width, firstPrefix: firstPrefix, restPrefix: restPrefix)
            ?? wrapByCharacter(text, width: width, firstPrefix: firstPrefix, restPrefix: restPrefix)
        return cutOverlongWords(lines, width: width, restPrefix: restPrefix)
    }

    /// Lines longer than `width` (a single word too long for any line) cut into pieces of the width,
    /// the pieces after the first indented with `restPrefix`. Left alone when the indent leaves fewer
    /// than 20 columns, where cutting would make a narrow column of fragments.
    static func cutOverlongWords(_ lines: [String], width: Int, restPrefix: String) -> [String] {
        let room = width - restPrefix.count
        guard room >= 20, lines.contains(where: { $0.utf8.count > width && $0.count > width }) else { return lines }
        var result: [String] = []
        result.reserveCapacity(lines.count + 2)
        for line in lines {
            guard line.count > width else {
                result.append(line)
                continue
            }
            var rest = Substring(line)
            result.append(String(rest.prefix(width)))
            rest = rest.dropFirst(width)
            while !rest.isEmpty {
                result.append(restPrefix + rest.prefix(room))
                rest = rest.dropFirst(room)
            }
        }
        return result
    }

    /// `wrap` for any text, counting `Character`s: the reference that `ASCIIWrapping` must agree with.
    static func wrapByCharacter(_ text: String, width: Int, firstPrefix: String = "", restPrefix: String = "")
        -> [String]
    {
        var lines: [String] = []
        var prefix = firstPrefix
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = prefix
            var lineHasWord = false
            for word in unbreakableUnits(paragraph) {
                if lineHasWord, line.count + 1 + word.count > width {
                    lines.append(line)
                    line = restPrefix
                    lineHasWord = false
                }
                line += (lineHasWord ? " " : "") + word
                lineHasWord = true
            }
            lines.append(lineHasWord ? line : String(line.reversed().drop(while: { $0 == " " }).reversed()))
            prefix = restPrefix
        }
        return lines
    }

    /// The paragraph's words, with runs of digit groups kept together so a phone number such as
    /// `0808 800 5000` is never split across two lines.
    static func unbreakableUnits(_ paragraph: Substring) -> [Substring] {
        var units: [Substring] = []
        var previousIsDigits = false
        for word in paragraph.split(separator: " ") {
            let startsAsDigitGroup =
                word.first?.isNumber == true && word.drop(while: \.isNumber).allSatisfy(\.isPunctuation)
            if startsAsDigitGroup, previousIsDigits, let last = units.last {
                units[units.count - 1] = paragraph[last.startIndex..<word.endIndex]
            } else {
                units.append(word)
            }
            previousIsDigits = word.allSatisfy(\.isNumber)
        }
        return units
    }
}
