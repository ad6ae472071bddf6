/// Where the loader gets files from. The shell reads the disk; tests and the embedded default dialogue
/// use `InMemoryFiles`. The core itself never touches the file system.
public protocol DialogueFileSystem: Sendable {
    /// The file at `path`, or a diagnostic saying why it cannot be had.
    func read(_ path: String) -> Result<SourceFile, Diagnostic>
}
