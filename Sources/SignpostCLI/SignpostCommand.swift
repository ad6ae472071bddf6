import ArgumentParser
import Foundation

/// `signpost`: the command line. Each subcommand is a thin shell over `DialogueKit`.
public struct SignpostCommand: ParsableCommand {
    public static let version = "0.1.0"

    public static let configuration = CommandConfiguration(
        commandName: "signpost",
        abstract: "A calm guide for an adult whose child has lost control of a nude or sexual image online.",
        version: version,
        subcommands: [
            RunCommand.self, CheckCommand.self, RecordCommand.self, TestCommand.self, GraphCommand.self,
            OutlineCommand.self, DumpCommand.self, SituationsCommand.self, DiffCommand.self,
        ],
        defaultSubcommand: RunCommand.self
    )

    public init() {}

    /// Readies the process before the command line runs: signals and standard streams (see `StandardStreams`).
    public static func prepareProcess() {
        StandardStreams.prepare()
    }

    /// Runs the command line, first catching a mistyped command name (which ArgumentParser would
    /// otherwise pass to `run` as an unexpected argument) and suggesting the command meant.
    public static func mainSuggestingCommands(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) {
        if let message = CommandNameGuess.message(for: arguments) {
            Console.standard.writeError(message)
            Foundation.exit(ExitCode.validationFailure.rawValue)
        }
        main(arguments)
    }
}
