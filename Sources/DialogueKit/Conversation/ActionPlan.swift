/// The steps the adult has earned, in the order earned, each with any collected entries listed under it.
public struct ActionPlan: Hashable, Sendable {
    public struct Step: Hashable, Sendable {
        public let text: String
        public let entries: [String]

        public init(text: String, entries: [String]) {
            self.text = text
            self.entries = entries
        }
    }

    public let steps: [Step]

    public init(steps: [Step]) {
        self.steps = steps
    }
}
