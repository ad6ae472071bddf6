/// Answers: words that two answers of a question share, or that a command takes first.
extension DialogueChecker {
    package func answers() -> [CheckFinding] {
        let commandsByLength = dialogueCommandsByLength()
        func command(for typed: String) -> String? {
            let length = typed.utf8.count
            guard length < commandsByLength.count else { return nil }
            return commandsByLength[length].first { $0.word == typed }?.command
        }
        var findings: [CheckFinding] = []
        // Which choice each word typed belongs to, for the question at hand. A question has a few
        // words: they are compared one by one, and hashed only past `AnswerOwners.wordsComparedInTurn`.
        var owners = AnswerOwners()
        for node in dialogue.nodes {
            guard let choices = node.question?.choices else { continue }
            owners.removeAll()
            for (index, choice) in choices.enumerated() {
                for word in choice.names {
                    let typed = AnswerMatcher.normalize(word)
                    if let command = BuiltInCommand.parse(word, normalized: typed)?.command.rawValue
                        ?? command(for: typed)
                    {
                        findings.append(
                            CheckFinding(
                                .answerClashesWithCommand(question: node.id, typed: word, command: command),
                                at: choice.source))
                    }
                    if let number = Int(typed), number >= 1, number <= choices.count, number != index + 1 {
                        findings.append(
                            CheckFinding(
                                .answerIsANumber(
                                    question: node.id, typed: typed, answer: choice.label,
                                    other: choices[number - 1].label), at: choice.source))
                    }
                    if let other = owners.claim(typed, for: index), other != index {
                        findings.append(
                            CheckFinding(
                                .answersClash(
                                    question: node.id, typed: word, first: choices[other].label, second: choice.label),
                                at: choice.source))
                    }
                }
            }
        }
        return findings
    }

    /// The words of the dialogue's own commands, named exactly (the built-in ones are found by the
    /// engine's own rule, `BuiltInCommand.parse`, which also takes `save the messages` as `save` to a
    /// file), by their length in bytes: most answer words have no command of their length, or one or two
    /// to compare with, which is cheaper than hashing every word.
    private func dialogueCommandsByLength() -> [[(word: String, command: String)]] {
        var commands: [String: String] = [:]
        for command in dialogue.anytime {
            for word in [command.command] + command.synonyms {
                commands[AnswerMatcher.normalize(word)] = command.command
            }
        }
        var commandsByLength: [[(word: String, command: String)]] = []
        for (word, command) in commands {
            let length = word.utf8.count
            if commandsByLength.count <= length {
                commandsByLength += Array(repeating: [], count: length + 1 - commandsByLength.count)
            }
            commandsByLength[length].append((word, command))
        }
        return commandsByLength
    }
}
