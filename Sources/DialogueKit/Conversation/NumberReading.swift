/// Reads numbers out of what people type: "15", "(3)", "she's 14", "fourteen", "twenty-one".
enum NumberReading {
    /// Numbers larger than this are not read as anyone's age or count.
    static let largest = 150

    /// What a whole line says when it is only a number.
    enum Bare: Equatable {
        case number(Int)
        /// A negative number such as `-1`, which is never an answer.
        case negative
    }

    /// The line as a bare number, allowing the ways people mark a menu number: `3`, `3.`, `3)`, `(3)`,
    /// `#3`. `nil` when the line is anything else.
    static func bare(_ line: String) -> Bare? {
        // A line that starts with an ASCII character other than a digit, `-`, `#` or `(` is no number:
        // known from its first byte, as it is for most answers.
        if let first = line.utf8.first, first < 0x80, !(first >= 0x30 && first <= 0x39),
            first != UInt8(ascii: "-"), first != UInt8(ascii: "#"), first != UInt8(ascii: "("), !(first >= 0x09 && first <= 0x0D),
            first != 0x20
        {
            return nil
        }
        var text = Substring(line.trimmingWhitespace())
        if text.first == "-" || text.first == "\u{2212}", text.dropFirst().first?.isASCIIDigit == true { return .negative }
        if text.first == "#" { text = text.dropFirst() }
        if text.first == "(", text.last == ")" { text = text.dropFirst().dropLast() }
        if text.last == "." || text.last == ")" { text = text.dropLast() }
        guard !text.isEmpty, text.count <= 4, text.allSatisfy(\.isASCIIDigit), let number = Int(text) else { return nil }
        return .number(number)
    }

    /// Every number written in the line, in digits or in words, in order.
    static func numbers(in line: String) -> [Int] {
        let words = line.lowercased().split { !($0.isLetter || $0.isASCIIDigit) }
        var found: [Int] = []
        var index = 0
        while index < words.count {
            let word = words[index]
            let digits = word.prefix(while: \.isASCIIDigit)
            if !digits.isEmpty, digits.count <= 4, let number = Int(digits) {
                found.append(number)
            } else if let tens = tensWords[String(word)] {
                if index + 1 < words.count, let unit = unitWords[String(words[index + 1])], (1...9).contains(unit) {
                    found.append(tens + unit)
                    index += 1
                } else {
                    found.append(tens)
                }
            } else if let unit = unitWords[String(word)] {
                found.append(unit)
            }
            index += 1
        }
        return found.filter { $0 <= largest }
    }

    private static let unitWords: [String: Int] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]

    private static let tensWords: [String: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
