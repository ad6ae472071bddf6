/// When a choice, a piece of text or a plan item applies: every `when` flag set and no `unless` flag set.
package struct Condition: Hashable, Sendable {
    let when: [String]
    let unless: [String]

    init(when: [String] = [], unless: [String] = []) {
        self.when = when
        self.unless = unless
    }

    static let always = Condition()

    package func holds(for flags: Set<String>) -> Bool {
        when.allSatisfy(flags.contains) && !unless.contains(where: flags.contains)
    }

    /// Every flag the condition tests, for checks that flags are both set and used.
    package var flags: [String] { when + unless }
}
