/// How a declared guarantee is broken, as a value: the prover finds it, `CheckFinding` words it.
package enum GuaranteeBreach: Hashable, Sendable {
    /// `first-question`: the first node that waits is not `expected`.
    case firstQuestionIsNot(expected: String)
    /// `works-everywhere`: typing `command` at `node` does not show `target`.
    case commandDoesNotShow(command: String, node: String, target: String)
    /// `every-ending-mentions`: the ending at `node` names none of the contact's details.
    case endingLacksContact(node: String, contact: String, details: [String])
    /// `every-plan-includes`: the plan at the end `node` (`atEnd`), or shown at `node` by a command,
    /// where `condition` holds, has no step that says `text`.
    case planLacksStep(node: String, atEnd: Bool, condition: Condition, text: String)
    /// `never-reaches`: a conversation where `condition` holds reaches `node`.
    case reaches(node: String, condition: Condition)

    /// The guarantee's key in the dialogue file.
    var guarantee: String {
        switch self {
        case .firstQuestionIsNot: "first-question"
        case .commandDoesNotShow: "works-everywhere"
        case .endingLacksContact: "every-ending-mentions"
        case .planLacksStep: "every-plan-includes"
        case .reaches: "never-reaches"
        }
    }

    package var code: DiagnosticCode {
        switch self {
        case .firstQuestionIsNot: .firstQuestionBroken
        case .commandDoesNotShow: .worksEverywhereBroken
        case .endingLacksContact: .everyEndingMentionsBroken
        case .planLacksStep: .everyPlanIncludesBroken
        case .reaches: .neverReachesBroken
        }
    }

    /// What is wrong, as the middle of "the guarantee 'x' is broken: <problem>; this conversation shows it:".
    package var problem: String {
        switch self {
        case .firstQuestionIsNot(let expected):
            "the first question asked is not '\(expected)'"
        case .commandDoesNotShow(let command, let node, let target):
            "typing '\(command)' at '\(node)' does not show '\(target)'"
        case .endingLacksContact(let node, let contact, let details):
            "the ending at '\(node)' does not mention \(contact) (\(details.joined(separator: ", ")))"
        case .planLacksStep(let node, true, let condition, let text):
            "the plan at the end '\(node)'\(Self.describe(condition)) has no step that says '\(text)'"
        case .planLacksStep(let node, false, let condition, let text):
            "the plan shown at '\(node)'\(Self.describe(condition)) (by 'plan', 'quit' or 'save') has no step that says '\(text)'"
        case .reaches(let node, let condition):
            "a conversation\(Self.describe(condition)) reaches '\(node)'"
        }
    }

    /// The condition as words, such as " with 'staff' set"; empty when it always holds.
    private static func describe(_ condition: Condition) -> String {
        func names(_ flags: [String]) -> String { flags.map { "'\($0)'" }.joined(separator: " and ") }
        var parts: [String] = []
        if !condition.when.isEmpty { parts.append("\(names(condition.when)) set") }
        if !condition.unless.isEmpty { parts.append("\(names(condition.unless)) not set") }
        return parts.isEmpty ? "" : " with " + parts.joined(separator: " and ")
    }
}
