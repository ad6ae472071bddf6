import DialogueKit
import Foundation

/// Reads the real files under the package root from disk, the way the shell would.
public struct PackageFiles: DialogueFileSystem {
    public init() {}

    public func read(_ path: String) -> Result<SourceFile, FileRefusal> {
        guard let data = FileManager.default.contents(atPath: packageRoot.appendingPathComponent(path).path) else {
            return .failure(.notFound)
        }
        return .success(SourceFile(name: path, bytes: Array(data)))
    }
}
