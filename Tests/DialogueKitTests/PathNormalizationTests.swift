import Testing

@testable import DialogueKit

/// `Path.normalized` gives a path that needs no folding back as it is, without splitting it; these
/// check that shortcut against the folding itself on every short path of `a`, `.` and `/`.
@Suite struct PathNormalizationTests {
    /// The folding as written out in full: `.` and empty parts dropped, `..` taking the part before.
    static func folded(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) where part != "." {
            if part == "..", let last = parts.last, last != ".." { parts.removeLast() } else { parts.append(part) }
        }
        return (path.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
    }

    @Test func everyShortPathIsFoldedAsInFull() {
        var paths = [""]
        var all: [String] = []
        for _ in 1...8 {
            paths = paths.flatMap { [$0 + "a", $0 + ".", $0 + "/"] }
            all += paths
        }
        #expect(all.count == 9_840)
        let wrong = all.filter { Path.normalized($0) != Self.folded($0) }
        #expect(wrong.isEmpty, "\(wrong.prefix(5))")
    }

    @Test func pathsThatNeedNoFoldingComeBackAsTheyAre() {
        for path in ["/", "a", "/a/b.yaml", "../a", "a/...", ".hidden/x", "a/.b/c.."] {
            #expect(Path.normalized(path) == path)
        }
        for (path, expected) in ["a/", "a//b", "./a", "a/.", "a/b/..", "/..", "."].map({ ($0, Self.folded($0)) }) {
            #expect(Path.normalized(path) == expected)
        }
    }
}
