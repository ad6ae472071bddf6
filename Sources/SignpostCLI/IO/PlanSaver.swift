import DialogueKit
import Foundation

/// Writes the plan the adult asked to keep: a new file, readable only by them from the first byte,
/// never over an existing one, and only after checking that the folder is there.
enum PlanSaver {
    /// Saves `text` at `path` (a leading `~/` is the home folder); the full path it went to, or why not.
    static func save(_ text: String, to path: String) -> Result<String, SaveFailure> {
        // A name with a control or hidden character would make a file no one can see or type.
        guard VisibleText.isPlain(path) else {
            return .failure(
                .other(
                    "the name holds a control or hidden character; choose a name made of letters, numbers and dashes"))
        }
        let expanded = expandingHome(path)
        let folder = Path.directory(of: expanded).isEmpty ? "." : Path.directory(of: expanded)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            return .failure(.noSuchFolder(folder))
        }
        if FileManager.default.fileExists(atPath: expanded, isDirectory: &isFolder) {
            return .failure(isFolder.boolValue ? .isAFolder : .exists)
        }
        switch PrivateFile.create(expanded, contents: text) {
        case .success:
            let full = URL(fileURLWithPath: expanded).standardizedFileURL.path
            return .success(full)
        case .failure(.exists):
            return .failure(.exists)
        case .failure(.failed(let code)):
            switch code {
            case EACCES, EPERM, EROFS: return .failure(.notPermitted)
            case ENOSPC, EDQUOT: return .failure(.diskFull)
            case EISDIR: return .failure(.isAFolder)
            case ENOENT, ENOTDIR: return .failure(.noSuchFolder(folder))
            default: return .failure(.other(String(cString: strerror(code))))
            }
        }
    }

    private static func expandingHome(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"] else {
            return path
        }
        return home + path.dropFirst()
    }
}
