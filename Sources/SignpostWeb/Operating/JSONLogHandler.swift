import Foundation
import Logging
import Synchronization

/// Log lines as JSON, one object a line on standard output: `{"time":…,"level":…,"message":…}` and the
/// metadata the site's code attaches (never a request's query, body or headers). A log collector reads
/// the level without parsing prose.
package struct JSONLogHandler: LogHandler {
    package var metadata: Logger.Metadata = [:]
    package var logLevel: Logger.Level = .info
    private let label: String
    private static let output = Mutex(())

    package init(label: String) {
        self.label = label
    }

    package subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    package func log(event: LogEvent) {
        var fields: [String: String] = [:]
        for (key, value) in metadata.merging(event.metadata ?? [:], uniquingKeysWith: { $1 }) {
            fields[key] = "\(value)"
        }
        fields["time"] = Date().formatted(.iso8601)
        fields["level"] = event.level.rawValue
        fields["message"] = "\(event.message)"
        fields["logger"] = label
        let line = Self.line(fields)
        Self.output.withLock { _ in
            var rest = line[...]
            while !rest.isEmpty {
                let written = rest.withUnsafeBytes { Foundation.write(1, $0.baseAddress, $0.count) }
                guard written > 0 else { return }
                rest = rest.dropFirst(written)
            }
        }
    }

    /// The fields as one JSON object, keys sorted, and a line break: written out here rather than by
    /// `JSONEncoder`, which was a twentieth of a page's time for one line a request.
    static func line(_ fields: [String: String]) -> [UInt8] {
        var line: [UInt8] = [UInt8(ascii: "{")]
        for (index, key) in fields.keys.sorted().enumerated() {
            if index > 0 { line.append(UInt8(ascii: ",")) }
            appendString(key, to: &line)
            line.append(UInt8(ascii: ":"))
            appendString(fields[key] ?? "", to: &line)
        }
        line.append(contentsOf: Array("}\n".utf8))
        return line
    }

    /// A JSON string: quotes and backslashes escaped, control characters as `\u00XX`.
    private static func appendString(_ text: String, to line: inout [UInt8]) {
        let hex = Array("0123456789abcdef".utf8)
        line.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                line.append(UInt8(ascii: "\\"))
                line.append(byte)
            case 0..<0x20:
                line.append(contentsOf: Array("\\u00".utf8))
                line.append(hex[Int(byte >> 4)])
                line.append(hex[Int(byte & 0xF)])
            default:
                line.append(byte)
            }
        }
        line.append(UInt8(ascii: "\""))
    }
}
