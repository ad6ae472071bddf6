/// Why a dialogue could not be loaded, pointing at the place in the author's file.
struct DialogueLoadError: Error, Hashable, Sendable {
    enum Reason: Hashable, Sendable {
        case unknownKey(String, context: String, suggestion: String?)
        case missingKey(String, context: String)
        case wrongKind(key: String, expected: String)
        case emptyText(key: String)
        case unknownNode(String, suggestion: String?)
        case duplicateNode(String, first: SourceReference)
        case nodeNeedsKind(String)
        case nodeHasTwoKinds(String, [String])
        case keyNotAllowed(String, kind: String)
        case noChoices(String)
        case anytimeTargetNotMessage(command: String, target: String)
        case includeCycle(String)
        case includeFailed(String, reason: FileRefusal)
        case unknownCommand(String, suggestion: String?)
        case unknownContact(String, suggestion: String?)
        /// A guarantee names a tag no node carries, so it forbids nothing.
        case unknownTag(String, suggestion: String?)
        case unknownEntryKind(String, known: [String], suggestion: String?)
        /// A `next` list whose routes all have conditions.
        case routesNeedDefault
        /// A route after the one with no condition, which is always taken first.
        case routeAfterDefault(previous: String)
    }

    var reason: Reason
    package var source: SourceReference

    package init(_ reason: Reason, at source: SourceReference) {
        self.reason = reason
        self.source = source
    }

    var message: String {
        switch reason {
        case .unknownKey(let key, let context, let suggestion):
            "unknown key '\(key)' in \(context)" + didYouMean(suggestion)
        case .missingKey(let key, let context):
            "\(context) needs a '\(key)'"
        case .wrongKind(let key, let expected):
            "'\(key)' should be \(expected)"
        case .emptyText(let key):
            "'\(key)' is empty; write the text, or remove the key"
        case .unknownNode(let id, let suggestion):
            "there is no node called '\(id)'" + didYouMean(suggestion)
        case .duplicateNode(let id, _):
            "there are two nodes called '\(id)'"
        case .nodeNeedsKind(let id):
            "node '\(id)' needs one of 'ask', 'collect', 'next' or 'end', so the conversation knows what to do there"
        case .nodeHasTwoKinds(let id, let keys):
            "node '\(id)' has both " + keys.map { "'\($0)'" }.joined(separator: " and ") + "; a node does one of these"
        case .keyNotAllowed(let key, let kind):
            "'\(key)' does not belong in \(kind)"
        case .noChoices(let id):
            "the question in node '\(id)' has no choices"
        case .anytimeTargetNotMessage(let command, let target):
            "the command '\(command)' leads to '\(target)', which is not a message node (one with 'say' and 'next')"
        case .includeCycle(let file):
            "'\(file)' includes itself, directly or through other files"
        case .includeFailed(let file, let reason):
            "cannot include '\(file)': \(reason.reason)"
        case .unknownCommand(let name, let suggestion):
            "there is no 'anytime' command called '\(name)'" + didYouMean(suggestion)
        case .unknownContact(let name, let suggestion):
            "there is no contact called '\(name)' under 'contacts'" + didYouMean(suggestion)
        case .unknownTag(let tag, let suggestion):
            "no node has the tag '\(tag)', so this guarantee covers nothing by it" + didYouMean(suggestion)
        case .routesNeedDefault:
            "the 'next' list needs a last route with only 'go', for when no 'when' or 'unless' applies"
        case .routeAfterDefault(let previous):
            "this route is never taken: the route to '\(previous)' before it has no 'when' or 'unless', so it is always taken first; "
                + "move the route without a condition to the end"
        case .unknownEntryKind(let name, let known, let suggestion):
            "a collection cannot accept '\(name)'; it accepts " + known.map { "'\($0)'" }.joined(separator: " or ")
                + didYouMean(suggestion)
        }
    }

    private func didYouMean(_ suggestion: String?) -> String {
        suggestion.map { "; did you mean '\($0)'?" } ?? ""
    }
}

extension DialogueLoadError: DiagnosticMessage {
    package var severity: Diagnostic.Severity { .error }

    package var code: DiagnosticCode {
        switch reason {
        case .unknownKey: .unknownKey
        case .missingKey: .missingKey
        case .wrongKind: .wrongKind
        case .emptyText: .emptyText
        case .unknownNode: .unknownNode
        case .duplicateNode: .duplicateNode
        case .nodeNeedsKind: .nodeNeedsKind
        case .nodeHasTwoKinds: .nodeHasTwoKinds
        case .keyNotAllowed: .keyNotAllowed
        case .noChoices: .noChoices
        case .anytimeTargetNotMessage: .anytimeTargetNotMessage
        case .includeCycle: .includeCycle
        // An include that cannot be read is named by why (no such file, outside the folder...).
        case .includeFailed(_, let refusal): refusal.code
        case .unknownCommand: .unknownCommand
        case .unknownContact: .unknownContact
        case .unknownTag: .unknownTag
        case .unknownEntryKind: .unknownEntryKind
        case .routesNeedDefault: .routesNeedDefault
        case .routeAfterDefault: .routeAfterDefault
        }
    }
}

extension DialogueLoadError: DiagnosticConvertible {
    package func diagnostics(file: String) -> [Diagnostic] {
        var notes: [Diagnostic.Note] = []
        if case .duplicateNode(let id, let first) = reason {
            notes.append(.init(message: "'\(id)' is first defined here", file: first.file, range: first.range))
        }
        return [Diagnostic(self, file: source.file, range: source.range, notes: notes)]
    }

    package var diagnostic: Diagnostic { diagnostics(file: source.file)[0] }
}
