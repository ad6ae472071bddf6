import Foundation

/// Whether a transcript can be written at a path, asked before a conversation starts, so that a
/// mistyped folder is found before anyone has typed anything rather than after.
enum RecordingPlace {
    /// Why `path` cannot take a new transcript, or `nil` when it can.
    static func problem(with path: String) -> String? {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            return "this is a folder; name a file inside it, such as \(path.hasSuffix("/") ? path : path + "/")new.transcript"
        }
        let folder = (path as NSString).deletingLastPathComponent
        let shownFolder = folder.isEmpty ? "." : folder
        guard manager.fileExists(atPath: shownFolder, isDirectory: &isDirectory) else {
            return "the folder '\(shownFolder)' does not exist; create it first (mkdir -p \(shownFolder)) or choose another path"
        }
        guard isDirectory.boolValue else { return "'\(shownFolder)' is a file, not a folder" }
        guard manager.isWritableFile(atPath: shownFolder) else {
            return "the folder '\(shownFolder)' cannot be written to; choose another folder"
        }
        return nil
    }
}
