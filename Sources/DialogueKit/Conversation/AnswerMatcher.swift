/// Decides which answer the adult meant, never guessing between two.
///
/// In order:
/// 1. a line that is only a number (`2`, `2.`, `(2)`, `#2`) chooses that answer; a negative number
///    chooses nothing. Where the number is also in another answer's `numbers` (an age of 2), it is
///    ambiguous and the adult is asked which they meant; a number past the last answer is read as a
///    number in the answers' ranges;
/// 2. the label or another word of an answer (ignoring case, spaces and punctuation at either end);
/// 3. a way of saying "I don't know" (`UncertainAnswers`), for the answer that is itself one;
/// 4. a number inside the line ("she's 14", "fourteen"), for answers that take numbers;
/// 5. whole words at the start of one answer's label or words ("not" for "Not sure", never "y" for
///    "younger than 13"), or one answer's label or words at the start of the line ("no, she's safe");
/// 6. one answer's words (three letters or more) found whole inside the line ("I'm her mum"), which is
///    confirmed to the adult;
/// 7. a close spelling of one answer only (also confirmed).
public struct AnswerMatcher: Sendable {
    public struct Option: Hashable, Sendable {
        public var label: String
        public var synonyms: [String]
        public var numbers: NumberRange?

        public init(label: String, synonyms: [String] = [], numbers: NumberRange? = nil) {
            self.label = label
            self.synonyms = synonyms
            self.numbers = numbers
        }

        var names: [String] { [label] + synonyms }
    }

    public enum Match: Hashable, Sendable {
        case option(Int)
        /// Not written exactly, but close in spelling to one answer only: worth confirming to the adult.
        case closeSpelling(Int)
        /// One answer's words were found inside a longer line ("I'm her mum"): worth confirming too.
        case foundInLine(Int)
        /// Several answers fit; their indices, in order.
        case ambiguous([Int])
        /// A bare number that is both answer `answer`'s number and in answer `inRange`'s numbers.
        case numberOrRange(number: Int, answer: Int, inRange: Int)
        case none
    }

    public var options: [Option]

    public init(options: [Option]) {
        self.options = options
    }

    public func match(_ input: String) -> Match {
        match(input, normalized: Self.normalize(input))
    }

    /// `match`, given `normalize(input)` already worked out.
    func match(_ input: String, normalized typed: String) -> Match {
        guard !typed.isEmpty else { return .none }
        if let bare = NumberReading.bare(input) { return match(bare) }

        // Every name of every answer, normalised, in order; the first written exactly as typed wins, and
        // then the names after it need not be normalised at all.
        var names: [(Int, String)] = []
        names.reserveCapacity(options.count * 2)
        for (index, option) in options.enumerated() {
            let label = Self.normalize(option.label)
            if label == typed { return .option(index) }
            names.append((index, label))
            for synonym in option.synonyms {
                let name = Self.normalize(synonym)
                if name == typed { return .option(index) }
                names.append((index, name))
            }
        }

        if UncertainAnswers.begins(typed) {
            return unique(names.filter { UncertainAnswers.contains($0.1) }.map(\.0)) ?? .none
        }

        let numbers = Set(NumberReading.numbers(in: typed))
        if !numbers.isEmpty, options.contains(where: { $0.numbers != nil }) {
            let owners = numbers.flatMap { number in options.indices.filter { options[$0].numbers?.contains(number) == true } }
            if let inRange = unique(owners) { return inRange }
        }

        let typedWords = Self.words(typed)
        let byWords = names.filter { Self.words($0.1).starts(with: typedWords) }.map(\.0)
        if let byPrefix = unique(byWords) { return byPrefix }

        // Answers named somewhere in a longer line: taken when only one answer is named, and confirmed
        // unless its name starts the line.
        let named = Set(names.filter { Self.contains(typedWords, run: Self.words($0.1)) }.map(\.0))
        let leading = names.filter { !Self.words($0.1).isEmpty && typedWords.starts(with: Self.words($0.1)) }.map(\.0)
        if case .option(let index) = unique(leading), named.isSubset(of: [index]) { return .option(index) }
        let inside = Set(names.filter { $0.1.count >= 3 && Self.contains(typedWords, run: Self.words($0.1)) }.map(\.0))
        if inside.count == 1, let index = inside.first, named == inside { return .foundInLine(index) }
        if named.count > 1, !inside.isEmpty {
            // The answer named by the longest run of words is the one meant ("yes, she says she wants
            // to die" names "yes" and "wants to die"); if no one run is longest, ask.
            let longest = Dictionary(grouping: names.filter { Self.contains(typedWords, run: Self.words($0.1)) }, by: \.0)
                .mapValues { $0.map { Self.words($0.1).count }.max() ?? 0 }
            let best = longest.values.max() ?? 0
            let winners = longest.filter { $0.value == best }.map(\.key)
            if best >= 2, winners.count == 1, let index = winners.first { return .foundInLine(index) }
            return .ambiguous(named.sorted())
        }

        guard typed.count >= 3 else { return .none }
        let allowed = typed.count >= 6 ? 2 : 1
        let distances = names.map { ($0.0, EditDistance.between(typed, $0.1, limit: allowed)) }
        guard let best = distances.map(\.1).min(), best <= allowed else { return .none }
        switch unique(distances.filter { $0.1 == best }.map(\.0)) {
        case .option(let index): return .closeSpelling(index)
        case let other: return other ?? .none
        }
    }

    private func match(_ bare: NumberReading.Bare) -> Match {
        guard case .number(let number) = bare else { return .none }
        let inRange = options.indices.filter { options[$0].numbers?.contains(number) == true && number <= NumberReading.largest }
        if number >= 1, number <= options.count {
            let answer = number - 1
            if let other = inRange.first(where: { $0 != answer }) {
                return .numberOrRange(number: number, answer: answer, inRange: other)
            }
            return .option(answer)
        }
        return unique(inRange) ?? .none
    }

    private func unique(_ indices: [Int]) -> Match? {
        var seen: [Int] = []
        for index in indices where !seen.contains(index) { seen.append(index) }
        switch seen.count {
        case 0: return nil
        case 1: return .option(seen[0])
        default: return .ambiguous(seen.sorted())
        }
    }

    /// Whether `run` occurs in `words` as consecutive whole words.
    static func contains(_ words: [Substring], run: [Substring]) -> Bool {
        guard !run.isEmpty, run.count <= words.count else { return false }
        return (0...(words.count - run.count)).contains { words[$0..<($0 + run.count)].elementsEqual(run) }
    }

    /// The words of a normalised text, without punctuation at either end of each ("now," is "now").
    static func words(_ text: String) -> [Substring] {
        text.split(separator: " ").map { word in
            var word = word
            while let first = word.first, first.isPunctuation || first.isSymbol { word.removeFirst() }
            while let last = word.last, last.isPunctuation || last.isSymbol { word.removeLast() }
            return word
        }.filter { !$0.isEmpty }
    }

    /// Lower case, curly quotes made straight, runs of space made one, punctuation at either end dropped.
    public static func normalize(_ text: String) -> String {
        asciiNormalized(text) ?? normalizedByCharacter(text)
    }

    /// `normalize` for text that is all ASCII, byte by byte: most of what is typed and written, and a
    /// fifth of a replay's time when done character by character. Works in a temporary buffer (on the
    /// stack for short text), so the only allocation is the result's, and none for 15 bytes or fewer.
    static func asciiNormalized(_ text: String) -> String? {
        let normalized = text.utf8.withContiguousStorageIfAvailable { source -> String? in
            guard !source.isEmpty else { return "" }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: source.count) { bytes -> String? in
                var count = 0
                var pendingSpace = false
                for byte in source {
                    guard byte < 0x80 else { return nil }
                    if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                        pendingSpace = count > 0
                        continue
                    }
                    if pendingSpace {
                        bytes[count] = 0x20
                        count += 1
                        pendingSpace = false
                    }
                    bytes[count] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                    count += 1
                }
                var start = 0
                var end = count
                while start < end, isMark(bytes[start]) { start += 1 }
                while end > start, isMark(bytes[end - 1]) { end -= 1 }
                while start < end, bytes[start] == 0x20 { start += 1 }
                while end > start, bytes[end - 1] == 0x20 { end -= 1 }
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            }
        }
        return normalized ?? asciiNormalizedByCopying(text)
    }

    /// ASCII punctuation and symbols: what `normalize` drops at either end.
    private static func isMark(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte) || (0x7B...0x7E).contains(byte)
    }

    /// `asciiNormalized` for a string without contiguous UTF-8 (bridged text).
    private static func asciiNormalizedByCopying(_ text: String) -> String? {
        var copy = text
        copy.makeContiguousUTF8()
        return copy.utf8.withContiguousStorageIfAvailable { _ in () } == nil ? nil : asciiNormalized(copy)
    }

    static func normalizedByCharacter(_ text: String) -> String {
        var words: [Substring] = []
        let lowered = text.lowercased().replacingCurlyQuotes()
        for word in lowered.split(whereSeparator: { $0.isWhitespace }) { words.append(word) }
        var joined = words.joined(separator: " ")
        while let first = joined.first, first.isPunctuation || first.isSymbol { joined.removeFirst() }
        while let last = joined.last, last.isPunctuation || last.isSymbol { joined.removeLast() }
        return joined.trimmingWhitespace()
    }
}

extension String {
    func replacingCurlyQuotes() -> String {
        String(map { character -> Character in
            switch character {
            case "\u{2018}", "\u{2019}": "'"
            case "\u{201C}", "\u{201D}": "\""
            default: character
            }
        })
    }

    func trimmingWhitespace() -> String {
        // Text that starts and ends with an ASCII byte that is not white space has nothing to trim: no
        // `Character` that begins with white space can start or end there.
        if let first = utf8.first, let last = utf8.last, first < 0x80, last < 0x80, !Self.isASCIIWhitespace(first),
            !Self.isASCIIWhitespace(last)
        {
            return self
        }
        var text = Substring(self)
        while text.first?.isWhitespace == true { text.removeFirst() }
        while text.last?.isWhitespace == true { text.removeLast() }
        return String(text)
    }

    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }
}
