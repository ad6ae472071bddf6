import Foundation
import Testing

/// `signpost-web` as a newcomer starts it: `--version`, and a port another program holds.
@Suite struct WebCommandLineTests {
    /// The built `signpost-web`, beside the test bundle.
    static var executable: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
            "signpost-web")
    }

    /// Runs `signpost-web` and waits at most `seconds`; a server still running then is stopped, and
    /// the test sees `nil` for its status.
    static func run(_ arguments: [String], seconds: Double = 30) throws -> (
        status: Int32?, output: String, error: String
    ) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        let finished = !process.isRunning
        if !finished {
            process.terminate()
            process.waitUntilExit()
        }
        let out = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let err = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return (finished ? process.terminationStatus : nil, out, err)
    }

    @Test func versionIsPrinted() throws {
        let result = try Self.run(["--version"])
        #expect(result.status == 0)
        #expect(result.output == "0.1.0\n")
    }

    @Test func aTakenPortIsNamedWithTheOptionToChooseAnother() throws {
        // Hold a port on loopback, as another server would.
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        try #require(socket >= 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        try #require(bound == 0)
        try #require(listen(socket, 1) == 0)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) }
        }
        let port = Int(UInt16(bigEndian: address.sin_port))

        let result = try Self.run(["--port", String(port)])
        #expect(result.status == 1)
        #expect(
            result.error.contains(
                "signpost-web: port \(port) on 127.0.0.1 is already in use by another program. "
                    + "Stop that program, or choose another port with --port (for example --port \(port + 1)).\n"))
        #expect(!result.error.contains("bind(descriptor"))
    }
}
