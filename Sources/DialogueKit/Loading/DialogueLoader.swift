/// Turns dialogue files into a `Dialogue`, or into every diagnostic that stops it loading.
///
/// It parses the main file and any files it includes, reads each key into the model (unknown keys get a
/// "did you mean"), then checks that every route leads to a node that exists.
package struct DialogueLoader: Sendable {
    static let topLevelKeys = [
        "title", "reviewed", "sources", "start", "include", "lexicon", "contacts", "guarantees", "anytime", "support",
        "nodes",
    ]
    static let guaranteeKeys = [
        "first-question", "works-everywhere", "every-ending-mentions", "every-plan-includes", "never-reaches",
    ]
    static let neverReachesKeys = ["nodes", "tags", "when", "unless"]
    static let includedFileKeys = ["include", "nodes", "sources", "reviewed"]
    static let nodeKeys = [
        "say", "plan", "ask", "help", "choices", "if-unclear", "collect", "into", "accepts", "next", "pause", "end",
        "sources", "reviewed", "tags",
    ]
    static let choiceKeys = ["label", "also", "numbers", "go", "set", "when", "unless", "safe"]
    static let routeKeys = ["go", "when", "unless"]
    static let anytimeKeys = ["command", "also", "go", "help", "when", "unless"]

    package let files: any DialogueFileSystem
    let parsed: ParsedFiles

    /// `parsed` holds files parsed already (by a workspace), so that no file is parsed twice.
    package init(files: any DialogueFileSystem, parsed: ParsedFiles = ParsedFiles()) {
        self.files = files
        self.parsed = parsed
    }

    package func load(_ path: String) -> LoadOutcome {
        var handed = parsed
        return Self.load(path, files: files, parsed: &handed)
    }

    /// Loads with `parsed` moved in for the load, so that each tree read is the only copy and is
    /// released as the dialogue is built; what is left (trees of files this dialogue did not read)
    /// is moved back for the next load.
    package static func load(_ path: String, files: any DialogueFileSystem, parsed: inout ParsedFiles) -> LoadOutcome {
        var session = LoadSession(files: files, parsed: ParsedFiles())
        swap(&session.parsed, &parsed)
        let dialogue = session.loadMain(path)
        swap(&session.parsed, &parsed)
        return LoadOutcome(dialogue: dialogue, diagnostics: session.diagnostics, sources: session.sources)
    }
}
