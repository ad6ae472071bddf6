/// What `save` asked for: where, and whether to include what the adult typed.
package struct SaveRequest: Hashable, Sendable {
    package let path: String
    /// Whether the answers given and the web addresses typed go in too (only when the adult says so).
    package let includingAnswers: Bool

    package init(path: String, includingAnswers: Bool) {
        self.path = path
        self.includingAnswers = includingAnswers
    }
}
