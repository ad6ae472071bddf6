/// Something the adult asked for that the pure engine cannot do itself: the shell carries it out.
public enum Effect: Hashable, Sendable {
    /// Write the plan and the support list to a file.
    case savePlan(SaveRequest)
    /// Leave at once, clear the screen and write nothing.
    case hide
}

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
