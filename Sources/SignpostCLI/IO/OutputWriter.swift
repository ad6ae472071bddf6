import Foundation

/// Writes text to a file descriptor with `write(2)`, and says plainly how a write failed.
///
/// Every byte the program prints goes through here instead of `FileHandle.write`, which traps on any
/// error. A write interrupted by a signal is retried, a short write continues where it stopped, and a
/// descriptor in non-blocking mode is waited on.
struct OutputWriter: Sendable {
    /// Why a write stopped.
    enum Failure: Error, Equatable {
        /// The reader went away (`EPIPE`), as when output is piped into `head`.
        case closedPipe
        /// The disk or quota is full (`ENOSPC`, `EDQUOT`), as when output goes to `/dev/full`.
        case noSpace
        /// The descriptor is not open (`EBADF`), as when the program is started with `>&-`.
        case notOpen
        /// Any other error, with its `errno`.
        case other(Int32)
    }

    let descriptor: Int32

    func write(_ text: String) -> Result<Void, Failure> {
        var text = text
        return text.withUTF8 { buffer in write(buffer) }
    }

    func write(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<Void, Failure> {
        guard let base = bytes.baseAddress else { return .success(()) }
        var written = 0
        while written < bytes.count {
            let result = Foundation.write(descriptor, base + written, bytes.count - written)
            if result >= 0 {
                written += result
                continue
            }
            switch errno {
            case EINTR: continue
            case EAGAIN, EWOULDBLOCK: waitUntilWritable()
            case EPIPE: return .failure(.closedPipe)
            case ENOSPC, EDQUOT: return .failure(.noSpace)
            case EBADF: return .failure(.notOpen)
            case let code: return .failure(.other(code))
            }
        }
        return .success(())
    }

    private func waitUntilWritable() {
        var request = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
        _ = poll(&request, 1, -1)
    }
}

extension OutputWriter.Failure {
    /// What to tell the adult on standard error; `nil` for a closed pipe, which is not worth a word.
    var message: String? {
        switch self {
        case .closedPipe: nil
        case .noSpace: "there is no space left on the disk"
        case .notOpen: "it is closed"
        case .other(let code): String(cString: strerror(code))
        }
    }
}
