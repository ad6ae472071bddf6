import DialogueKit
import Foundation

/// The file system as the loader sees it: files read whole from disk, with readable errors, and found
/// through their real paths so includes stay inside the main dialogue's folder.
struct DiskFiles: DialogueFileSystem {
    func read(_ path: String) -> Result<SourceFile, FileRefusal> {
        SourceReader().read(path: path)
    }

    /// The real path of `path` (links followed), refused when it is outside `folder` (also resolved), is
    /// not an ordinary file, or its links go round in a circle.
    func locate(_ path: String, inside folder: String?) -> Result<String, FileRefusal> {
        let real: String
        switch Self.realPath(path.isEmpty ? "." : path) {
        case .failure(.notFound) where folder.map({ !Path.isInside(path, folder: $0) }) ?? false:
            return .failure(.outsideFolder)
        case .failure(let refusal): return .failure(refusal)
        case .success(let resolved): real = resolved
        }
        if let folder {
            guard case .success(let realFolder) = Self.realPath(folder.isEmpty ? "." : folder) else {
                return .failure(.notFound)
            }
            guard Path.isInside(real, folder: realFolder), real != realFolder else { return .failure(.outsideFolder) }
        }
        var status = stat()
        guard stat(real, &status) == 0 else { return .failure(.unreadable) }
        if let kind = Self.kind(of: status.st_mode) { return .failure(.notAFile(kind: kind, role: .dialogue)) }
        return .success(real)
    }

    /// `realpath(3)`, with its errors told apart.
    static func realPath(_ path: String) -> Result<String, FileRefusal> {
        guard let resolved = realpath(path, nil) else {
            switch errno {
            case ELOOP: return .failure(.linkLoop)
            case EACCES: return .failure(.unreadable)
            default: return .failure(.notFound)
            }
        }
        defer { free(resolved) }
        return .success(String(cString: resolved))
    }

    /// What a file that is not an ordinary file is, in words; `nil` for an ordinary file.
    static func kind(of mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: nil
        case S_IFDIR: "a folder"
        case S_IFCHR, S_IFBLK: "a device"
        case S_IFIFO: "a pipe"
        case S_IFSOCK: "a socket"
        default: "not an ordinary file"
        }
    }
}
