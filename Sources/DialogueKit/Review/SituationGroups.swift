/// Situations gathered for reading when a dialogue has too many plans to read one by one (the shipped
/// dialogue adds plan steps answer by answer, so nearly every situation has a plan of its own).
///
/// Situations are grouped by their answers to the questions every conversation answers (who the adult
/// is, what happened); each group shows the steps every plan in it has, then the steps only some have,
/// each with the answers that bring it, then one line per situation: its other answers and which of
/// those steps it adds. Linear in the situations and their steps.
struct SituationGroups: Hashable, Sendable {
    /// A step only some plans of a group have.
    struct Step: Hashable, Sendable {
        let text: String
        /// How many situations of the group have it.
        let count: Int
        /// Answers every situation with the step gave, beyond those the whole group gave: what brings it.
        let when: [Situation.Answer]
    }

    struct Group: Hashable, Sendable {
        /// The answers every situation of the group gave to the questions every conversation answers.
        let key: [Situation.Answer]
        let situations: [Situation]
        /// Steps every plan of the group has, in the order of its first plan.
        let core: [String]
        let varying: [Step]
        let distinctPlans: Int
        /// The sources and review dates of the advice on the ways, each once.
        let origins: [Situation.Origin]
    }

    /// The questions (node ids) every situation answered, by which the groups are made.
    let questions: [String]
    let groups: [Group]

    package init(_ situations: [Situation]) {
        var questions = situations.first?.answers.map(\.node) ?? []
        for situation in situations.dropFirst() {
            let answered = Set(situation.answers.map(\.node))
            questions.removeAll { !answered.contains($0) }
        }
        self.questions = questions
        var order: [[Situation.Answer]] = []
        var members: [[Situation.Answer]: [Situation]] = [:]
        for situation in situations {
            let key = questions.compactMap { node in situation.answers.first { $0.node == node } }
            if members[key] == nil { order.append(key) }
            members[key, default: []].append(situation)
        }
        groups = order.map { key in Self.group(key: key, members[key] ?? []) }
    }

    private static func group(key: [Situation.Answer], _ situations: [Situation]) -> Group {
        var stepCounts: [String: Int] = [:]
        var stepOrder: [String] = []
        var withStep: [String: Set<Situation.Answer>] = [:]
        var all: Set<Situation.Answer>?
        var origins: [Situation.Origin] = []
        for situation in situations {
            let answers = Set(situation.answers)
            all = all.map { $0.intersection(answers) } ?? answers
            for step in Set(situation.plan) {
                stepCounts[step, default: 0] += 1
                withStep[step] = withStep[step].map { $0.intersection(answers) } ?? answers
            }
            for step in situation.plan where !stepOrder.contains(step) { stepOrder.append(step) }
            for origin in situation.origins where !origins.contains(origin) { origins.append(origin) }
        }
        let shared = all ?? []
        let core = stepOrder.filter { stepCounts[$0] == situations.count }
        let varying = stepOrder.filter { stepCounts[$0] != situations.count }.map { text in
            let brings = (withStep[text] ?? []).subtracting(shared)
            let ordered = situations.first { $0.plan.contains(text) }?.answers.filter(brings.contains) ?? []
            return Step(text: text, count: stepCounts[text] ?? 0, when: ordered)
        }
        return Group(
            key: key, situations: situations, core: core, varying: varying,
            distinctPlans: Set(situations.map(\.plan)).count,
            origins: origins)
    }
}
