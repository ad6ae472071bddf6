import Foundation
import TestSupport
import Testing

@testable import DialogueKit

/// The shipped dialogue understands what frightened adults typed when they tried it, each line taken
/// where it means (no "Sorry, I did not understand"), and lands at the node that answers it.
@Suite struct ShippedDialoguePhrasingTests {
    static let dialogue: Dialogue? = {
        var files: [String: String] = [:]
        for name in ["signpost.yaml", "school.yaml", "removal.yaml", "situations.yaml", "lexicon.en.yaml"] {
            files["Dialogues/" + name] = try? String(
                contentsOf: packageRoot.appendingPathComponent("Dialogues/" + name), encoding: .utf8)
        }
        return DialogueLoader(files: InMemoryFiles(files.compactMapValues { $0 })).load("Dialogues/signpost.yaml")
            .dialogue
    }()

    /// Lines typed before `typed`, and the node whose advice `typed` must bring.
    struct Case: CustomTestStringConvertible, Sendable {
        let before: [String]
        let typed: String
        let reaches: String
        /// Where two answers truly fit, a short numbered question naming both is right too (issue 16).
        var mayAsk = false
        var testDescription: String { "'\(typed)'" }
    }

    static let cases: [Case] = [
        Case(before: [], typed: "he keeps saying he wants to end it all", reaches: "emergency-health"),
        Case(before: [], typed: "she took an overdose", reaches: "emergency-health"),
        Case(before: ["no"], typed: "she's my daughter", reaches: "what-happened"),
        Case(before: ["no"], typed: "my son", reaches: "what-happened"),
        Case(
            before: ["no", "parent"], typed: "he said someone has a nude photo of him and is sharing it",
            reaches: "told"),
        // Grooming is not "the child told me": nobody need have told anyone.
        Case(before: ["no", "parent"], typed: "she was groomed by a man in a game", reaches: "asked"),
        Case(before: ["no", "parent"], typed: "i think shes being groomed", reaches: "asked"),
        Case(before: ["no", "parent"], typed: "he's asking her for nudes", reaches: "asked"),
        Case(before: ["no", "parent"], typed: "someone wants pictures of her", reaches: "asked"),
        Case(before: ["no", "parent"], typed: "deepfake", reaches: "altered"),
        Case(
            before: ["no", "parent"], typed: "her classmates made a fake nude of her with a nudify app",
            reaches: "altered"),
        Case(before: ["no", "parent"], typed: "a boy photoshopped her face onto a nude", reaches: "altered"),
        Case(before: ["no", "parent"], typed: "it was made with AI", reaches: "altered"),
        Case(
            before: ["no", "parent"], typed: "someone is threatening to make a deepfake of her", reaches: "fake-threat"),
        Case(before: ["no", "parent"], typed: "he says he will make a fake nude of her", reaches: "fake-threat"),
        Case(before: ["no", "parent"], typed: "I forwarded it to my partner", reaches: "forwarded"),
        Case(before: ["no", "parent"], typed: "i screenshotted it", reaches: "forwarded"),
        Case(before: ["no", "parent"], typed: "it's going round the school", reaches: "school-tell"),
        Case(before: ["no", "teacher"], typed: "a pupil showed me the image on their phone", reaches: "staff-shown"),
        Case(before: ["no", "teacher"], typed: "deepfake", reaches: "staff-altered"),
        Case(before: ["no", "teacher"], typed: "it's going round the school", reaches: "staff-spread"),
        Case(before: ["no", "teacher"], typed: "half his year have got it", reaches: "staff-spread"),
        Case(before: ["no", "parent"], typed: "she's in bits", reaches: "worried"),
        Case(before: ["no", "teacher"], typed: "a pupil is in bits but hasn't said why", reaches: "staff-worried"),
        Case(before: ["no", "parent"], typed: "someone is blackmailing her", reaches: "threats"),
        Case(before: ["no", "parent"], typed: "I saw it on snapchat", reaches: "seen"),
        Case(before: ["no", "parent"], typed: "I'm concerned", reaches: "worried"),
        // Both an image and grooming: "told" and the grooming answer both fit, so Signpost asks which.
        Case(
            before: ["no", "I am the DSL"], typed: "she was groomed by a man in a game, he has her picture",
            reaches: "told", mayAsk: true),
    ]

    /// "I saved or sent the image on myself, such as to my partner" is for a parent or relative who
    /// forwarded a copy; a DSL is not offered it.
    @Test(arguments: [("I am the DSL", false), ("parent", true), ("I'm her nan", true)])
    func theForwardedAnswerIsOfferedWhereItFits(who: String, offered: Bool) throws {
        let dialogue = try #require(Self.dialogue, "the shipped dialogue loads")
        let engine = ConversationEngine(dialogue: dialogue)
        var step = engine.start()
        for line in ["no", who] { step = engine.respond(to: line, in: step.state) }
        let prompts = step.replies.compactMap { reply -> QuestionPrompt? in
            if case .question(let prompt) = reply { prompt } else { nil }
        }
        let prompt = try #require(prompts.last, "'\(who)' is asked what has happened")
        #expect(prompt.text == "What has happened?")
        #expect(prompt.options.contains("I saved or sent the image on myself, such as to my partner") == offered)
    }

    @Test(arguments: cases)
    func anAdultsOwnWordsAreUnderstood(_ phrasing: Case) throws {
        let dialogue = try #require(Self.dialogue, "the shipped dialogue loads")
        let engine = ConversationEngine(dialogue: dialogue)
        var step = engine.start()
        for line in phrasing.before { step = engine.respond(to: line, in: step.state) }
        step = engine.respond(to: phrasing.typed, in: step.state)
        if phrasing.mayAsk, case .notice(.ambiguous(_, let choices)) = step.replies.first {
            #expect(choices.count == 2, "a short question")
            return
        }
        let refused = step.replies.contains {
            switch $0 {
            case .notice(.notUnderstood), .notice(.ambiguous): true
            default: false
            }
        }
        #expect(!refused, "'\(phrasing.typed)' was not understood")
        #expect(
            step.origins.contains(phrasing.reaches),
            "'\(phrasing.typed)' shows \(Set(step.origins.compactMap { $0 }).sorted()), not '\(phrasing.reaches)'")
    }
}
