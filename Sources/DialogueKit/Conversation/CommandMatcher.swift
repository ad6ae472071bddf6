/// Finds the command a mistyped line most likely meant, for commands where a wrong guess is harmless
/// and a missed one is not (`emergancy` should still show the emergency advice).
struct CommandMatcher {
    /// Every way each command can be typed, with the name to act on.
    let names: [(typed: String, command: String)]

    /// The command whose name is close in spelling to `input`, if exactly one is.
    func closeSpelling(of input: String) -> String? {
        let typed = AnswerMatcher.normalize(input)
        guard typed.count >= 3, Int(typed) == nil else { return nil }
        let allowed = typed.count >= 6 ? 2 : 1
        var best: (distance: Int, commands: Set<String>) = (allowed + 1, [])
        for (name, command) in names {
            let distance = EditDistance.between(typed, AnswerMatcher.normalize(name), limit: allowed)
            if distance < best.distance {
                best = (distance, [command])
            } else if distance == best.distance {
                best.commands.insert(command)
            }
        }
        guard best.distance <= allowed, best.commands.count == 1 else { return nil }
        return best.commands.first
    }
}
