/// Where a replay first differs from its transcript, and the dialogue node responsible.
public struct ReplayDivergence: Hashable, Sendable {
    /// The transcript's line where the difference starts.
    public let line: Int
    public let node: String?
    public let source: SourceReference?
}
