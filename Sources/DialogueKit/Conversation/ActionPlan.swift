/// The steps the adult has earned, in the order earned, each with any collected entries listed under it.
package struct ActionPlan: Hashable, Sendable {
    package struct Step: Hashable, Sendable {
        package let text: String
        package let entries: [String]

        package init(text: String, entries: [String]) {
            self.text = text
            self.entries = entries
        }
    }

    package let steps: [Step]

    package init(steps: [Step]) {
        self.steps = steps
    }
}
