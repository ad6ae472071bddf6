import DialogueKit
import Foundation

/// The path from one folder to a file, so a transcript can name its dialogue relative to itself.
enum RelativePath {
    static func from(directory: String, to target: String) -> String {
        let current = FileManager.default.currentDirectoryPath
        let fromParts = absoluteParts(directory.isEmpty ? "." : directory, current: current)
        let toParts = absoluteParts(target, current: current)
        var common = 0
        while common < fromParts.count, common < toParts.count, fromParts[common] == toParts[common] { common += 1 }
        let ups = Array(repeating: "..", count: fromParts.count - common)
        return (ups + toParts[common...]).joined(separator: "/")
    }

    private static func absoluteParts(_ path: String, current: String) -> [String] {
        let absolute = path.hasPrefix("/") ? path : current + "/" + path
        return DialogueKit.Path.normalized(absolute).split(separator: "/").map(String.init)
    }
}
