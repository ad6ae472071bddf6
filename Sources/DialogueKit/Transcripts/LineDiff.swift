/// A line-by-line difference between two texts, and its rendering as a unified diff.
enum LineDiff {
    enum Operation: Hashable, Sendable {
        case same(old: Int, new: Int)
        case removed(old: Int)
        case added(new: Int)
    }

    /// The most lines a difference is searched over before the rest of a changed region is shown as
    /// removed and added in full: beyond it the shortest edit is not worth its cost, and nobody reads
    /// a diff of thousands of lines line by line.
    static let maximumEditSearch = 2_000

    /// The shortest edit from `old` to `new` (a longest common subsequence), as indices into each.
    ///
    /// Myers's O((N+M)·D) algorithm in its linear-space form (the middle snake, divide and conquer), so
    /// memory grows with the number of lines and never with their product. Where more than
    /// `maximumEditSearch` lines of one region differ, that region is reported as removed then added,
    /// which bounds the time by O((N+M)·maximumEditSearch) too.
    static func operations(_ old: [String], _ new: [String]) -> [Operation] {
        // Lines become numbers once, so that every later comparison is of two integers.
        var numbers: [String: Int32] = [:]
        numbers.reserveCapacity(old.count + new.count)
        let a = old.map { line in
            numbers[line]
                ?? {
                    let id = Int32(numbers.count)
                    numbers[line] = id
                    return id
                }()
        }
        let b = new.map { line in
            numbers[line]
                ?? {
                    let id = Int32(numbers.count)
                    numbers[line] = id
                    return id
                }()
        }
        var search = MyersSearch(a: a, b: b, limit: maximumEditSearch)
        search.compare(0, a.count, 0, b.count)
        return removalsFirst(search.operations)
    }

    /// Within each run of changes, the removed lines before the added ones, as a unified diff shows them.
    private static func removalsFirst(_ operations: [Operation]) -> [Operation] {
        var result: [Operation] = []
        result.reserveCapacity(operations.count)
        var added: [Operation] = []
        for operation in operations {
            switch operation {
            case .same:
                result += added
                added.removeAll(keepingCapacity: true)
                result.append(operation)
            case .removed: result.append(operation)
            case .added: added.append(operation)
            }
        }
        return result + added
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

/// The state of one `LineDiff.operations` call: both sides as numbers, the two furthest-reaching arrays
/// (reused by every step of the recursion), and the operations found so far, in order.
private struct MyersSearch {
    package let a: [Int32]
    let b: [Int32]
    package let limit: Int
    var operations: [LineDiff.Operation] = []
    private var forward: [Int]
    private var backward: [Int]

    package init(a: [Int32], b: [Int32], limit: Int) {
        self.a = a
        self.b = b
        self.limit = limit
        let size = 2 * (a.count + b.count) + 4
        forward = [Int](repeating: 0, count: size)
        backward = [Int](repeating: 0, count: size)
        operations.reserveCapacity(a.count + b.count)
    }

    /// Appends the operations that turn `a[aLow..<aHigh]` into `b[bLow..<bHigh]`.
    mutating func compare(_ aLow: Int, _ aHigh: Int, _ bLow: Int, _ bHigh: Int) {
        var aLow = aLow
        var bLow = bLow
        var aHigh = aHigh
        var bHigh = bHigh
        while aLow < aHigh, bLow < bHigh, a[aLow] == b[bLow] {
            operations.append(.same(old: aLow, new: bLow))
            aLow += 1
            bLow += 1
        }
        var suffix = 0
        while aHigh > aLow, bHigh > bLow, a[aHigh - 1] == b[bHigh - 1] {
            aHigh -= 1
            bHigh -= 1
            suffix += 1
        }
        if aLow == aHigh || bLow == bHigh {
            for index in aLow..<aHigh { operations.append(.removed(old: index)) }
            for index in bLow..<bHigh { operations.append(.added(new: index)) }
        } else if let snake = middleSnake(aLow, aHigh, bLow, bHigh) {
            compare(aLow, snake.x, bLow, snake.y)
            for step in 0..<(snake.u - snake.x) { operations.append(.same(old: snake.x + step, new: snake.y + step)) }
            compare(snake.u, aHigh, snake.v, bHigh)
        } else {
            for index in aLow..<aHigh { operations.append(.removed(old: index)) }
            for index in bLow..<bHigh { operations.append(.added(new: index)) }
        }
        for step in 0..<suffix { operations.append(.same(old: aHigh + step, new: bHigh + step)) }
    }

    /// The middle snake of an optimal edit path of a region whose first and last lines differ: a run of
    /// equal lines from (x, y) to (u, v) that splits the problem into two smaller ones. `nil` when the
    /// edit is longer than twice `limit`.
    private mutating func middleSnake(_ aLow: Int, _ aHigh: Int, _ bLow: Int, _ bHigh: Int) -> (
        x: Int, y: Int, u: Int, v: Int
    )? {
        let n = aHigh - aLow
        let m = bHigh - bLow
        let delta = n - m
        let odd = delta & 1 != 0
        // Diagonal k (x - y) is stored at k + offset; the backward search's diagonals centre on delta.
        let maximum = min((n + m + 1) / 2, limit)
        let offset = maximum + 1 + max(0, -delta)
        forward[offset + 1] = 0
        backward[offset + delta - 1] = n
        for d in 0...maximum {
            for k in stride(from: -d, through: d, by: 2) {
                var x: Int
                if k == -d || (k != d && forward[offset + k - 1] < forward[offset + k + 1]) {
                    x = forward[offset + k + 1]
                } else {
                    x = forward[offset + k - 1] + 1
                }
                var y = x - k
                let (startX, startY) = (x, y)
                while x < n, y < m, a[aLow + x] == b[bLow + y] {
                    x += 1
                    y += 1
                }
                forward[offset + k] = x
                if odd, k >= delta - (d - 1), k <= delta + (d - 1), x >= backward[offset + k] {
                    return (aLow + startX, bLow + startY, aLow + x, bLow + y)
                }
            }
            for c in stride(from: -d, through: d, by: 2) {
                let k = c + delta
                var x: Int
                if c == d || (c != -d && backward[offset + k - 1] < backward[offset + k + 1]) {
                    x = backward[offset + k - 1]
                } else {
                    x = backward[offset + k + 1] - 1
                }
                var y = x - k
                let (endX, endY) = (x, y)
                while x > 0, y > 0, a[aLow + x - 1] == b[bLow + y - 1] {
                    x -= 1
                    y -= 1
                }
                backward[offset + k] = x
                if !odd, k >= -d, k <= d, x <= forward[offset + k] {
                    return (aLow + x, bLow + y, aLow + endX, bLow + endY)
                }
            }
        }
        return nil
    }
}
