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
            first != UInt8(ascii: "-"), first != UInt8(ascii: "#"), first != UInt8(ascii: "("),
            !(first >= 0x09 && first <= 0x0D),
            first != 0x20
        {
            return nil
        }
        var text = Substring(line.trimmingWhitespace())
        if text.first == "-" || text.first == "\u{2212}", text.dropFirst().first?.isASCIIDigit == true {
            return .negative
        }
        if text.first == "#" { text = text.dropFirst() }
        if text.first == "(", text.last == ")" { text = text.dropFirst().dropLast() }
        if text.last == "." || text.last == ")" { text = text.dropLast() }
        guard !text.isEmpty, text.count <= 4, text.allSatisfy(\.isASCIIDigit), let number = Int(text) else {
            return nil
        }
        return .number(number)
    }

    /// A number found in a line, with the place of its (last) word.
    struct Found: Equatable {
        var value: Int
        var index: Int
        /// After one of the lexicon's `age-then` words: an age in the past ("was 14").
        var past = false
    }

    /// Every number written in the words, in digits or in the lexicon's words ("twenty one"), in order.
    /// A number after one of the lexicon's `nearly` words, or before one of its `age-soon` phrases, is a
    /// year less ("nearly 13" and "13 next month" are 12).
    static func numbers(in typed: TypedWords, lexicon: Lexicon) -> [Found] {
        let words = typed.words
        var found: [Found] = []
        var index = 0
        while index < words.count {
            let word = words[index]
            let start = index
            var value: Int?
            if let first = word.first, first.isASCIIDigit {
                if word.count <= 4, let number = Int(word) { value = number }
            } else if let number = lexicon.numberWords[word] {
                value = number
                if number >= 20, number % 10 == 0, index + 1 < words.count,
                    let unit = lexicon.numberWords[words[index + 1]],
                    (1...9).contains(unit)
                {
                    value = number + unit
                    index += 1
                }
            }
            if var number = value, number <= largest {
                let soon = lexicon.ageSoon.contains { typed.contains(words: $0, at: index + 1) }
                let nearly = start > 0 && lexicon.nearly.contains(words[start - 1])
                if nearly || soon, number > 0 { number -= 1 }
                let past = start > 0 && lexicon.ageThen.contains(words[start - 1])
                found.append(Found(value: number, index: index, past: past))
            }
            index += 1
        }
        return found
    }

    /// The numbers a line gives as its answer: the first, or the first two when they make a range
    /// ("13 or 14", "13-14", "13 to 14"), so a range across two answers is asked about. Later numbers
    /// are about something else ("17, 18 in August"), and ages in the past ("was 14") are not the
    /// child's age now.
    static func leadingNumbers(in typed: TypedWords, lexicon: Lexicon, skipping skipped: [Int] = []) -> [Int] {
        let found = numbers(in: typed, lexicon: lexicon).filter { !skipped.contains($0.index) && !$0.past }
        guard let first = found.first else { return [] }
        guard found.count > 1 else { return [first.value] }
        let second = found[1]
        let between = typed.words[(first.index + 1)..<second.index]
        let range =
            typed.parts[first.index] == typed.parts[second.index]
            && (between.isEmpty || between.elementsEqual(["or"]) || between.elementsEqual(["to"]))
        return range ? [first.value, second.value] : [first.value]
    }

    /// A line whose first part is only a number from 1 to `count` ("4, he's 19 now"): the number of
    /// an answer, said before the rest.
    static func leadingAnswerNumber(in typed: TypedWords, count: Int) -> Int? {
        guard typed.count > 1, typed.parts[1] != typed.parts[0], let number = Int(typed.words[0]), number >= 1,
            number <= count
        else {
            return nil
        }
        return number
    }

    /// The number of an answer named with the lexicon's words for it: "option 2", "number 3", "the
    /// second one", "2nd".
    static func answerNumber(in typed: TypedWords, lexicon: Lexicon) -> Int? {
        let words = typed.words
        let named =
            words.contains { lexicon.answerNumbers.contains($0) || lexicon.ordinals[$0] != nil }
            || words.contains { ["st", "nd", "rd", "th"].contains($0) }
        guard named else { return nil }
        let rest = words.filter {
            !lexicon.answerNumbers.contains($0) && !lexicon.filler.contains($0)
                && !["st", "nd", "rd", "th"].contains($0)
        }
        guard rest.count == 1, let word = rest.first else { return nil }
        return Int(word) ?? lexicon.ordinals[word] ?? lexicon.numberWords[word]
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
