/// The numbers an answer also stands for, such as the ages 13 to 15: written `13-15`, `18+` or `12`.
struct NumberRange: Hashable, Sendable, CustomStringConvertible {
    let lowest: Int
    /// The highest number, or `nil` for "and over".
    let highest: Int?

    init(lowest: Int, highest: Int?) {
        self.lowest = lowest
        self.highest = highest
    }

    /// Reads `13-15`, `18+` or `12`; `nil` for anything else, or a range whose ends are the wrong way round.
    package init?(_ text: String) {
        let trimmed = text.filter { !$0.isWhitespace }
        if trimmed.hasSuffix("+"), let lowest = Int(trimmed.dropLast()), lowest >= 0 {
            self.init(lowest: lowest, highest: nil)
        } else if let single = Int(trimmed), single >= 0 {
            self.init(lowest: single, highest: single)
        } else {
            let ends = trimmed.split(separator: "-", omittingEmptySubsequences: false)
            guard ends.count == 2, let lowest = Int(ends[0]), let highest = Int(ends[1]), 0 <= lowest, lowest <= highest
            else { return nil }
            self.init(lowest: lowest, highest: highest)
        }
    }

    package func contains(_ number: Int) -> Bool {
        number >= lowest && highest.map { number <= $0 } ?? true
    }

    func overlaps(_ other: NumberRange) -> Bool {
        contains(other.lowest) || other.contains(lowest)
    }

    var description: String {
        guard let highest else { return "\(lowest)+" }
        return highest == lowest ? "\(lowest)" : "\(lowest)-\(highest)"
    }
}
