import DialogueKit
import Foundation

/// A dialogue named with `--dialogue FILE`: the file and every `.yaml` file in its folder and below, read
/// once at start-up into memory, so serving pages never touches the disk.
package enum DialogueFolder {
    /// The most files read from the folder.
    static let maximumFiles = 500

    package static func load(_ path: String) -> (outcome: LoadOutcome, fingerprint: String) {
        let main = URL(fileURLWithPath: path).standardizedFileURL
        let folder = main.deletingLastPathComponent()
        var files: [String: String] = [:]
        let names = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        while files.count < maximumFiles, let url = names?.nextObject() as? URL {
            guard url.pathExtension == "yaml" || url.pathExtension == "yml",
                (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true,
                let data = try? Data(contentsOf: url)
            else { continue }
            files[url.standardizedFileURL.path] = String(decoding: data, as: UTF8.self)
        }
        if files[main.path] == nil, let data = try? Data(contentsOf: main) {
            files[main.path] = String(decoding: data, as: UTF8.self)
        }
        return (DialogueLoader(files: InMemoryFiles(files)).load(main.path), Fingerprint.of(files))
    }
}
