/// A line-by-line difference between two texts, and its rendering as a unified diff.
enum LineDiff {
    enum Operation: Hashable, Sendable {
        case same(old: Int, new: Int)
        case removed(old: Int)
        case added(new: Int)
    }

    /// The most cells the shortest-edit table may have (about 80 MB).
    static let maximumTableCells = 10_000_000

    /// The shortest edit from `old` to `new` (a longest common subsequence), as indices into each.
    static func operations(_ old: [String], _ new: [String]) -> [Operation] {
        // Trim the common start and end first: transcripts mostly differ in a few lines.
        var prefix = 0
        while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix,
            old[old.count - 1 - suffix] == new[new.count - 1 - suffix]
        {
            suffix += 1
        }
        let a = Array(old[prefix..<(old.count - suffix)])
        let b = Array(new[prefix..<(new.count - suffix)])
        // The table below needs a.count × b.count cells; past a bound (a hostile or runaway transcript),
        // show the middle as removed then added rather than exhaust memory.
        guard a.count.multipliedReportingOverflow(by: b.count).partialValue <= maximumTableCells,
            a.count < maximumTableCells, b.count < maximumTableCells
        else {
            return (0..<prefix).map { Operation.same(old: $0, new: $0) }
                + a.indices.map { Operation.removed(old: prefix + $0) }
                + b.indices.map { Operation.added(new: prefix + $0) }
                + (0..<suffix).map { Operation.same(old: old.count - suffix + $0, new: new.count - suffix + $0) }
        }
        var lengths = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lengths[i][j] = a[i] == b[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var operations = (0..<prefix).map { Operation.same(old: $0, new: $0) }
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                operations.append(.same(old: prefix + i, new: prefix + j))
                i += 1
                j += 1
            } else if i < a.count, j == b.count || lengths[i + 1][j] >= lengths[i][j + 1] {
                operations.append(.removed(old: prefix + i))
                i += 1
            } else {
                operations.append(.added(new: prefix + j))
                j += 1
            }
        }
        for k in 0..<suffix {
            operations.append(.same(old: old.count - suffix + k, new: new.count - suffix + k))
        }
        return operations
    }

    /// A unified diff with `context` lines around each change. `oldNumbers` and `newNumbers` give the
    /// line number to show for each line (a transcript's own numbering, which skips nothing).
    static func unified(
        old: [String], new: [String], oldNumbers: [Int], newNumbers: [Int], oldName: String, newName: String,
        context: Int = 3
    ) -> String {
        let operations = operations(old, new)
        let changed = operations.indices.filter {
            if case .same = operations[$0] { return false }
            return true
        }
        guard !changed.isEmpty else { return "" }
        var hunks: [ClosedRange<Int>] = []
        for index in changed {
            let range = max(0, index - context)...min(operations.count - 1, index + context)
            if let last = hunks.last, range.lowerBound <= last.upperBound + 1 {
                hunks[hunks.count - 1] = last.lowerBound...range.upperBound
            } else {
                hunks.append(range)
            }
        }
        // Lines come from files and from what people typed: shown through VisibleText, so a transcript
        // holding escape sequences cannot steer the terminal and a huge line is shown short.
        func shown(_ line: String) -> String { VisibleText.make(line) }
        var out = "--- \(shown(oldName))\n+++ \(shown(newName))\n"
        for hunk in hunks {
            let slice = operations[hunk]
            let oldIndices = slice.compactMap { operation -> Int? in
                switch operation {
                case .same(let old, _), .removed(let old): old
                case .added: nil
                }
            }
            let newIndices = slice.compactMap { operation -> Int? in
                switch operation {
                case .same(_, let new), .added(let new): new
                case .removed: nil
                }
            }
            let oldStart = oldIndices.first.map { oldNumbers[$0] } ?? 0
            let newStart = newIndices.first.map { newNumbers[$0] } ?? 0
            out += "@@ -\(oldStart),\(oldIndices.count) +\(newStart),\(newIndices.count) @@\n"
            for operation in slice {
                switch operation {
                case .same(let index, _): out += " " + shown(old[index]) + "\n"
                case .removed(let index): out += "-" + shown(old[index]) + "\n"
                case .added(let index): out += "+" + shown(new[index]) + "\n"
                }
            }
        }
        return out
    }
}
