import Foundation

/// Sets up the process's standard streams and signals before anything is printed, and decides what
/// happens when printing fails.
enum StandardStreams {
    /// The exit status when the reader of standard output went away: what a shell reports for a
    /// program stopped by `SIGPIPE`, without the program being killed.
    static let closedPipeStatus: Int32 = 141

    /// Which of standard input, output and error were closed when the program started.
    nonisolated(unsafe) private(set) static var closedAtStart: Set<Int32> = []

    /// Call once, first thing in `main`.
    ///
    /// - `SIGPIPE` is ignored, so a closed pipe shows up as `EPIPE` from `write(2)` and is handled.
    /// - `SIGQUIT` (Ctrl-\) is ignored: at the prompt it does nothing, never a crash report.
    /// - A standard descriptor that was closed is held open on `/dev/null`, so no file opened later
    ///   (such as the one `record` writes) can take its number and receive output meant for the screen;
    ///   writes to it are then refused as `EBADF` would refuse them.
    static func prepare() {
        signal(SIGPIPE, SIG_IGN)
        signal(SIGQUIT, SIG_IGN)
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO]
        where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            let opened = open("/dev/null", descriptor == STDIN_FILENO ? O_RDONLY : O_WRONLY)
            if opened >= 0, opened != descriptor {
                dup2(opened, descriptor)
                close(opened)
            }
            closedAtStart.insert(descriptor)
        }
    }

    /// Writes to standard output; on failure, says so once on standard error and ends the program.
    static func writeOutput(_ text: String) {
        write(text, to: STDOUT_FILENO, named: "standard output")
    }

    /// Writes to standard error; if that fails there is nobody left to tell, so the program ends quietly.
    static func writeError(_ text: String) {
        write(text, to: STDERR_FILENO, named: "standard error")
    }

    private static func write(_ text: String, to descriptor: Int32, named name: String) {
        let result: Result<Void, OutputWriter.Failure> =
            closedAtStart.contains(descriptor) ? .failure(.notOpen) : OutputWriter(descriptor: descriptor).write(text)
        guard case .failure(let failure) = result else { return }
        if failure == .closedPipe { exit(closedPipeStatus) }
        if descriptor != STDERR_FILENO, let reason = failure.message, !closedAtStart.contains(STDERR_FILENO) {
            _ = OutputWriter(descriptor: STDERR_FILENO).write("signpost: cannot write to \(name): \(reason).\n")
        }
        exit(EXIT_FAILURE)
    }
}
