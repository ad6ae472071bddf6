import Foundation

// Writes a Swift file holding each given file's text as a raw string literal, keyed by `Dialogues/NAME`.
// Usage: EmbedDialogues OUTPUT.swift FILE...

let arguments = CommandLine.arguments.dropFirst()
guard let output = arguments.first else {
    FileHandle.standardError.write(Data("usage: EmbedDialogues OUTPUT.swift FILE...\n".utf8))
    exit(2)
}

var source = """
    // Generated at build time from the files in Dialogues/ by the EmbedDialogues plugin. Do not edit.

    enum EmbeddedDialogues {
        /// The text of each file in Dialogues/, keyed by its path from the package root.
        static let files: [String: String] = [

    """
for path in arguments.dropFirst() {
    guard let data = FileManager.default.contents(atPath: path) else {
        FileHandle.standardError.write(Data("EmbedDialogues: cannot read \(path)\n".utf8))
        exit(1)
    }
    let text = String(decoding: data, as: UTF8.self)
    // Enough '#' that nothing in the text can close the raw string early.
    var longestRun = 0
    var run = 0
    for character in text {
        run = character == "#" ? run + 1 : 0
        longestRun = max(longestRun, run)
    }
    let hashes = String(repeating: "#", count: longestRun + 1)
    let name = "Dialogues/" + URL(fileURLWithPath: path).lastPathComponent
    source += "        \"\(name)\": \(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes),\n"
}
source += "    ]\n}\n"
do {
    try source.write(toFile: output, atomically: true, encoding: .utf8)
} catch {
    FileHandle.standardError.write(Data("EmbedDialogues: cannot write \(output): \(error)\n".utf8))
    exit(1)
}
