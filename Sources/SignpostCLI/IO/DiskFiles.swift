import DialogueKit

/// The file system as the loader sees it: files read whole from disk, with readable errors.
struct DiskFiles: DialogueFileSystem {
    func read(_ path: String) -> Result<SourceFile, Diagnostic> {
        SourceReader().read(path: path)
    }
}
