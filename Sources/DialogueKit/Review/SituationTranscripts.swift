/// Transcripts made from situations: one conversation per situation, typed by its answers' labels,
/// with `# expect-end:` and `# expect-plan:` lines, so re-recording after a new question is one
/// command whose result is read with `signpost diff` or `git diff`.
package enum SituationTranscripts {
    /// What a transcript or a situation ends with, for telling which situations transcripts cover:
    /// the end node and the plan's steps.
    package struct Outcome: Hashable, Sendable {
        let end: String
        let plan: [String]
    }

    package static func outcome(of situation: Situation) -> Outcome {
        Outcome(end: situation.end, plan: situation.plan)
    }

    /// What a replayed conversation ended with, from its events; `nil` if it did not reach an end.
    package static func outcome(of events: [ConversationEvent]) -> Outcome? {
        var end: String?
        var plan: [String] = []
        for event in events {
            switch event {
            case .ended(let node): end = node
            case .earned(let item): plan.append(item.text)
            case .visited, .answered: break
            }
        }
        return end.map { Outcome(end: $0, plan: plan) }
    }

    /// The transcript for one situation: a comment naming it, the dialogue (a path relative to the
    /// transcript), what it must end with, then the conversation as Signpost has it now.
    package static func transcript(for situation: Situation, number: Int, dialoguePath: String, dialogue: Dialogue)
        -> Transcript
    {
        var comments = [
            " Situation \(number), written by signpost situations --write-transcripts: "
                + situation.answers.map { SituationRenderer.oneLine($0.label) }.joined(separator: " / "),
            " dialogue: \(dialoguePath)",
            " expect-end: \(situation.end)",
        ]
        comments += situation.plan.map { " expect-plan: " + keyWords($0) }
        return TranscriptReplay.record(inputs: situation.inputs, comments: comments, dialogue: dialogue)
    }

    /// The first few words of a plan step: enough to name it, few enough that rewording its end
    /// does not break the expectation.
    static func keyWords(_ step: String) -> String {
        SituationRenderer.oneLine(step).split(separator: " ").prefix(6).joined(separator: " ")
    }
}
