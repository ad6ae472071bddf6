import ArgumentParser
import DialogueKit

/// Collects text and hands it to the console 64 KB at a time.
struct ChunkedOutput: TextOutputStream {
    let console: Console
    private var buffer = ""

    init(console: Console) {
        self.console = console
        buffer.reserveCapacity(Self.chunkSize + 1024)
    }

    static let chunkSize = 65_536

    mutating func write(_ text: String) {
        buffer += text
        if buffer.utf8.count >= Self.chunkSize { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        console.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
