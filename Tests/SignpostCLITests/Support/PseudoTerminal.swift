import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs the binary on a pseudo-terminal, so readline sees a real terminal: for testing line editing,
/// Tab completion, Ctrl-C and Ctrl-D the way a person meets them.
final class PseudoTerminal {
    private let primary: Int32
    private let child: pid_t
    /// Everything the program has written so far.
    private(set) var screen = ""

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    init(executable: URL, arguments: [String] = [], environment: [String: String] = [:], rows: UInt16 = 40) throws {
        var size = winsize(ws_row: rows, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
        var primary: Int32 = -1
        // Prepare every C string before forking: the child may only exec.
        let argv = ([executable.path] + arguments).map { strdup($0) } + [nil]
        var merged = ProcessInfo.processInfo.environment
        merged["TERM"] = "xterm"
        merged["NO_COLOR"] = "1"
        merged.merge(environment) { _, new in new }
        let envp = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
        let pid = forkpty(&primary, nil, nil, &size)
        if pid == 0 {
            // Test threads may block signals; the program must start with none blocked, as from a shell.
            var none = sigset_t()
            sigemptyset(&none)
            sigprocmask(SIG_SETMASK, &none, nil)
            if let program = argv[0] { execve(program, argv, envp) }
            _exit(127)
        }
        for pointer in argv + envp { free(pointer) }
        guard pid > 0 else { throw Failure(description: "forkpty failed") }
        self.primary = primary
        self.child = pid
    }

    deinit {
        kill(child, SIGKILL)
        var status: Int32 = 0
        waitpid(child, &status, 0)
        close(primary)
    }

    func send(_ text: String) {
        _ = text.utf8CString.withUnsafeBufferPointer { write(primary, $0.baseAddress, $0.count - 1) }
    }

    /// Reads until `text` has appeared after `offset`, or fails after `seconds`. Returns where it ended.
    @discardableResult
    func waitFor(_ text: String, after offset: String.Index? = nil, seconds: Double = 10) throws -> String.Index {
        try waitFor(anyOf: [text], after: offset, seconds: seconds).end
    }

    /// Reads until one of `texts` has appeared after `offset`: which one came first, and where it ended.
    func waitFor(anyOf texts: [String], after offset: String.Index? = nil, seconds: Double = 10) throws -> (
        text: String, end: String.Index
    ) {
        let text = texts.joined(separator: " or ")
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            let start = offset ?? screen.startIndex
            let found = texts.compactMap { wanted in
                screen.range(of: wanted, range: start..<screen.endIndex).map { (wanted, $0) }
            }
            if let first = found.min(by: { $0.1.lowerBound < $1.1.lowerBound }) { return (first.0, first.1.upperBound) }
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0 else {
                throw Failure(description: "timed out waiting for \(text.debugDescription); screen so far:\n\(screen)")
            }
            var descriptor = pollfd(fd: primary, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, Int32(min(remaining, 1) * 1000)) > 0 else { continue }
            var buffer = [UInt8](repeating: 0, count: 4096)
            let count = read(primary, &buffer, buffer.count)
            guard count > 0 else {
                throw Failure(
                    description: "the program closed the terminal before \(text.debugDescription); screen:\n\(screen)")
            }
            screen += String(decoding: buffer[0..<count], as: UTF8.self)
        }
    }

    /// Changes the terminal's size, as dragging a window's edge does: the program gets SIGWINCH.
    func resize(columns: UInt16, rows: UInt16 = 40) {
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(primary, UInt(TIOCSWINSZ), &size)
    }

    /// Waits for the program to exit and returns its status: its exit code, or 128 and the signal's
    /// number when a signal killed it.
    func exitStatus(seconds: Double = 10) throws -> Int32 {
        let deadline = Date().addingTimeInterval(seconds)
        var status: Int32 = 0
        while Date() < deadline {
            // Keep draining output so the program is never blocked writing to the terminal.
            var descriptor = pollfd(fd: primary, events: Int16(POLLIN), revents: 0)
            if poll(&descriptor, 1, 50) > 0 {
                var buffer = [UInt8](repeating: 0, count: 4096)
                let count = read(primary, &buffer, buffer.count)
                if count > 0 { screen += String(decoding: buffer[0..<count], as: UTF8.self) }
            }
            if waitpid(child, &status, WNOHANG) == child {
                drain()
                // Death by a signal is reported as a shell does, 128 and the signal, never as 0.
                let signal = status & 0x7F
                return signal != 0 ? 128 + signal : (status >> 8) & 0xFF
            }
        }
        throw Failure(description: "the program did not exit; screen:\n\(screen)")
    }

    /// Reads what the program wrote before it exited and is still waiting in the terminal.
    private func drain() {
        var descriptor = pollfd(fd: primary, events: Int16(POLLIN), revents: 0)
        while poll(&descriptor, 1, 100) > 0 {
            var buffer = [UInt8](repeating: 0, count: 4096)
            let count = read(primary, &buffer, buffer.count)
            guard count > 0 else { return }
            screen += String(decoding: buffer[0..<count], as: UTF8.self)
        }
    }

    /// Types `quit` and leaves the way a person would: Enter at each "more" prompt of a long ending,
    /// after which Signpost leaves at once. Returns the exit status (a program that neither pages nor
    /// exits fails here, after `seconds`).
    func quit(seconds: Double = 10) throws -> Int32 {
        var mark = screen.endIndex
        send("quit\r")
        while true {
            do {
                mark = try waitFor("Press Enter for more: ", after: mark, seconds: seconds)
            } catch is Failure {
                return try exitStatus(seconds: seconds)
            }
            send("\r")
        }
    }
}
