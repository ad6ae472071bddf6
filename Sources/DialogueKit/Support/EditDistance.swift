/// How many single-character edits (insert, delete, replace, swap two neighbours) turn one word into another.
///
/// Used for "did you mean ...?" and for forgiving a misspelt answer. Words here are short, so the
/// straightforward dynamic programme is plenty; `limit` lets callers stop early on long inputs.
package enum EditDistance {
    static func between(_ a: String, _ b: String, limit: Int = .max) -> Int {
        let a = Array(a.unicodeScalars)
        let b = Array(b.unicodeScalars)
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    best = min(best, previousPrevious[j - 2] + 1)
                }
                current[j] = best
                rowMinimum = min(rowMinimum, best)
            }
            if rowMinimum > limit { return limit + 1 }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }

    /// The most different unknown names in one dialogue given a "did you mean": each compares with
    /// every candidate, so past this many a file full of unknown names would take time in proportion
    /// to its square. A hundred slips is already more than anyone reads.
    static let namesSuggestedFor = 100

    /// The candidate closest to `word`, if it is close enough to be a likely slip rather than another word.
    package static func suggestion(for word: String, among candidates: some Sequence<String>) -> String? {
        let allowed = word.count >= 5 ? 2 : 1
        var best: (String, Int)?
        for candidate in candidates where candidate != word {
            if candidate.lowercased() == word.lowercased() { return candidate }
            let distance = between(word, candidate, limit: allowed)
            if distance <= allowed, distance < best?.1 ?? .max { best = (candidate, distance) }
        }
        return best?.0
    }
}
