/// Word wrapping for the terminal and for transcripts: lines no wider than `width` characters, never
/// breaking a word (a long web address stays whole on a line of its own).
enum TextWrapping {
    /// Wraps `text`, starting the first line with `firstPrefix` and the rest with `restPrefix`.
    /// Line breaks in the text are kept.
    static func wrap(_ text: String, width: Int, firstPrefix: String = "", restPrefix: String = "") -> [String] {
        if let lines = ASCIIWrapping.wrap(text, width: width, firstPrefix: firstPrefix, restPrefix: restPrefix) {
            return lines
        }
        return wrapByCharacter(text, width: width, firstPrefix: firstPrefix, restPrefix: restPrefix)
    }

    /// `wrap` for any text, counting `Character`s: the reference that `ASCIIWrapping` must agree with.
    static func wrapByCharacter(_ text: String, width: Int, firstPrefix: String = "", restPrefix: String = "") -> [String] {
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
            let startsAsDigitGroup = word.first?.isNumber == true && word.drop(while: \.isNumber).allSatisfy(\.isPunctuation)
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
