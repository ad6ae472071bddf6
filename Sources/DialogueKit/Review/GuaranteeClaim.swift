/// One thing a dialogue's guarantees promise, on its own: "every ending mentions Childline", "a
/// conversation with 'staff' set never reaches 'removal-start'". Two versions of a dialogue are compared
/// claim by claim, so a guarantee removed or narrowed in an edit is seen even when `check` passes.
package struct GuaranteeClaim: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The guarantee's key, such as `never-reaches`.
    let kind: String
    /// What it is about: a node, a contact, a command, or the text a plan must hold.
    let subject: String
    package let condition: Condition

    init(kind: String, subject: String, condition: Condition = .always) {
        self.kind = kind
        self.subject = subject
        self.condition = condition
    }

    /// Every claim of a dialogue's guarantees. A `never-reaches` entry is one claim per node it
    /// covers, tags resolved to the nodes that carry them, so that replacing a list of nodes by a tag
    /// that covers them all loses nothing.
    static func claims(of dialogue: Dialogue) -> [GuaranteeClaim] {
        let guarantees = dialogue.guarantees
        var claims: [GuaranteeClaim] = []
        if let first = guarantees.firstQuestion {
            claims.append(GuaranteeClaim(kind: "first-question", subject: first.id))
        }
        claims += guarantees.worksEverywhere.map { GuaranteeClaim(kind: "works-everywhere", subject: $0.name) }
        claims += guarantees.everyEndingMentions.map { GuaranteeClaim(kind: "every-ending-mentions", subject: $0.name) }
        claims += guarantees.everyPlanIncludes.map {
            GuaranteeClaim(
                kind: "every-plan-includes",
                subject: $0.text.split(whereSeparator: \.isWhitespace).joined(separator: " "), condition: $0.condition)
        }
        for forbidden in guarantees.neverReaches {
            for id in forbidden.nodeIDs(in: dialogue) {
                claims.append(GuaranteeClaim(kind: "never-reaches", subject: id, condition: forbidden.condition))
            }
        }
        return Array(Set(claims)).sorted()
    }

    /// Whether this claim holds in no more conversations than `other` about the same subject: every flag
    /// its condition needs set or unset, `other`'s needs too.
    func isNarrower(than other: GuaranteeClaim) -> Bool {
        Set(condition.when).isSuperset(of: other.condition.when)
            && Set(condition.unless).isSuperset(of: other.condition.unless)
    }

    package var description: String {
        var words: String
        switch kind {
        case "first-question": words = "the first question is '\(subject)'"
        case "works-everywhere": words = "'\(subject)' works at every prompt"
        case "every-ending-mentions": words = "every ending mentions \(subject)"
        case "every-plan-includes": words = "every plan includes '\(subject)'"
        case "never-reaches": words = "no conversation reaches '\(subject)'"
        default: words = "\(kind): \(subject)"
        }
        var parts: [String] = []
        if !condition.when.isEmpty {
            parts.append("with " + condition.when.map { "'\($0)'" }.joined(separator: " and ") + " set")
        }
        if !condition.unless.isEmpty {
            parts.append("unless " + condition.unless.map { "'\($0)'" }.joined(separator: " or ") + " set")
        }
        if !parts.isEmpty { words += " (" + parts.joined(separator: ", ") + ")" }
        return words
    }

    package static func < (lhs: GuaranteeClaim, rhs: GuaranteeClaim) -> Bool {
        (lhs.kind, lhs.subject, lhs.condition.when.joined(separator: ","), lhs.condition.unless.joined(separator: ","))
            < (
                rhs.kind, rhs.subject, rhs.condition.when.joined(separator: ","),
                rhs.condition.unless.joined(separator: ",")
            )
    }
}

/// How the guarantees differ between two versions of a dialogue.
package struct GuaranteeChanges: Hashable, Sendable {
    let added: [GuaranteeClaim]
    package let removed: [GuaranteeClaim]
    /// Claims that still stand but cover fewer conversations (or otherwise changed their condition):
    /// the old claim and the new.
    package let narrowed: [Narrowing]
    /// Claims that now cover more conversations.
    let widened: [Narrowing]

    package struct Narrowing: Hashable, Sendable {
        let old: GuaranteeClaim
        let new: GuaranteeClaim
    }

    package init(old: Dialogue, new: Dialogue) {
        self.init(old: GuaranteeClaim.claims(of: old), new: GuaranteeClaim.claims(of: new))
    }

    package init(old: [GuaranteeClaim], new: [GuaranteeClaim]) {
        let oldSet = Set(old)
        let newSet = Set(new)
        var gone = old.filter { !newSet.contains($0) }
        var came = new.filter { !oldSet.contains($0) }
        var narrowed: [Narrowing] = []
        var widened: [Narrowing] = []
        for claim in gone {
            guard let index = came.firstIndex(where: { $0.kind == claim.kind && $0.subject == claim.subject }) else {
                continue
            }
            let replacement = came.remove(at: index)
            gone.removeAll { $0 == claim }
            // Looser on every flag is wider; anything else (stricter, or different) narrows it somewhere.
            if claim.isNarrower(than: replacement) {
                widened.append(Narrowing(old: claim, new: replacement))
            } else {
                narrowed.append(Narrowing(old: claim, new: replacement))
            }
        }
        added = came
        removed = gone
        self.narrowed = narrowed
        self.widened = widened
    }

    /// Whether an edit weakened the guarantees: one removed, or narrowed.
    package var isWeakened: Bool { !removed.isEmpty || !narrowed.isEmpty }

    package var isEmpty: Bool { added.isEmpty && removed.isEmpty && narrowed.isEmpty && widened.isEmpty }
}
