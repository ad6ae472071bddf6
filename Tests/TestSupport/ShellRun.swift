import Foundation

/// Runs a shell command line with `$SIGNPOST` naming the built binary, for reproducers that need the
/// shell's redirections (`>/dev/full`, `>&-`, pipes into `head`).
package enum ShellRun {
    package typealias Output = ProcessOutput

    package static func run(
        _ script: String, environment: [String: String] = [:], in directory: URL = SignpostProcess.packageRoot
    ) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        process.currentDirectoryURL = directory
        var merged = ProcessInfo.processInfo.environment
        merged["NO_COLOR"] = "1"
        merged["SIGNPOST"] = SignpostProcess.executable.path
        merged.merge(environment) { _, new in new }
        process.environment = merged
        return try runCollecting(process, input: nil)
    }
}
