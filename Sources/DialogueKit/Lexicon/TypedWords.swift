/// A line split into the words answers are compared by: lower case, apostrophes dropped inside words
/// ("she's" is `shes`), hyphens and other marks as spaces, digits apart from letters ("14yo" is `14`
/// `yo`), and each word (or pair of words) read through the lexicon's `spellings` ("bf" is `boyfriend`,
/// "no one" is `noone`). Typed lines and
/// the dialogue's own phrases are split the same way, so they compare word for word.
struct TypedWords: Hashable, Sendable {
    /// At most this many words of a line are read: enough for any answer, and it bounds the cost of a
    /// crafted line.
    package static let limit = 64

    private(set) var words: [String] = []
    /// Each word's stem (`stem(_:)`), which phrases are found by: "threatened" and "threatening" meet.
    private(set) var stems: [String] = []
    /// For each word, which part of the sentence it is in: a comma, a full stop or `but` starts a new
    /// part, and a negation reaches only within its part.
    private(set) var parts: [Int] = []

    package init(_ text: String, lexicon: Lexicon) {
        var part = 0
        var current = ""
        var currentIsDigits = false
        func finish() {
            guard !current.isEmpty else { return }
            defer { current = "" }
            guard words.count < Self.limit else { return }
            // Two words the lexicon spells as one ("no one" is `noone`, a negation like "nobody").
            if let last = words.last, parts.last == part, let joined = lexicon.spellings[last + " " + current] {
                words.removeLast()
                stems.removeLast()
                parts.removeLast()
                current = ""
                for word in joined where words.count < Self.limit {
                    words.append(word)
                    stems.append(Self.stem(word))
                    parts.append(part)
                }
                return
            }
            for word in lexicon.spellings[current] ?? [current] where words.count < Self.limit {
                words.append(word)
                stems.append(Self.stem(word))
                parts.append(part)
            }
            if current == "but" { part += 1 }
        }
        for character in text.lowercased() {
            let isDigit = character.isASCIIDigit
            if isDigit || character.isLetter {
                if !current.isEmpty, isDigit != currentIsDigits { finish() }
                current.append(character)
                currentIsDigits = isDigit
                continue
            }
            if character == "'" || character == "\u{2019}" || character == "\u{2018}" { continue }
            finish()
            if ",.;:!?\n".contains(character) { part += 1 }
        }
        finish()
    }

    package var isEmpty: Bool { words.isEmpty }
    package var count: Int { words.count }

    /// The words joined by single spaces: what two texts share when they are the same answer.
    package var key: String { words.joined(separator: " ") }

    /// The text's words joined by single spaces, for comparing a typed line with a listed phrase.
    package static func key(_ text: String, lexicon: Lexicon) -> String {
        TypedWords(text, lexicon: lexicon).key
    }

    /// Replaces the word at `index` (a correction of its spelling).
    package mutating func replace(at index: Int, with word: String) {
        words[index] = word
        stems[index] = Self.stem(word)
    }

    /// A word without the endings that rarely change what it means: -ing, -ed, -s, -ies and a last -e,
    /// with a doubled last letter made single ("cutting" and "cut", "shared" and "sharing" meet). Crude,
    /// but typed lines and phrases are cut the same way, which is all matching needs.
    static func stem(_ word: String) -> String {
        var length = word.count
        guard length > 3, word.first?.isASCIIDigit != true else { return word }
        var stem = Substring(word)
        func drop(_ count: Int) {
            stem = stem.dropLast(count)
            length -= count
        }
        if length > 5, stem.hasSuffix("ing") {
            drop(3)
        } else if length > 4, stem.hasSuffix("ied") || stem.hasSuffix("ies") {
            return String(stem.dropLast(3)) + "y"
        } else if length > 4, stem.hasSuffix("ed") {
            drop(2)
        } else if stem.hasSuffix("s"), !stem.hasSuffix("ss"), !stem.hasSuffix("us") {
            drop(1)
        }
        if length > 3, let last = stem.last, stem.dropLast().last == last, !"aeiouls".contains(last) {
            drop(1)
        }
        if length > 4, stem.hasSuffix("e") { drop(1) }
        return String(stem)
    }

    /// Each place `phrase` (given as stems) starts in these words, as consecutive whole words.
    func occurrences(of phrase: [String]) -> [Int] {
        guard !phrase.isEmpty, phrase.count <= stems.count else { return [] }
        return (0...(stems.count - phrase.count)).filter { start in
            stems[start] == phrase[0] && stems[start..<(start + phrase.count)].elementsEqual(phrase)
        }
    }

    /// Each place `phrase` (given as stems) stands in these words, allowing one other word inside a
    /// phrase of two words or more ("wants pictures" in "wants more pictures"): the places of its words.
    func matches(of phrase: [String]) -> [[Int]] {
        guard let first = phrase.first, phrase.count <= stems.count else { return [] }
        var found: [[Int]] = []
        for start in stems.indices where stems[start] == first {
            var positions = [start]
            var skipped = false
            var next = start + 1
            for stem in phrase.dropFirst() {
                if next < stems.count, stems[next] == stem {
                    positions.append(next)
                } else if !skipped, next + 1 < stems.count, stems[next + 1] == stem {
                    skipped = true
                    next += 1
                    positions.append(next)
                } else {
                    break
                }
                next += 1
            }
            if positions.count == phrase.count { found.append(positions) }
        }
        return found
    }

    /// Whether `phrase` (given as words, not stems) stands at `index` in these words.
    package func contains(words phrase: [String], at index: Int) -> Bool {
        index >= 0 && index + phrase.count <= words.count && words[index..<(index + phrase.count)].elementsEqual(phrase)
    }

    /// Whether `phrase` (given as words, not stems) stands anywhere in these words.
    package func contains(words phrase: [String]) -> Bool {
        guard !phrase.isEmpty, phrase.count <= words.count else { return false }
        return (0...(words.count - phrase.count)).contains { words[$0..<($0 + phrase.count)].elementsEqual(phrase) }
    }

    /// The words after the first part of the sentence: "just kids at school" of "I don't think so, just
    /// kids at school". None when the line is one part.
    func afterFirstPart() -> TypedWords {
        var rest = self
        let start = parts.firstIndex { $0 != parts[0] } ?? parts.count
        rest.words = Array(words[start...])
        rest.stems = Array(stems[start...])
        rest.parts = Array(parts[start...])
        return rest
    }

    /// Whether the words before `index`, up to three within its part of the sentence, hold a negation.
    func isNegated(at index: Int, lexicon: Lexicon) -> Bool {
        var look = index - 1
        while look >= 0, look >= index - 3, parts[look] == parts[index] {
            if lexicon.negations.contains(words[look]),
                look == index - 1 || !lexicon.shortNegations.contains(words[look])
            {
                return true
            }
            look -= 1
        }
        return false
    }
}
