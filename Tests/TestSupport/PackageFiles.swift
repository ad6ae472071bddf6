import DialogueKit
import Foundation

/// Reads the real files under the package root from disk, the way the shell would.
package struct PackageFiles: DialogueFileSystem {
    package init() {}

    package func read(_ path: String) -> Result<SourceFile, FileRefusal> {
        guard let data = FileManager.default.contents(atPath: packageRoot.appendingPathComponent(path).path) else {
            return .failure(.notFound)
        }
        return .success(SourceFile(name: path, bytes: Array(data)))
    }
}
