/// Where the loader gets files from. The shell reads the disk; tests and the embedded default dialogue
/// use `InMemoryFiles`. The core itself never touches the file system.
public protocol DialogueFileSystem: Sendable {
    /// The file at `path`, or a diagnostic saying why it cannot be had.
    func read(_ path: String) -> Result<SourceFile, Diagnostic>
}

/// Files held in memory, keyed by path.
public struct InMemoryFiles: DialogueFileSystem {
    public var files: [String: [UInt8]]

    public init(_ files: [String: String]) {
        self.files = files.mapValues { Array($0.utf8) }
    }

    public func read(_ path: String) -> Result<SourceFile, Diagnostic> {
        guard let bytes = files[Path.normalized(path)] else {
            return .failure(Diagnostic(.error, "no such file", file: path, range: nil))
        }
        return .success(SourceFile(name: path, bytes: bytes))
    }
}

/// The little path arithmetic the loader needs, done on strings so it stays pure.
public enum Path {
    /// The folder part of a path, or an empty string for a bare file name.
    public static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    /// `relative` taken from `directory`, with `.` and `..` folded away.
    public static func join(_ directory: String, _ relative: String) -> String {
        if relative.hasPrefix("/") || directory.isEmpty { return normalized(relative) }
        return normalized(directory + "/" + relative)
    }

    public static func normalized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        return (path.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
    }
}
