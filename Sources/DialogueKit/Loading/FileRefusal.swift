/// Why a file may not be read as part of a dialogue. Never carries the file's bytes.
public enum FileRefusal: Error, Hashable, Sendable {
    case notFound
    /// Outside the folder of the main dialogue, after links are followed.
    case outsideFolder
    /// Symbolic links that lead round in a circle.
    case linkLoop
    /// A device, a pipe, a socket or a folder: `kind` names it ("a device").
    case notAFile(kind: String)
    case unreadable

    /// The reason, as a message ends: "cannot include 'x': <reason>".
    public var reason: String {
        switch self {
        case .notFound: "no such file"
        case .outsideFolder: "it is outside the folder of the main dialogue; only files in that folder or below can be included"
        case .linkLoop: "its symbolic links lead round in a circle"
        case .notAFile(let kind): "it is \(kind), not a dialogue file"
        case .unreadable: "the file cannot be read; check its permissions"
        }
    }
}
