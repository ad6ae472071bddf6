/// Files held in memory, keyed by path.
package struct InMemoryFiles: DialogueFileSystem {
    package var files: [String: [UInt8]]

    package init(_ files: [String: String]) {
        self.files = files.mapValues { Array($0.utf8) }
    }

    package func read(_ path: String) -> Result<SourceFile, FileRefusal> {
        guard let bytes = files[Path.normalized(path)] else { return .failure(.notFound) }
        return .success(SourceFile(name: path, bytes: bytes))
    }
}
