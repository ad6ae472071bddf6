import Foundation
import TestSupport

@testable import DialogueKit

/// Loads a dialogue from in-memory files; the first file named is the main one.
func loadDialogue(_ main: String, others: [String: String] = [:], path: String = "main.yaml") -> LoadOutcome {
    var files = others
    files[path] = main
    return DialogueLoader(files: InMemoryFiles(files)).load(path)
}

/// Every diagnostic of a load, rendered as an author sees it.
func renderedDiagnostics(_ result: LoadOutcome) -> String {
    DiagnosticRenderer().render(result.diagnostics) { result.source(named: $0) }
}

/// Just the `file:line:column: error: message` lines, for compact assertions.
func diagnosticLines(_ result: LoadOutcome) -> [String] {
    result.diagnostics.map { diagnostic in
        let place = diagnostic.range.map { "\(diagnostic.file):\($0.start.line):\($0.start.column)" } ?? diagnostic.file
        return "\(place): \(diagnostic.severity.rawValue): \(diagnostic.message)"
    }
}

/// The default dialogue, loaded from `Dialogues/`.
func defaultDialogue() throws -> Dialogue {
    let result = DialogueLoader(files: PackageFiles()).load("Dialogues/signpost.yaml")
    guard let dialogue = result.dialogue else {
        struct LoadFailed: Error, CustomStringConvertible { var description: String }
        throw LoadFailed(description: renderedDiagnostics(result))
    }
    return dialogue
}

/// Drives the engine through lines of input and gathers the plain text it shows.
struct Conversation {
    let engine: ConversationEngine
    var step: ConversationStep
    var output: String

    init(_ dialogue: Dialogue) {
        engine = ConversationEngine(dialogue: dialogue)
        step = engine.start()
        output = ReplyFormatter().format(step.replies)
    }

    /// Types one line; returns the text shown in reply.
    @discardableResult
    mutating func type(_ line: String) -> String {
        step = engine.respond(to: line, in: step.state)
        let shown = ReplyFormatter().format(step.replies)
        output += shown
        return shown
    }

    mutating func type(_ lines: [String]) {
        for line in lines { type(line) }
    }

    var state: ConversationState { step.state }
}

/// Loads a dialogue from in-memory files with the shipped English lexicon beside it, named by the
/// main file: for tests of what adults type ("idk", "fifteen", "nah").
func loadDialogueWithLexicon(_ main: String, others: [String: String] = [:], path: String = "main.yaml") -> LoadOutcome
{
    let lexicon =
        FileManager.default.contents(atPath: packageRoot.appendingPathComponent("Dialogues/lexicon.en.yaml").path)
        .map { String(decoding: $0, as: UTF8.self) } ?? ""
    var files = others
    files[Path.join(Path.directory(of: path), "lexicon.en.yaml")] = lexicon
    // At the end, so the lines of the main file keep their numbers.
    return loadDialogue(
        main + (main.hasSuffix("\n") ? "" : "\n") + "lexicon: lexicon.en.yaml\n", others: files, path: path)
}
