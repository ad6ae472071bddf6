import Testing

@testable import DialogueKit

/// The line diff `signpost test` prints: shortest edits on small inputs, and linear space on large ones.
@Suite struct LineDiffTests {
    /// Checks that `operations` is a valid edit script from `old` to `new` and returns its number of `same` lines.
    private func verify(_ operations: [LineDiff.Operation], _ old: [String], _ new: [String]) -> Int {
        var nextOld = 0
        var nextNew = 0
        var same = 0
        for operation in operations {
            switch operation {
            case .same(let o, let n):
                #expect(o == nextOld && n == nextNew && old[o] == new[n])
                nextOld += 1
                nextNew += 1
                same += 1
            case .removed(let o):
                #expect(o == nextOld)
                nextOld += 1
            case .added(let n):
                #expect(n == nextNew)
                nextNew += 1
            }
        }
        #expect(nextOld == old.count && nextNew == new.count)
        return same
    }

    /// The length of a longest common subsequence, by the textbook quadratic table.
    private func lcsLength(_ a: [String], _ b: [String]) -> Int {
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        return table[0][0]
    }

    @Test func findsTheShortestEditOnSmallInputs() {
        // A fixed pseudo-random sequence over a small alphabet, so lines repeat and the edit is not obvious.
        var state: UInt64 = 12345
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<300 {
            let old = (0..<next(14)).map { _ in ["a", "b", "c", "d"][next(4)] }
            let new = (0..<next(14)).map { _ in ["a", "b", "c", "d"][next(4)] }
            let operations = LineDiff.operations(old, new)
            #expect(verify(operations, old, new) == lcsLength(old, new), "\(old) -> \(new)")
        }
    }

    @Test func keepsCommonLinesAroundAChange() {
        let operations = LineDiff.operations(["a", "b", "c", "d"], ["a", "x", "c", "d", "e"])
        #expect(
            operations == [
                .same(old: 0, new: 0), .removed(old: 1), .added(new: 1), .same(old: 2, new: 2), .same(old: 3, new: 3),
                .added(new: 4),
            ])
    }

    /// Regression by size: the quadratic table needed 3.7 GB for 6,000 changed lines. 60,000 lines on each
    /// side, every one changed, would need 28 GB that way; now it takes a few megabytes.
    @Test func everyLineChangedInALargeTranscriptIsLinear() {
        let old = (0..<60_000).map { "line \($0)" }
        let new = (0..<60_000).map { "changed \($0)" }
        let operations = LineDiff.operations(old, new)
        #expect(operations.count == 120_000)
        #expect(verify(operations, old, new) == 0)
    }

    /// Many small changes spread through a large file are still found one by one, with the lines between kept.
    @Test func scatteredChangesInALargeFileAreKept() {
        let old = (0..<50_000).map { "line \($0)" }
        var new = old
        for index in stride(from: 0, to: new.count, by: 100) { new[index] = "changed \(index)" }
        let operations = LineDiff.operations(old, new)
        #expect(verify(operations, old, new) == 49_500)
    }
}
