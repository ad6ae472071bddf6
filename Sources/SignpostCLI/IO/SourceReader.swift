import DialogueKit
import Foundation

/// The one confinement and size rule for every file the tools read (a dialogue named or found in a
/// folder, an include, a transcript, a file to dump), turning every way a read can fail into a
/// diagnostic an author can act on, and never quoting a byte of a file it refuses.
///
/// The rule is applied to the file itself, after every symbolic link is followed: it must lie inside
/// the folder its name is in (a link may lead further down, never out, so `Dialogues/leak.yaml` linked
/// to `/proc/self/environ` or `/etc/passwd` is refused), be an ordinary file (never a folder, a device
/// or a pipe, which could be read for ever) and be no larger than `limit`. The size is checked on the
/// file opened, and at most one byte more than the limit is read, so a file that grows, or lies about
/// its size as `/proc` files do, cannot exhaust memory.
struct SourceReader {
    /// The most bytes a file may hold: a dialogue file's limit unless the caller says otherwise.
    var limit = YAMLParser.maximumFileSize
    /// What the file is, for the message when it is too large or not a file ("a dialogue file", "a transcript").
    var role = FileRefusal.Role.dialogue

    func read(path: String) -> Result<SourceFile, FileRefusal> {
        func failure(_ refusal: FileRefusal) -> Result<SourceFile, FileRefusal> { .failure(refusal) }
        let real: String
        switch Self.confined(path) {
        case .failure(let refusal): return failure(refusal)
        case .success(let resolved): real = resolved
        }
        // The resolved path, with no link left to follow: a link swapped in since cannot lead elsewhere.
        let descriptor = open(real, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else {
            switch errno {
            case ENOENT, ENOTDIR: return failure(.notFound)
            case ELOOP: return failure(.linkLoop)
            default: return failure(.unreadable)
            }
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return failure(.unreadable) }
        if status.st_mode & S_IFMT == S_IFDIR { return failure(.folder) }
        if let kind = DiskFiles.kind(of: status.st_mode) { return failure(.notAFile(kind: kind, role: role)) }
        let tooLarge = failure(.tooLarge(limit: limit, role: role))
        if Int(status.st_size) > limit { return tooLarge }

        guard let bytes = Self.readAll(descriptor, size: Int(status.st_size), limit: limit) else {
            return failure(.unreadable)
        }
        if bytes.count > limit { return tooLarge }
        return .success(SourceFile(name: path, bytes: bytes))
    }

    /// Every byte of the open file, but never more than `limit + 1`; `nil` when a read fails. The
    /// buffer is the size the file claims and one byte more, read into directly, so a file is copied
    /// once; it grows (doubling, up to the limit) only for a file that grew or lied about its size.
    private static func readAll(_ descriptor: Int32, size: Int, limit: Int) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: min(max(size, 0), limit) + 1)
        var count = 0
        while count <= limit {
            if count == bytes.count { bytes += repeatElement(0, count: min(bytes.count, limit + 1 - count)) }
            let got = bytes.withUnsafeMutableBytes { buffer in
                buffer.baseAddress.map { Foundation.read(descriptor, $0 + count, buffer.count - count) } ?? 0
            }
            if got == 0 { break }
            if got < 0 {
                if errno == EINTR { continue }
                return nil
            }
            count += got
        }
        bytes.removeLast(bytes.count - count)
        return bytes
    }

    /// The real path of `path` when, links followed, it lies inside the real folder its name is in;
    /// otherwise why not, in words that quote nothing of the file.
    static func confined(_ path: String) -> Result<String, FileRefusal> {
        let real: String
        switch DiskFiles.realPath(path) {
        case .failure(let refusal): return .failure(refusal)
        case .success(let resolved): real = resolved
        }
        let folder = path.hasPrefix("/") && Path.directory(of: path).isEmpty ? "/" : Path.directory(of: path)
        guard case .success(let realFolder) = DiskFiles.realPath(folder.isEmpty ? "." : folder) else {
            return .failure(.notFound)
        }
        guard Path.isInside(real, folder: realFolder), real != realFolder else { return .failure(.linkLeadsOut) }
        return .success(real)
    }
}
