import Foundation

/// Whether a transcript can be written at a path, asked before a conversation starts, so that a
/// mistyped folder is found before anyone has typed anything rather than after.
enum RecordingPlace {
    /// Why `path` cannot take a new transcript, or `nil` when it can.
    static func problem(with path: String) -> RecordingProblem? {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            return .isAFolder(suggestion: (path.hasSuffix("/") ? path : path + "/") + "new.transcript")
        }
        let folder = (path as NSString).deletingLastPathComponent
        let shownFolder = folder.isEmpty ? "." : folder
        guard manager.fileExists(atPath: shownFolder, isDirectory: &isDirectory) else {
            return .folderMissing(shownFolder)
        }
        guard isDirectory.boolValue else { return .folderIsAFile(shownFolder) }
        guard manager.isWritableFile(atPath: shownFolder) else {
            return .folderNotWritable(shownFolder)
        }
        return nil
    }
}
