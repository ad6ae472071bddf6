import Foundation

/// A new, empty folder under the system's temporary folder, for a test to write into.
package func makeScratchFolder(_ prefix: String = "signpost") throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}

/// A scratch folder holding a copy of the package's `Dialogues/`, for tests that edit dialogues or
/// transcripts.
package func makeScratchCopyOfDialogues() throws -> URL {
    let folder = try makeScratchFolder()
    try FileManager.default.copyItem(
        at: packageRoot.appendingPathComponent("Dialogues"), to: folder.appendingPathComponent("Dialogues"))
    return folder
}
