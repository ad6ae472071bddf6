import Foundation

/// What a finished process printed, and its exit status.
package struct ProcessOutput: Sendable {
    package var status: Int32
    package var standardOutput: String
    package var standardError: String
}

/// Starts `process` with `input` on its standard input (`nil`: nothing, as from /dev/null), reads both
/// output pipes to their end, and waits for it. Both pipes are read before waiting, so a large output
/// cannot fill a pipe and stall the child.
func runCollecting(_ process: Process, input: String?) throws -> ProcessOutput {
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardOutput = stdout
    process.standardError = stderr
    let stdin = Pipe()
    process.standardInput = input == nil ? FileHandle.nullDevice : stdin
    try process.run()
    if let input {
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
    }
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
    return ProcessOutput(
        status: process.terminationStatus,
        standardOutput: String(decoding: outputData, as: UTF8.self),
        standardError: String(decoding: errorData, as: UTF8.self))
}
