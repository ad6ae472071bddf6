/// Keeps what an adult typed into a collection question (real web addresses, perhaps other private text)
/// out of a recorded transcript, while keeping the conversation the same when it is replayed.
package enum PrivateText {
    /// The inputs with each piece of free text replaced: an entry by its kind's stand-in (`https://example.org/N` for a web address),
    /// anything else by a stand-in that is equally not an entry. Commands and answers are kept.
    package static func replacingFreeText(in inputs: [String], dialogue: Dialogue) -> [String] {
        let engine = ConversationEngine(dialogue: dialogue)
        var state = engine.start().state
        var entries = 0
        return inputs.map { input in
            var kept = input
            if engine.isFreeText(input, in: state) {
                let accepts = state.position.node.flatMap { dialogue.node($0)?.gathering?.accepts }
                if let accepts, accepts.accepts(input.trimmingWhitespace()) {
                    entries += 1
                    kept = accepts.standIn(number: entries)
                } else {
                    kept = "(text removed)"
                }
            }
            state = engine.respond(to: kept, in: state).state
            return kept
        }
    }
}
