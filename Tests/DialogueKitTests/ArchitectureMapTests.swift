import Foundation
import TestSupport
import Testing

/// `docs/architecture.md` is the map of the code: every file, type and folder it names exists, so a
/// rename or a move that leaves the map behind fails here rather than misleading the next reader.
@Suite struct ArchitectureMapTests {
    /// Names the map may use that are not files or types of this package: its targets, and the
    /// libraries and APIs it names.
    static let outsideNames: Set<String> = [
        "DialogueKit", "SignpostCLI", "SignpostWeb", "TestSupport", "EmbedDialogues", "CReadline", "ArgumentParser",
        "FileHandle",
    ]

    @Test func everyNameOnTheMapIsAFileOrATypeOfThePackage() throws {
        let map = try String(contentsOf: packageRoot.appending(path: "docs/architecture.md"), encoding: .utf8)
        let sources = try Self.swiftFiles(in: ["Sources", "Tests", "Plugins"])
        let fileNames = Set(
            sources.map { $0.lastPathComponent.replacing(".swift", with: "") }.flatMap { name in
                // `LoadSession+TopLevelKeys.swift` is named by either part.
                name.split(separator: "+").map(String.init)
            })
        var declared: Set<String> = []
        for file in sources where file.path.contains("/Sources/") {
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in text.matches(of: #/(?:struct|enum|class|protocol|typealias|actor|case|func|var|let)\s+(\w+)/#)
            {
                declared.insert(String(match.output.1))
            }
        }
        let named = Set(map.matches(of: #/\b[A-Z][a-z0-9]+(?:[A-Z][A-Za-z0-9]*)+\b/#).map { String($0.output) })
        let unknown = named.subtracting(fileNames).subtracting(declared).subtracting(Self.outsideNames)
        #expect(unknown.isEmpty, "docs/architecture.md names what the package does not have: \(unknown.sorted())")
        #expect(named.count > 100, "the map names \(named.count) things; it was read wrongly")
    }

    @Test func everyPathOnTheMapExists() throws {
        let map = try String(contentsOf: packageRoot.appending(path: "docs/architecture.md"), encoding: .utf8)
        let sources = try Self.swiftFiles(in: ["Sources"]).map(\.path)
        let paths = map.matches(of: #/`([\w/+.-]+\.swift)`/#).map { String($0.output.1) }
        let missing = paths.filter { path in !sources.contains { $0.hasSuffix("/" + path) } }
        #expect(missing.isEmpty, "docs/architecture.md names files that are not in Sources/: \(missing)")
        #expect(!paths.isEmpty)
        // The folders drawn under each target, such as `REPL/` and `Conversation/`.
        let folders = Set(map.matches(of: #/│?\s{2,}(\w+)/\s/#).map { String($0.output.1) })
        let present = Set(try Self.folders(in: "Sources"))
        #expect(
            folders.subtracting(present).isEmpty,
            "folders on the map but not in Sources/: \(folders.subtracting(present).sorted())")
        #expect(folders.count > 10, "the map draws \(folders.count) folders; it was read wrongly")
    }

    static func swiftFiles(in folders: [String]) throws -> [URL] {
        try folders.flatMap { folder -> [URL] in
            let root = packageRoot.appending(path: folder)
            guard let walk = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else {
                throw CocoaError(.fileReadNoSuchFile)
            }
            return walk.compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        }
    }

    static func folders(in folder: String) throws -> [String] {
        let root = packageRoot.appending(path: folder)
        guard let walk = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isDirectoryKey]) else {
            throw CocoaError(.fileReadNoSuchFile)
        }
        return walk.compactMap { $0 as? URL }.filter {
            (try? $0.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true
        }
        .map(\.lastPathComponent)
    }
}
