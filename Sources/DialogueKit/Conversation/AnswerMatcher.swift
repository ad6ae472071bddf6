/// Decides which answer the adult meant, never guessing between two.
///
/// In order: the answer's number; its label or a synonym (ignoring case, surrounding space and
/// punctuation); a prefix that fits one answer only; a close spelling of one answer only.
public struct AnswerMatcher: Sendable {
    public struct Option: Hashable, Sendable {
        public var label: String
        public var synonyms: [String]

        public init(label: String, synonyms: [String] = []) {
            self.label = label
            self.synonyms = synonyms
        }
    }

    public enum Match: Hashable, Sendable {
        case option(Int)
        /// Not written exactly, but close in spelling to one answer only: worth confirming to the adult.
        case closeSpelling(Int)
        /// Several answers fit; their indices, in order.
        case ambiguous([Int])
        case none
    }

    public var options: [Option]

    public init(options: [Option]) {
        self.options = options
    }

    public func match(_ input: String) -> Match {
        let typed = Self.normalize(input)
        guard !typed.isEmpty else { return .none }
        if let number = Int(typed), number >= 1, number <= options.count { return .option(number - 1) }

        let names = options.enumerated().flatMap { index, option in
            ([option.label] + option.synonyms).map { (index, Self.normalize($0)) }
        }
        if let exact = names.first(where: { $0.1 == typed }) { return .option(exact.0) }

        if let byPrefix = unique(names.filter { $0.1.hasPrefix(typed) }.map(\.0)) { return byPrefix }

        guard typed.count >= 3 else { return .none }
        let allowed = typed.count >= 6 ? 2 : 1
        let distances = names.map { ($0.0, EditDistance.between(typed, $0.1, limit: allowed)) }
        guard let best = distances.map(\.1).min(), best <= allowed else { return .none }
        switch unique(distances.filter { $0.1 == best }.map(\.0)) {
        case .option(let index): return .closeSpelling(index)
        case let other: return other ?? .none
        }
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

    /// Lower case, curly quotes made straight, runs of space made one, punctuation at either end dropped.
    public static func normalize(_ text: String) -> String {
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
        var text = Substring(self)
        while text.first?.isWhitespace == true { text.removeFirst() }
        while text.last?.isWhitespace == true { text.removeLast() }
        return String(text)
    }
}
