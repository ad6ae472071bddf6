/// Files held in memory, keyed by path.
public struct InMemoryFiles: DialogueFileSystem {
    public var files: [String: [UInt8]]

    public init(_ files: [String: String]) {
        self.files = files.mapValues { Array($0.utf8) }
    }

    public func read(_ path: String) -> Result<SourceFile, FileRefusal> {
        guard let bytes = files[Path.normalized(path)] else { return .failure(.notFound) }
        return .success(SourceFile(name: path, bytes: bytes))
    }
}
