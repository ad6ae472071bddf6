import DialogueKit
import Foundation

/// Reads files for the core, turning every way a read can fail into a diagnostic an author can act on.
struct SourceReader {
    /// Reads `path` whole. Refuses folders, devices and pipes (which could be read for ever) and files
    /// over the parser's size limit, checking the file that was opened, not just its name. Reads at most
    /// one byte more than the limit, so a file that grows, or lies about its size as `/proc` files do,
    /// cannot exhaust memory.
    func read(path: String) -> Result<SourceFile, Diagnostic> {
        func failure(_ message: String) -> Result<SourceFile, Diagnostic> {
            .failure(Diagnostic(.error, message, file: path, range: nil))
        }
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            switch errno {
            case ENOENT, ENOTDIR: return failure("no such file")
            case ELOOP: return failure("its symbolic links lead round in a circle")
            default: return failure("the file cannot be read; check its permissions")
            }
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return failure("the file cannot be read; check its permissions") }
        if status.st_mode & S_IFMT == S_IFDIR { return failure("this is a folder, not a file") }
        if let kind = DiskFiles.kind(of: status.st_mode) { return failure("this is \(kind), not a dialogue file") }
        let limit = YAMLParser.maximumFileSize
        let tooLarge = failure("the file is larger than \(limit / 1_048_576) MiB, the most a dialogue file may be")
        if Int(status.st_size) > limit { return tooLarge }

        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while bytes.count <= limit {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                return failure("the file cannot be read; check its permissions")
            }
            bytes += chunk[0..<count]
        }
        if bytes.count > limit { return tooLarge }
        return .success(SourceFile(name: path, bytes: bytes))
    }
}
