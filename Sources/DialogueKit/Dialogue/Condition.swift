/// When a choice, a piece of text or a plan item applies: every `when` flag set and no `unless` flag set.
public struct Condition: Hashable, Sendable {
    public let when: [String]
    public let unless: [String]

    public init(when: [String] = [], unless: [String] = []) {
        self.when = when
        self.unless = unless
    }

    public static let always = Condition()

    public func holds(for flags: Set<String>) -> Bool {
        when.allSatisfy(flags.contains) && !unless.contains(where: flags.contains)
    }

    /// Every flag the condition tests, for checks that flags are both set and used.
    public var flags: [String] { when + unless }
}
