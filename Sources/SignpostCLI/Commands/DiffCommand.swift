import ArgumentParser
import DialogueKit

/// `signpost diff`: what an edit changed in the advice, situation by situation, and in the guarantees.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract:
            "Show what changed between two versions of a dialogue: each situation's plan, ending and advice, and the guarantees.",
        discussion: """
            Compare two files or folders (signpost diff old/ Dialogues/), or the dialogue here with a git revision \
            (signpost diff --against main). Situations are matched by the answers that lead there; situations that \
            changed the same way are shown once. Guarantees removed or narrowed are listed first, loudly. \
            Exit status, as for diff(1): 0 when nothing changed, 1 when something did, 2 when the two could not be \
            compared (a dialogue that does not load, a revision git cannot read, too many situations to list).
            """
    )

    @Argument(
        help: ArgumentHelp(
            "The old and the new dialogue (files, or folders holding signpost.yaml); with --against, only the new one (Dialogues/ if left out).",
            valueName: "path"))
    var paths: [String] = []

    @Option(
        help: ArgumentHelp(
            "Compare with this git revision of the checkout (read with git show).", valueName: "revision"))
    var against: String?

    func validate() throws {
        if against != nil {
            guard paths.count <= 1 else {
                throw ValidationError("with --against, name at most one dialogue: the new one")
            }
        } else if paths.count != 2 {
            throw ValidationError("name two dialogues, the old and the new (or use --against REVISION)")
        }
    }

    func run() throws {
        let console = Console.standard
        let old: DialogueVersion
        let new: DialogueVersion
        if let against {
            let path = DialogueVersion.mainFile(paths.first ?? "Dialogues")
            old = .revision(against, path: path)
            new = .disk(path)
        } else {
            old = .disk(paths[0])
            new = .disk(paths[1])
        }
        guard let before = old.load(to: console), let after = new.load(to: console) else { throw Self.trouble }
        let comparison = SituationComparison(old: before, new: after)
        console.write(
            VisibleText.makeLines(ComparisonRenderer().render(comparison, oldName: old.name, newName: new.name)))
        if comparison.refusal != nil { throw Self.trouble }
        if !comparison.isEmpty { throw ExitCode.failure }
    }

    /// diff(1)'s status for "could not compare", told apart from 1, "something changed".
    static let trouble = ExitCode(2)
}
