import Foundation
import TestSupport
import Testing

@testable import DialogueKit

/// Issue 16: each reproduction, on the shipped dialogue, behaves as the issue asks.
@Suite struct UnderstandingReproductionTests {
    static let dialogue: Dialogue? = try? defaultDialogue()

    /// What one line typed at a question does, from a conversation waiting there.
    private func step(_ typed: String, at question: String, flags: Set<String> = []) throws -> ConversationStep {
        let dialogue = try #require(Self.dialogue, "the shipped dialogue loads")
        var progress = ConversationState.Progress(position: .question(question))
        progress.flags = flags
        return ConversationEngine(dialogue: dialogue).respond(to: typed, in: ConversationState(progress: progress))
    }

    private func taken(_ step: ConversationStep, at question: String) -> Int? {
        for case .answered(let node, let choice) in step.events where node == question { return choice }
        return nil
    }

    private func label(_ index: Int?, at question: String) -> String? {
        index.flatMap { Self.dialogue?.node(question)?.question?.choices[$0].label }
    }

    private func confirmed(_ step: ConversationStep) -> Bool {
        step.replies.contains { if case .notice(.understoodAs) = $0 { true } else { false } }
    }

    /// 1. Danger at the danger question is never met with "Sorry, I did not understand": the emergency
    /// advice comes at once, whether the words were understood or not.
    @Test(arguments: [
        "he hasnt come home and i think hes gone to meet someone he met online", "he ran away", "hes gone to meet him",
        "shes with him now", "hes missing",
    ])
    func dangerIsNeverMissed(typed: String) throws {
        let step = try step(typed, at: "danger")
        let choice = taken(step, at: "danger")
        #expect(choice != 2, "'\(typed)' was taken as 'No'")
        let advised = step.origins.contains("emergency") || step.origins.contains("emergency-police")
        #expect(advised, "'\(typed)' brought no emergency advice: \(step.origins)")
        #expect(!step.replies.contains { if case .notice(.notUnderstood) = $0 { true } else { false } })
        #expect(Self.saysCall999(step), "'\(typed)' visited the advice but showed none of its words")
    }

    /// An unclear line at the danger question shows the emergency advice's own words, not only its name
    /// in the events (the advice was once a message that only added to the plan, and said nothing).
    @Test(arguments: ["not rite now no", "purple", "erm"])
    func theFailSafeAdviceIsShownInWords(typed: String) throws {
        let step = try step(typed, at: "danger")
        #expect(Self.saysCall999(step), "'\(typed)' showed no emergency advice: \(step.replies)")
    }

    /// A sign of danger typed at a later question (a new user typed "she said she wants to kill herself"
    /// at "What has happened?" and was shown no 999) brings the emergency advice first; the line is then
    /// answered as it would have been.
    @Test(arguments: [
        ("she said she wants to kill herself", "what-happened"), ("shes gone missing", "what-happened"),
        ("shes going to meet him tonight", "red-flags"), ("hes taken an overdose", "age"),
        ("she ran away last night", "worried-money"),
    ])
    func dangerAtALaterQuestionBringsTheEmergencyAdvice(typed: String, question: String) throws {
        let step = try step(typed, at: question)
        #expect(Self.saysCall999(step), "'\(typed)' at \(question) showed no emergency advice")
        #expect(step.replies.contains(.notice(.dangerHeard(typed))))
    }

    /// The words of an offered answer are that answer, not a danger aside: "threatening" where an answer
    /// is about threats, and lines that deny danger.
    @Test(arguments: [
        ("someone is threatening to share it", "what-happened"), ("no adult is involved", "red-flags"),
        ("14", "age"), ("she is not in danger but shes upset", "what-happened"),
    ])
    func anAnswersOwnWordsAreNotADangerAside(typed: String, question: String) throws {
        let step = try step(typed, at: question)
        #expect(!Self.saysCall999(step), "'\(typed)' at \(question) showed the emergency advice")
    }

    /// "hes 14" (a boy of 14, at "Is an adult involved?") was taken as "Yes" by close spelling, from
    /// "hes 18" and from "yes": a word the lexicon knows is not a misspelling, and numbers are never
    /// respelt. It is now asked about rather than taken for an adult.
    @Test(arguments: ["hes 14", "hes", "shes 15"])
    func aKnownWordOrANumberIsNotRespelt(typed: String) throws {
        let step = try step(typed, at: "red-flags")
        #expect(
            taken(step, at: "red-flags") == nil,
            "'\(typed)' was taken as '\(label(taken(step, at: "red-flags"), at: "red-flags") ?? "")'")
        #expect(label(taken(try self.step("yse", at: "red-flags"), at: "red-flags"), at: "red-flags") == "Yes")
    }

    static func saysCall999(_ step: ConversationStep) -> Bool {
        step.replies.contains { if case .text(let text) = $0 { text.lowercased().contains("call 999") } else { false } }
    }

    /// 2. A grandmother's story is not taken for "Someone sent me the image" because of the word "sent".
    @Test func aSingleWordDoesNotDecide() throws {
        let typed = "someone on roblox sent him messages and now wants more pictures and says hell tell us"
        let step = try step(typed, at: "what-happened")
        let choice = label(taken(step, at: "what-happened"), at: "what-happened")
        #expect(choice != "Someone sent me the image, or it is on my phone")
        if choice != nil { #expect(confirmed(step), "an inferred answer is confirmed") }
    }

    /// 2. School years are never silently an age band; digits inside other words are not an age.
    @Test(arguments: ["year 9", "shes in year 12", "yr 10", "Y8", "S3", "P7"])
    func schoolYearsAreAskedAbout(typed: String) throws {
        let step = try step(typed, at: "age")
        #expect(taken(step, at: "age") == nil, "'\(typed)' was taken as an age")
        #expect(step.replies.contains { if case .notice(.schoolYear) = $0 { true } else { false } })
    }

    /// 3. A choice's own number is that choice, at the age question too.
    @Test(arguments: [("1", 0), ("2", 1), ("3", 2), ("4", 3)])
    func aChoicesNumberIsThatChoice(typed: String, index: Int) throws {
        let step = try step(typed, at: "age")
        #expect(taken(step, at: "age") == index)
        #expect(!confirmed(step), "a number is certain")
    }

    /// 5. Words people use are understood (each confirmed, or taken where listed).
    @Test(arguments: [
        ("granma", "who", "Another adult they trust"), ("aunty", "who", "Another adult they trust"),
        ("thretening", "what-happened", "Someone is threatening to share it, or asking for money or more images"),
        ("sextorted", "what-happened", "Someone is threatening to share it, or asking for money or more images"),
        ("asking her for nudes", "what-happened", "Someone is asking the child for nude images, or grooming them"),
        ("not danger", "danger", "No"), ("14yo", "age", "13 to 15"),
        ("deepfake", "what-happened", "The image is fake, edited or made with AI"),
        ("nudify app", "what-happened", "The image is fake, edited or made with AI"),
    ])
    func wordsPeopleUse(typed: String, question: String, expected: String) throws {
        let step = try step(typed, at: question)
        #expect(label(taken(step, at: question), at: question) == expected, "'\(typed)'")
    }

    /// 6. Negations are not read as their opposite.
    @Test(arguments: ["she's not hurt, she's just upset", "nah", "she is safe", "no not really", "not in danger"])
    func negationsAreNo(typed: String) throws {
        let step = try step(typed, at: "danger")
        #expect(label(taken(step, at: "danger"), at: "danger") == "No", "'\(typed)'")
    }
}
