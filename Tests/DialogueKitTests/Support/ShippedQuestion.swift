import Testing

@testable import DialogueKit

/// The shipped dialogue waiting at one question, for tests of what one typed line does there.
struct ShippedQuestion {
    static let dialogue: Dialogue? = try? defaultDialogue()
    let id: String

    init(_ id: String) { self.id = id }

    /// What `typed` does, from a conversation waiting at this question.
    func step(_ typed: String, flags: Set<String> = []) throws -> ConversationStep {
        let dialogue = try #require(Self.dialogue, "the shipped dialogue loads")
        var progress = ConversationState.Progress(position: .question(id))
        progress.flags = flags
        return ConversationEngine(dialogue: dialogue).respond(to: typed, in: ConversationState(progress: progress))
    }

    /// The label of the choice `typed` was taken as here, if it was taken at all.
    func taken(_ typed: String) throws -> String? {
        let step = try step(typed)
        for case .answered(let node, let choice) in step.events where node == id {
            return Self.dialogue?.node(id)?.question?.choices[choice].label
        }
        return nil
    }

    /// Whether `typed` was confirmed on screen ("I understood that as ...") rather than taken silently.
    func confirmed(_ typed: String) throws -> Bool {
        try step(typed).replies.contains { if case .notice(.understoodAs) = $0 { true } else { false } }
    }
}
