/// Where a replay first differs from its transcript, and the dialogue node responsible.
struct ReplayDivergence: Hashable, Sendable {
    /// The transcript's line where the difference starts.
    package let line: Int
    package let node: String?
    package let source: SourceReference?
}
