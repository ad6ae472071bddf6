import Foundation

/// Runs a shell command line with `$SIGNPOST` naming the built binary, for reproducers that need the
/// shell's redirections (`>/dev/full`, `>&-`, pipes into `head`).
public enum ShellRun {
    public struct Output {
        public var status: Int32
        public var standardOutput: String
        public var standardError: String
    }

    public static func run(_ script: String, environment: [String: String] = [:], in directory: URL = SignpostProcess.packageRoot) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        process.currentDirectoryURL = directory
        var merged = ProcessInfo.processInfo.environment
        merged["NO_COLOR"] = "1"
        merged["SIGNPOST"] = SignpostProcess.executable.path
        merged.merge(environment) { _, new in new }
        process.environment = merged
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
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
