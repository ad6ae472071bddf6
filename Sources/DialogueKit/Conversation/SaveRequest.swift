/// What `save` asked for: where, and whether to include what the adult typed.
public struct SaveRequest: Hashable, Sendable {
    public let path: String
    /// Whether the answers given and the web addresses typed go in too (only when the adult says so).
    public let includingAnswers: Bool

    public init(path: String, includingAnswers: Bool) {
        self.path = path
        self.includingAnswers = includingAnswers
    }
}
