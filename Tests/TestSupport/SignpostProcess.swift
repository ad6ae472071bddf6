import Foundation

/// Runs the built `signpost` binary the way a user or a script would, for end-to-end tests.
package struct SignpostProcess {
    package typealias Output = ProcessOutput

    /// The binary SwiftPM built beside the test bundle.
    package static var executable: URL {
        let besideTests = Bundle.main.bundleURL.appendingPathComponent("signpost")
        if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        return URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
            "signpost")
    }

    /// The package's root folder, for paths such as `Dialogues/`.
    package static var packageRoot: URL { TestSupport.packageRoot }

    /// Runs `signpost arguments...` with `input` on standard input (not a terminal) and waits for it.
    package static func run(
        _ arguments: [String], input: String = "", environment: [String: String] = [:],
        in directory: URL = packageRoot
    ) throws -> Output {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var merged = ProcessInfo.processInfo.environment
        merged["NO_COLOR"] = "1"
        merged.merge(environment) { _, new in new }
        process.environment = merged
        return try runCollecting(process, input: input)
    }
}
