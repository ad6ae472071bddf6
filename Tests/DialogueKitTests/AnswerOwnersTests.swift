import Testing

@testable import DialogueKit

/// `AnswerOwners` compares a question's first words one by one and hashes the rest: either way it
/// answers as a dictionary of first owners would, across the switch and after `removeAll`.
@Suite struct AnswerOwnersTests {
    @Test(arguments: [5, AnswerOwners.wordsComparedInTurn, AnswerOwners.wordsComparedInTurn + 1, 200])
    func claimsAgreeWithADictionary(words count: Int) {
        var owners = AnswerOwners()
        for round in 0..<2 {
            owners.removeAll()
            var model: [String: Int] = [:]
            for step in 0..<(count * 3) {
                // Every word comes back: 3 claims of each, from different choices.
                let word = "word \((step * 7 + round) % count)"
                let choice = step % 5
                let expected = model[word]
                if expected == nil { model[word] = choice }
                #expect(owners.claim(word, for: choice) == expected, "\(word) at step \(step)")
            }
        }
    }
}
