import DialogueKit
import Foundation

/// Reads files for the core, turning every way a read can fail into a diagnostic an author can act on.
struct SourceReader {
    /// Reads `path` whole, refusing folders and files over the parser's size limit before reading them.
    func read(path: String) -> Result<SourceFile, Diagnostic> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(Diagnostic(.error, "no such file", file: path, range: nil))
        }
        if isDirectory.boolValue {
            return .failure(Diagnostic(.error, "this is a folder, not a file", file: path, range: nil))
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
        if size > YAMLParser.maximumFileSize {
            let limit = YAMLParser.maximumFileSize / 1_048_576
            return .failure(
                Diagnostic(.error, "the file is larger than \(limit) MiB, the most a dialogue file may be", file: path, range: nil))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(Diagnostic(.error, "the file cannot be read; check its permissions", file: path, range: nil))
        }
        return .success(SourceFile(name: path, bytes: Array(data)))
    }
}
