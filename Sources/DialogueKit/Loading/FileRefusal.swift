/// Why a file may not be read as part of a dialogue (or as a transcript, or a file to dump). Typed, so
/// each reason has its code; never carries the file's bytes.
package enum FileRefusal: Error, Hashable, Sendable {
    /// What a file was meant to be, for messages such as "it is a device, not a transcript".
    package enum Role: String, Hashable, Sendable {
        case dialogue = "a dialogue file"
        case transcript = "a transcript"
        case phrasings = "a phrasings file"
    }

    case notFound
    /// A path named on the command line that is neither a file nor a folder.
    case noSuchFileOrFolder
    /// Outside the folder of the main dialogue, after links are followed.
    case outsideFolder
    /// A transcript's dialogue outside the current folder (`true`) or the transcript's own folder.
    case outsideTranscriptFolder(currentFolder: Bool)
    /// A link that leads out of the folder its name is in.
    case linkLeadsOut
    /// Symbolic links that lead round in a circle.
    case linkLoop
    case folder
    /// A device, a pipe or a socket: `kind` names it ("a device").
    case notAFile(kind: String, role: Role)
    case unreadable
    case tooLarge(limit: Int, role: Role)
    /// Not UTF-8 text: at `line` and `column` there is a NUL byte (`nul`) or a byte that is not UTF-8.
    case notText(line: Int, column: Int, nul: Bool)
    case emptyName
    case absoluteName
    case controlCharacterInName
    case notADialogueName
    case includesTooDeep(limit: Int)
    case empty

    /// The reason, as a message ends: "cannot include 'x': <reason>".
    var reason: String {
        switch self {
        case .notFound: "no such file"
        case .noSuchFileOrFolder: "no such file or folder"
        case .outsideFolder:
            "it is outside the folder of the main dialogue; only files in that folder or below can be included"
        case .outsideTranscriptFolder(let current):
            "it is outside \(current ? "the current folder" : "the transcript's folder"); name a dialogue inside it"
        case .linkLeadsOut: "it is a link that leads out of its folder; only files in that folder or below are read"
        case .linkLoop: "its symbolic links lead round in a circle"
        case .folder: "this is a folder, not a file"
        case .notAFile(let kind, let role): "it is \(kind), not \(role.rawValue)"
        case .unreadable: "the file cannot be read; check its permissions"
        case .tooLarge(let limit, let role):
            "the file is larger than \(Self.describe(limit)), the most \(role.rawValue) may be"
        case .notText(let line, let column, let nul):
            "it is not UTF-8 text (\(nul ? "a NUL byte" : "a byte that is not UTF-8") at line \(line), column \(column))"
        case .emptyName: "the file name is empty"
        case .absoluteName: "an absolute path is not allowed; name the file relative to this one"
        case .controlCharacterInName: "the file name holds a control character"
        case .notADialogueName: "only a dialogue file, whose name ends in .yaml or .yml, can be named here"
        case .includesTooDeep(let limit): "includes may be nested at most \(limit) deep"
        case .empty: "the file is empty"
        }
    }

    private static func describe(_ limit: Int) -> String {
        limit % 1_048_576 == 0 ? "\(limit / 1_048_576) MiB" : "\(limit) bytes"
    }
}

extension FileRefusal: DiagnosticMessage {
    package var severity: Diagnostic.Severity { .error }
    package var message: String { reason }

    package var code: DiagnosticCode {
        switch self {
        case .notFound, .noSuchFileOrFolder: .noSuchFile
        case .folder, .notAFile: .notAFile
        case .tooLarge: .fileTooLarge
        case .outsideFolder, .outsideTranscriptFolder, .linkLeadsOut: .outsideFolder
        case .linkLoop: .linkLoop
        case .unreadable: .unreadableFile
        case .notText: .notText
        case .emptyName, .absoluteName, .controlCharacterInName, .notADialogueName: .badFileName
        case .includesTooDeep: .includesTooDeep
        case .empty: .emptyFile
        }
    }
}
