/// Where the loader gets files from. The shell reads the disk; tests and the embedded default dialogue
/// use `InMemoryFiles`. The core itself never touches the file system.
package protocol DialogueFileSystem: Sendable {
    /// The file at `path`, or why it cannot be had.
    func read(_ path: String) -> Result<SourceFile, FileRefusal>

    /// Which file `path` really is, once symbolic links are followed: a name that is the same however
    /// the file is reached, so a file included twice is loaded once and a loop through links is seen as
    /// a cycle. With a `folder`, the file must lie inside that folder (itself resolved) and be an
    /// ordinary file, never a device, a pipe or a folder; `nil` means anywhere (the main dialogue, which
    /// the author names).
    ///
    /// The shell answers from the disk; the default answer, for files without links (in memory, in
    /// tests), is the path with `.` and `..` folded away.
    func locate(_ path: String, inside folder: String?) -> Result<String, FileRefusal>
}

extension DialogueFileSystem {
    package func locate(_ path: String, inside folder: String?) -> Result<String, FileRefusal> {
        let normalized = Path.normalized(path)
        if let folder, !Path.isInside(normalized, folder: folder) { return .failure(.outsideFolder) }
        return .success(normalized)
    }
}
