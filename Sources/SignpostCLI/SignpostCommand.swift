import ArgumentParser
import DialogueKit
import Foundation

/// `signpost`: the command line. Each subcommand is a thin shell over `DialogueKit`.
package struct SignpostCommand: ParsableCommand {
    static let version = SignpostVersion.current

    package static let configuration = CommandConfiguration(
        commandName: "signpost",
        abstract: "A calm guide for an adult whose child has lost control of a nude or sexual image online.",
        version: version,
        subcommands: [
            RunCommand.self, CheckCommand.self, RecordCommand.self, TestCommand.self, GraphCommand.self,
            OutlineCommand.self, DumpCommand.self, SituationsCommand.self, DiffCommand.self, ExplainCommand.self,
        ],
        defaultSubcommand: RunCommand.self
    )

    package init() {}

    /// Readies the process before the command line runs: signals and standard streams (see `StandardStreams`).
    package static func prepareProcess() {
        StandardStreams.prepare()
    }

    /// Runs the command line, first catching a mistyped command name (which ArgumentParser would
    /// otherwise pass to `run` as an unexpected argument) and suggesting the command meant.
    package static func mainSuggestingCommands(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) {
        if let message = CommandNameGuess.message(for: arguments) {
            Console.standard.writeError(message)
            Foundation.exit(ExitCode.validationFailure.rawValue)
        }
        runReportingOutputFailures(arguments)
    }

    /// ArgumentParser's `main`, except that what it prints (help, the version, an error) goes through
    /// `StandardStreams`, so that `--help`, `--version` and `help check` on a full disk or a closed
    /// standard output say so and exit 1, as every other command does, instead of exiting 0.
    static func runReportingOutputFailures(_ arguments: [String]) {
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            let code = exitCode(for: error)
            // Help and errors may quote what was typed on the command line: made visible, never raw.
            let message = VisibleText.makeLines(fullMessage(for: error))
            if !message.isEmpty {
                let line = message.hasSuffix("\n") ? message : message + "\n"
                if code == .success { Console.standard.write(line) } else { Console.standard.writeError(line) }
            }
            Foundation.exit(code.rawValue)
        }
    }
}
