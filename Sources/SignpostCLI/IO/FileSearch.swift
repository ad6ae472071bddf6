import ArgumentParser
import DialogueKit
import Foundation

/// Turns the paths an author names into files: a file stands for itself, a folder for every file below
/// it with one of the given endings. A path that does not exist stops the command with a message.
enum FileSearch {
    static func files(in paths: [String], endingIn endings: [String], console: Console) throws -> [String] {
        var found: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                console.report([Diagnostic(FileRefusal.noSuchFileOrFolder, file: path, range: nil)], sources: [])
                throw ExitCode.failure
            }
            guard isDirectory.boolValue else {
                found.append(path)
                continue
            }
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            let below = FileManager.default.enumerator(atPath: path)?.compactMap { $0 as? String } ?? []
            found += below.filter { name in endings.contains { name.hasSuffix($0) } }.sorted().map { base + "/" + $0 }
        }
        var seen: Set<String> = []
        return found.filter { seen.insert($0).inserted }
    }
}
