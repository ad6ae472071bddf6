/// One thing `signpost check` found in a dialogue: typed, with its place, rendered like any diagnostic.
package struct CheckFinding: Hashable, Sendable {
    package enum Kind: Hashable, Sendable {
        case unreachableNode(String)
        case cannotReachEnd(String)
        case messageLoop([String])
        case questionMayOfferNothing(String)
        case answersClash(question: String, typed: String, first: String, second: String)
        case answerIsANumber(question: String, typed: String, answer: String, other: String)
        case answerClashesWithCommand(question: String, typed: String, command: String)
        case flagNeverTested(String)
        case flagNeverSet(String, suggestion: String?)
        case controlCharacter(UInt32)
        /// A number or address no contact lists; `contactsFile` is the main dialogue file, where the list is.
        case undeclaredPhoneNumber(String, suggestion: String?, contactsFile: String)
        case undeclaredAddress(String, suggestion: String?, contactsFile: String)
        case unusedContactDetail(contact: String, detail: String)
        /// A number or address listed for one service (`owner`) in a sentence that names another.
        case contactOfAnotherService(written: String, owner: String, named: String, namedDetails: [String])
        /// A phone number written with characters that only look like digits or hyphens (the scalars, in
        /// order); `meant` is the number as it should be written.
        case lookAlikeInPhoneNumber(written: String, meant: String, lookAlikes: [UInt32])
        /// Unquoted text followed by ` #` on its line: YAML reads the rest as a comment, so only `shown` is shown.
        case textCutByComment(shown: String, cut: String)
        /// A text (`answer` nil) or an answer at `node` whose condition holds in no conversation that
        /// reaches the node.
        case neverShown(answer: String?, node: String, condition: Condition)
        case reviewedLongAgo(String)
        /// An included file's or a node's own `reviewed` date is over twelve months old.
        case partReviewedLongAgo(String, Provenance.Scope)
        case reviewedNotADate(String)
        case notReviewed
        case noSources
        case guaranteeBroken(GuaranteeBreach, path: [PathStep])
        /// A question fails safe, yet a sign of danger typed there reaches its `safe` answer.
        case failSafeMissed(question: String, typed: String, answer: String, others: Int)
        /// A question's `if-unclear` names a node that is not a message.
        case failSafeNotMessage(question: String, target: String)
        /// A question's `if-unclear` names a message with nothing it always says: its advice would be empty.
        case failSafeSaysNothing(question: String, target: String)
        /// A question fails safe but marks no answer `safe: true`.
        case failSafeWithoutSafeAnswer(String)
        /// A question fails safe, but the dialogue names no lexicon, so it knows no signs of danger.
        case noLexicon
        /// The dialogue's flags allow more states than the prover explores; nothing was proved.
        case tooManyStates(limit: Int)
    }

    var kind: Kind
    package var source: SourceReference

    package init(_ kind: Kind, at source: SourceReference) {
        self.kind = kind
        self.source = source
    }

    package var severity: Diagnostic.Severity {
        switch kind {
        case .unreachableNode, .flagNeverTested, .unusedContactDetail, .reviewedLongAgo, .partReviewedLongAgo,
            .notReviewed, .noSources,
            .questionMayOfferNothing, .noLexicon, .contactOfAnotherService, .textCutByComment, .neverShown:
            .warning
        case .lookAlikeInPhoneNumber(_, _, let lookAlikes):
            // A letter in a number cannot be dialled; a dash that is not a hyphen still reads right.
            lookAlikes.contains { Unicode.Scalar($0).flatMap(ContactMentions.lookAlikeDigit) != nil }
                ? .error : .warning
        case .cannotReachEnd, .messageLoop, .answersClash, .answerIsANumber, .answerClashesWithCommand, .flagNeverSet,
            .controlCharacter, .undeclaredPhoneNumber, .undeclaredAddress, .reviewedNotADate, .guaranteeBroken,
            .tooManyStates, .failSafeMissed, .failSafeNotMessage, .failSafeSaysNothing, .failSafeWithoutSafeAnswer:
            .error
        }
    }

    /// The one-line message. Each family's switch below names every kind: its own with their words, the
    /// others' as not its own; so a new kind is a compile error in each of them until one family words it.
    /// A kind every family passes over still gets a message, never a trap (DiagnosticCodeTests runs each).
    package var message: String {
        failSafeMessage ?? structureMessage ?? textMessage ?? reviewMessage
            ?? "a problem with the dialogue: 'signpost explain \(code.rawValue)' says more"
    }

    /// Failing safe: a question whose unclear answers lead to the emergency advice.
    private var failSafeMessage: String? {
        switch kind {
        case .failSafeMissed(let question, let typed, let answer, let others):
            "the question '\(question)' fails safe, but typing '\(typed)' there is taken as '\(answer)', which rules danger out"
                + (others > 0 ? " (and \(others) more signs of danger are too)" : "") + "; "
                + "add the words to an answer that is not safe, or to the lexicon's danger-signs"
        case .failSafeNotMessage(let question, let target):
            "'if-unclear' at '\(question)' names '\(target)', which is not a message; name the message with the emergency advice"
        case .failSafeSaysNothing(let question, let target):
            "'if-unclear' at '\(question)' names '\(target)', which has nothing it always says, so an unclear answer there "
                + "would show no advice; give '\(target)' the emergency advice under 'say:', or name the message that has it"
        case .failSafeWithoutSafeAnswer(let question):
            "the question '\(question)' fails safe but no answer is marked 'safe: true', so nothing is kept from a sign of danger; "
                + "mark the answer that rules danger out (such as \"No\")"
        case .noLexicon:
            "this question fails safe, but the dialogue names no lexicon, so it knows no signs of danger (nor words such as "
                + "'not sure', 'nah' or 'fourteen'); add 'lexicon: lexicon.en.yaml' beside 'start'"
        case .unreachableNode, .cannotReachEnd, .messageLoop, .questionMayOfferNothing, .answersClash, .answerIsANumber,
            .answerClashesWithCommand, .flagNeverTested, .flagNeverSet, .controlCharacter, .undeclaredPhoneNumber,
            .undeclaredAddress, .unusedContactDetail, .contactOfAnotherService, .lookAlikeInPhoneNumber,
            .textCutByComment, .neverShown, .reviewedLongAgo, .partReviewedLongAgo, .reviewedNotADate, .notReviewed,
            .noSources, .guaranteeBroken, .tooManyStates:
            nil
        }
    }

    /// Structure, answers and flags.
    private var structureMessage: String? {
        switch kind {
        case .unreachableNode(let id):
            "no route leads to node '\(id)', so no one will ever see it"
        case .cannotReachEnd(let id):
            "from node '\(id)' the conversation can never reach an end: every way on leads round in a loop"
        case .messageLoop(let ids):
            "these messages lead round in a circle with no question to stop at: " + ids.joined(separator: " → ")
        case .questionMayOfferNothing(let id):
            "every answer at node '\(id)' has a 'when', so in some conversations it may offer no answer at all"
        case .answersClash(let question, let typed, let first, let second):
            "at '\(question)', typing '\(typed)' would match both '\(first)' and '\(second)'"
        case .answerIsANumber(let question, let typed, let answer, let other):
            "at '\(question)', '\(typed)' is given for '\(answer)', but typing \(typed) chooses answer \(typed), '\(other)'"
        case .answerClashesWithCommand(let question, let typed, let command):
            "at '\(question)', the answer '\(typed)' can never be chosen: typing it runs the command '\(command)'"
        case .flagNeverTested(let flag):
            "the flag '\(flag)' is set but no 'when' or 'unless' tests it"
        case .flagNeverSet(let flag, let suggestion):
            "the flag '\(flag)' is tested but no choice sets it" + Self.didYouMean(suggestion)
        case .failSafeMissed, .failSafeNotMessage, .failSafeSaysNothing, .failSafeWithoutSafeAnswer, .noLexicon,
            .controlCharacter, .undeclaredPhoneNumber, .undeclaredAddress, .unusedContactDetail,
            .contactOfAnotherService, .lookAlikeInPhoneNumber, .textCutByComment, .neverShown, .reviewedLongAgo,
            .partReviewedLongAgo, .reviewedNotADate, .notReviewed, .noSources, .guaranteeBroken, .tooManyStates:
            nil
        }
    }

    /// Texts: control characters, numbers and addresses, texts cut short or never shown.
    private var textMessage: String? {
        switch kind {
        case .controlCharacter(let value):
            Unicode.Scalar(value).map(VisibleText.isBidiControl) == true
                ? "this text contains an invisible character that reorders text (U+\(Self.hex(value))); delete it"
                : "this text contains a control character (U+\(Self.hex(value))), which could change how the terminal shows it"
        case .undeclaredPhoneNumber(let number, let suggestion, let file):
            "the phone number '\(number)' is not in the contact list ('contacts:' in \(file))"
                + (suggestion.map { "; did you mean '\($0)'?" } ?? "; if it is right, add it there under its service")
        case .undeclaredAddress(let address, let suggestion, let file):
            "the address '\(address)' is not in the contact list ('contacts:' in \(file))"
                + (suggestion.map { "; did you mean '\($0)'?" } ?? "; if it is right, add it there under its service")
        case .unusedContactDetail(let contact, let detail):
            "'\(detail)' is listed for \(contact) but no text uses it"
        case .contactOfAnotherService(let written, let owner, let named, let details):
            "'\(written)' is listed for \(owner), but this sentence names \(named) (\(details.joined(separator: ", "))); "
                + "give \(named)'s own details, or name \(owner)"
        case .lookAlikeInPhoneNumber(let written, let meant, let lookAlikes):
            "the phone number '\(written)' is written with \(Self.lookAlikeNames(lookAlikes)); write '\(meant)'"
        case .textCutByComment(let shown, let cut):
            "this text stops at '\(shown)': ' #' starts a comment, so '\(cut)' is not shown; "
                + "if it is part of the text, put the whole text in quotes"
        case .neverShown(let answer, let node, let condition):
            (answer.map { "the answer '\($0)' at '\(node)' is never offered" }
                ?? "this text at '\(node)' is never shown")
                + ": no conversation reaches '\(node)' with '\(Self.describe(condition))' holding "
                + "(the flags are set only on other ways); set them on a way to '\(node)', or remove the condition"
        case .failSafeMissed, .failSafeNotMessage, .failSafeSaysNothing, .failSafeWithoutSafeAnswer, .noLexicon,
            .unreachableNode, .cannotReachEnd, .messageLoop, .questionMayOfferNothing, .answersClash, .answerIsANumber,
            .answerClashesWithCommand, .flagNeverTested, .flagNeverSet, .reviewedLongAgo, .partReviewedLongAgo,
            .reviewedNotADate, .notReviewed, .noSources, .guaranteeBroken, .tooManyStates:
            nil
        }
    }

    /// Metadata (review date, sources) and guarantees.
    private var reviewMessage: String? {
        switch kind {
        case .reviewedLongAgo(let date):
            "the advice was last reviewed on \(date), more than twelve months ago; check it and update 'reviewed'"
        case .partReviewedLongAgo(let date, .file(let file)):
            "the advice in \(file) was last reviewed on \(date), more than twelve months ago; check it and update the file's 'reviewed'"
        case .partReviewedLongAgo(let date, .node(let id)):
            "the advice in node '\(id)' was last reviewed on \(date), more than twelve months ago; check it and update its 'reviewed'"
        case .reviewedNotADate(let text):
            "'reviewed' should be a date written YYYY-MM-DD, not '\(text)'"
        case .notReviewed:
            "the dialogue has no 'reviewed' date saying when the advice was last checked"
        case .noSources:
            "the dialogue lists no 'sources' for its advice"
        case .guaranteeBroken(let breach, _):
            "the guarantee '\(breach.guarantee)' is broken: \(breach.problem); this conversation shows it:"
        case .tooManyStates(let limit):
            "the flags allow more than \(limit) different conversations, too many to prove the guarantees; "
                + "use fewer flags, or flags that depend on each other"
        case .failSafeMissed, .failSafeNotMessage, .failSafeSaysNothing, .failSafeWithoutSafeAnswer, .noLexicon,
            .unreachableNode, .cannotReachEnd, .messageLoop, .questionMayOfferNothing, .answersClash, .answerIsANumber,
            .answerClashesWithCommand, .flagNeverTested, .flagNeverSet, .controlCharacter, .undeclaredPhoneNumber,
            .undeclaredAddress, .unusedContactDetail, .contactOfAnotherService, .lookAlikeInPhoneNumber,
            .textCutByComment, .neverShown:
            nil
        }
    }

    package var diagnostic: Diagnostic {
        Diagnostic(self, file: source.file, range: source.range, details: details)
    }

    /// The steps of the conversation that breaks a guarantee, one line each.
    package var details: [String] {
        guard case .guaranteeBroken(_, let path) = kind else { return [] }
        return path.enumerated().map { "\($0.offset + 1). \($0.element)" }
    }

    /// "the letter O for the digit 0 and an en dash (U+2013)": each kind of look-alike once, in order.
    private static func lookAlikeNames(_ values: [UInt32]) -> String {
        var names: [String] = []
        for value in values {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let name: String
            if let digit = ContactMentions.lookAlikeDigit(scalar) {
                name = "the letter \(scalar) for the digit \(digit)"
            } else {
                let dash =
                    [0x2012: "a figure dash", 0x2013: "an en dash", 0x2014: "an em dash", 0x2212: "a minus sign"][value]
                    ?? "a dash"
                name = "\(dash) (U+\(hex(value)))"
            }
            if !names.contains(name) { names.append(name) }
        }
        return names.joined(separator: " and ")
    }

    /// "when: a, b; unless: c", as the condition was written.
    private static func describe(_ condition: Condition) -> String {
        var parts: [String] = []
        if !condition.when.isEmpty { parts.append("when: " + condition.when.joined(separator: ", ")) }
        if !condition.unless.isEmpty { parts.append("unless: " + condition.unless.joined(separator: ", ")) }
        return parts.joined(separator: "; ")
    }

    private static func didYouMean(_ suggestion: String?) -> String {
        suggestion.map { "; did you mean '\($0)'?" } ?? ""
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}

extension CheckFinding: DiagnosticMessage {
    /// Each kind's code: a new kind is a compile error here until it is given one.
    package var code: DiagnosticCode {
        switch kind {
        case .unreachableNode: .unreachableNode
        case .cannotReachEnd: .cannotReachEnd
        case .messageLoop: .messageLoop
        case .questionMayOfferNothing: .questionMayOfferNothing
        case .answersClash: .answersClash
        case .answerIsANumber: .answerIsANumber
        case .answerClashesWithCommand: .answerClashesWithCommand
        case .flagNeverTested: .flagNeverTested
        case .flagNeverSet: .flagNeverSet
        case .controlCharacter: .controlCharacterInText
        case .undeclaredPhoneNumber: .undeclaredPhoneNumber
        case .undeclaredAddress: .undeclaredAddress
        case .unusedContactDetail: .unusedContactDetail
        case .reviewedLongAgo: .reviewedLongAgo
        case .partReviewedLongAgo: .partReviewedLongAgo
        case .reviewedNotADate: .reviewedNotADate
        case .notReviewed: .notReviewed
        case .noSources: .noSources
        case .guaranteeBroken(let breach, _): breach.code
        case .failSafeMissed: .failSafeMissed
        case .failSafeNotMessage: .failSafeNotMessage
        case .failSafeSaysNothing: .failSafeSaysNothing
        case .failSafeWithoutSafeAnswer: .failSafeWithoutSafeAnswer
        case .noLexicon: .noLexicon
        case .tooManyStates: .tooManyStates
        case .contactOfAnotherService: .contactOfAnotherService
        case .lookAlikeInPhoneNumber: .lookAlikeInPhoneNumber
        case .textCutByComment: .textCutByComment
        case .neverShown: .neverShown
        }
    }
}
