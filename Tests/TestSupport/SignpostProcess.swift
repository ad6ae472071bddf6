import Foundation

/// Runs the built `signpost` binary the way a user or a script would, for end-to-end tests.
public struct SignpostProcess {
    public struct Output: Sendable {
        public var status: Int32
        public var standardOutput: String
        public var standardError: String
    }

    /// The binary SwiftPM built beside the test bundle.
    public static var executable: URL {
        let besideTests = Bundle.main.bundleURL.appendingPathComponent("signpost")
        if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        return URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("signpost")
    }

    /// The package's root folder, for paths such as `Dialogues/`.
    public static var packageRoot: URL { TestSupport.packageRoot }

    /// Runs `signpost arguments...` with `input` on standard input (not a terminal) and waits for it.
    public static func run(
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
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        // Read both pipes before waiting, so a large output cannot fill a pipe and stall the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var errorData = Data()
        group.enter()
        DispatchQueue.global().async {
            errorData = stderr.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outputData = stdout.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus,
            standardOutput: String(decoding: outputData, as: UTF8.self),
            standardError: String(decoding: errorData, as: UTF8.self))
    }
}
