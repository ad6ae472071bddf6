import Foundation

/// Creates files only their owner can read (mode 0600 from the first byte), for the transcripts
/// `record` writes: typed web addresses must never sit in a world-readable file, even for a moment.
enum PrivateFile {
    enum Failure: Error, Equatable {
        /// The file exists (and replacing was not asked for).
        case exists
        /// Creating or writing failed, with `errno`.
        case failed(Int32)

        var message: String {
            switch self {
            case .exists: "the file exists already; choose another name, or add --force to overwrite it"
            case .failed(let code) where code == ENOSPC || code == EDQUOT: "there is no space left on the disk"
            case .failed(let code): String(cString: strerror(code))
            }
        }
    }

    /// Writes `contents` to a new file at `path`, created with `O_CREAT | O_EXCL`, so a file that
    /// appeared since the caller last looked is never overwritten.
    static func create(_ path: String, contents: String) -> Result<Void, Failure> {
        let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else { return .failure(errno == EEXIST ? .exists : .failed(errno)) }
        if case .failure(let failure) = write(contents, to: descriptor) {
            unlink(path)
            return .failure(failure)
        }
        return .success(())
    }

    /// Writes `contents` to a new private file beside `path`, then renames it over `path`: the old file
    /// is replaced whole, never truncated and rewritten, and a link at `path` is replaced, not followed.
    static func replace(_ path: String, contents: String) -> Result<Void, Failure> {
        let folder = path.contains("/") ? String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)]) : "."
        let temporaryTemplate = folder + "/.signpost-record-XXXXXX"
        var template = Array(temporaryTemplate.utf8CString)
        // mkstemp creates the file with O_EXCL and mode 0600, and fills in the X's.
        let descriptor = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { mkstemp($0) } ?? -1
        }
        guard descriptor >= 0 else { return .failure(.failed(errno)) }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if case .failure(let failure) = write(contents, to: descriptor) {
            unlink(temporary)
            return .failure(failure)
        }
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            return .failure(.failed(code))
        }
        return .success(())
    }

    /// Writes everything, flushes it to the disk and closes the descriptor.
    private static func write(_ contents: String, to descriptor: Int32) -> Result<Void, Failure> {
        defer { close(descriptor) }
        switch OutputWriter(descriptor: descriptor).write(contents) {
        case .success: break
        case .failure(.noSpace): return .failure(.failed(ENOSPC))
        case .failure(.other(let code)): return .failure(.failed(code))
        case .failure: return .failure(.failed(EIO))
        }
        guard fsync(descriptor) == 0 || errno == EINVAL else { return .failure(.failed(errno)) }
        return .success(())
    }
}
