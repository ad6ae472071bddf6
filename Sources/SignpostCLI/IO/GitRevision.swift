import DialogueKit
import Foundation

/// The dialogue files of a folder as they were at a git revision of the checkout here, read with
/// `git show` (the only shell code that runs git). Nothing is written; each file passes the same size
/// limit as a file read from disk.
struct GitRevision {
    let revision: String

    enum Failure: Error {
        case gitFailed(String)
        case tooLarge(String)
    }

    /// Every `.yaml`/`.yml` file under `folder` at the revision, by its path as seen from here.
    func files(under folder: String) -> Result<[String: String], Failure> {
        let listing: String
        switch run(["ls-tree", "-r", "--name-only", revision, "--", folder.isEmpty ? "." : folder]) {
        case .failure(let failure): return .failure(failure)
        case .success(let output): listing = output
        }
        var files: [String: String] = [:]
        for path in listing.split(separator: "\n").map(String.init)
        where path.hasSuffix(".yaml") || path.hasSuffix(".yml") {
            switch run(["cat-file", "-s", "\(revision):./\(path)"]) {
            case .failure(let failure): return .failure(failure)
            case .success(let size):
                guard let bytes = Int(size.trimmingCharacters(in: .whitespacesAndNewlines)),
                    bytes <= YAMLParser.maximumFileSize
                else {
                    return .failure(.tooLarge(path))
                }
            }
            switch run(["show", "\(revision):./\(path)"]) {
            case .failure(let failure): return .failure(failure)
            case .success(let text): files[path] = text
            }
        }
        guard !files.isEmpty else { return .failure(.gitFailed("no dialogue files under \(folder) at \(revision)")) }
        return .success(files)
    }

    /// Runs git with these arguments (never through a shell); its standard output, or its error.
    private func run(_ arguments: [String]) -> Result<String, Failure> {
        guard !revision.hasPrefix("-") else { return .failure(.gitFailed("'\(revision)' is not a revision")) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return .failure(.gitFailed("git could not be run: \(error.localizedDescription)"))
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let said = String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            return .failure(.gitFailed(said.isEmpty ? "git \(arguments.first ?? "") failed" : said))
        }
        return .success(String(decoding: data, as: UTF8.self))
    }
}

extension GitRevision.Failure {
    var message: String {
        switch self {
        case .gitFailed(let said): "cannot read the revision: \(VisibleText.make(said))"
        case .tooLarge(let path): "\(VisibleText.make(path)) at the revision is larger than a dialogue file may be"
        }
    }
}

/// Where the dialogues to compare come from: a file or folder on disk, or a revision of one.
enum DialogueVersion {
    case disk(String)
    case revision(String, path: String)

    /// The main dialogue file a path names: the path itself, or `signpost.yaml` inside a folder.
    static func mainFile(_ path: String) -> String {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            return (path.hasSuffix("/") ? path : path + "/") + "signpost.yaml"
        }
        return path
    }

    var name: String {
        switch self {
        case .disk(let path): Self.mainFile(path)
        case .revision(let revision, let path): "\(revision):\(path)"
        }
    }

    /// The dialogue, or what went wrong, reported to the console.
    package func load(to console: Console) -> Dialogue? {
        switch self {
        case .disk(let path):
            return DialogueSource.file(Self.mainFile(path)).loadOrReport(to: console)
        case .revision(let revision, let path):
            let folder = (path as NSString).deletingLastPathComponent
            switch GitRevision(revision: revision).files(under: folder) {
            case .failure(let failure):
                console.writeError("Error: \(failure.message)\n")
                return nil
            case .success(let files):
                let outcome = DialogueLoader(files: InMemoryFiles(files)).load(path)
                guard let dialogue = outcome.dialogue else {
                    console.report(outcome.diagnostics, sources: outcome.sources)
                    console.writeError("The dialogue at \(revision) cannot be loaded.\n")
                    return nil
                }
                return dialogue
            }
        }
    }
}
