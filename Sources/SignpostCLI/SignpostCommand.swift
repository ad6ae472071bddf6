import ArgumentParser

/// `signpost`: the command line. Each subcommand is a thin shell over `DialogueKit`.
public struct SignpostCommand: ParsableCommand {
    public static let version = "0.1.0"

    public static let configuration = CommandConfiguration(
        commandName: "signpost",
        abstract: "A calm guide for an adult whose child has lost control of a nude or sexual image online.",
        version: version,
        subcommands: [
            RunCommand.self, CheckCommand.self, RecordCommand.self, TestCommand.self, GraphCommand.self,
            OutlineCommand.self, DumpCommand.self,
        ],
        defaultSubcommand: RunCommand.self
    )

    public init() {}

    /// Readies the process before the command line runs: signals and standard streams (see `StandardStreams`).
    public static func prepareProcess() {
        StandardStreams.prepare()
    }
}
