/// Keeps what an adult typed into a collection question (real web addresses, perhaps other private text)
/// out of a recorded transcript, while keeping the conversation the same when it is replayed.
public enum PrivateText {
    /// The inputs with each piece of free text replaced: a web address by `https://example.org/N`,
    /// anything else by a stand-in that is equally not a web address. Commands and answers are kept.
    public static func replacingFreeText(in inputs: [String], dialogue: Dialogue) -> [String] {
        let engine = ConversationEngine(dialogue: dialogue)
        var state = engine.start().state
        var addresses = 0
        return inputs.map { input in
            var kept = input
            if engine.isFreeText(input, in: state) {
                if WebAddress.isValid(input.trimmingWhitespace()) {
                    addresses += 1
                    kept = "https://example.org/\(addresses)"
                } else {
                    kept = "(text removed)"
                }
            }
            state = engine.respond(to: kept, in: state).state
            return kept
        }
    }
}
