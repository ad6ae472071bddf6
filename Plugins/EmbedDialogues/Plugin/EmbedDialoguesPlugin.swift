import Foundation
import PackagePlugin

/// Runs `EmbedDialogues` over every `.yaml` file in `Dialogues/`, so the `signpost` binary carries the
/// default dialogue and needs no files beside it. The list is read at each build, so a new file is picked up.
@main
struct EmbedDialoguesPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = context.package.directoryURL.appending(path: "Dialogues")
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "yaml" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedDialogues.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) dialogue files",
                executable: try context.tool(named: "EmbedDialogues").url,
                arguments: [output.path] + files.map(\.path),
                inputFiles: files,
                outputFiles: [output])
        ]
    }
}
