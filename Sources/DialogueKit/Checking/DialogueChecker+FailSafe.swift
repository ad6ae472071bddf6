/// Questions that fail safe (`if-unclear:`), proved through the engine itself: every sign of danger the
/// lexicon lists, and every phrase of an answer that is not `safe`, typed alone, after "no," or inside a
/// sentence, and every hedged no ("I don't think so") typed alone, must reach an answer that is not
/// `safe` or the fail-safe advice. Never the `safe` answer.
extension DialogueChecker {
    func failSafe(_ engine: ConversationEngine) -> [CheckFinding] {
        var findings: [CheckFinding] = []
        for node in dialogue.nodes {
            guard let question = node.question, let advice = question.ifUnclear else { continue }
            if let target = dialogue.node(advice.id), !target.isMessage {
                findings.append(
                    CheckFinding(.failSafeNotMessage(question: node.id, target: advice.id), at: advice.source))
                continue
            }
            // The engine shows only the advice's own `say` (it does not follow `next`): it must say something
            // whatever the flags.
            if let target = dialogue.node(advice.id), !target.say.contains(where: { $0.condition == .always }) {
                findings.append(
                    CheckFinding(.failSafeSaysNothing(question: node.id, target: advice.id), at: advice.source))
            }
            // Its signs of danger are the lexicon's.
            if dialogue.lexicon.isEmpty { findings.append(CheckFinding(.noLexicon, at: advice.source)) }
            let safe = Set(question.choices.indices.filter { question.choices[$0].safe })
            if safe.isEmpty {
                findings.append(CheckFinding(.failSafeWithoutSafeAnswer(node.id), at: advice.source))
                continue
            }
            var signs = dialogue.lexicon.dangerSigns.map { $0.joined(separator: " ") }
            for index in question.choices.indices
            where !safe.contains(index)
                && !question.choices[index].names.contains(where: {
                    dialogue.lexicon.unsure.contains(TypedWords.key($0, lexicon: dialogue.lexicon))
                })
            {
                signs += question.choices[index].names
            }
            var lines = signs.flatMap { sign in [sign, "no, \(sign)", "I think \(sign)", "no but \(sign)"] }
            // A hedged no ("I don't think so") is "not sure" here, never the answer that rules danger out.
            lines += dialogue.lexicon.hedgedNo.sorted()
            var missed: [(typed: String, answer: String)] = []
            for typed in lines {
                let state = ConversationState(progress: .init(position: .question(node.id)))
                let step = engine.respond(to: typed, in: state)
                for case .answered(let at, let choice) in step.events where at == node.id && safe.contains(choice) {
                    missed.append((typed, question.choices[choice].label))
                }
            }
            if let first = missed.first {
                findings.append(
                    CheckFinding(
                        .failSafeMissed(
                            question: node.id, typed: first.typed, answer: first.answer, others: missed.count - 1),
                        at: advice.source))
            }
        }
        return findings
    }
}
