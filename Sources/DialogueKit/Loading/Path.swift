/// The little path arithmetic the loader needs, done on strings so it stays pure.
package enum Path {
    /// The folder part of a path, or an empty string for a bare file name.
    package static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    /// `relative` taken from `directory`, with `.` and `..` folded away.
    package static func join(_ directory: String, _ relative: String) -> String {
        if relative.hasPrefix("/") || directory.isEmpty { return normalized(relative) }
        return normalized(directory + "/" + relative)
    }

    /// True when `path` is `folder` itself or lies below it, both taken as written (no links followed).
    /// An empty folder is the current one: any relative path that does not climb out with `..`.
    package static func isInside(_ path: String, folder: String) -> Bool {
        let path = normalized(path)
        let folder = normalized(folder)
        if folder.isEmpty { return !path.hasPrefix("/") && path != ".." && !path.hasPrefix("../") }
        if folder == "/" { return path.hasPrefix("/") }
        return path == folder || path.hasPrefix(folder + "/")
    }

    package static func normalized(_ path: String) -> String {
        if isNormal(path) { return path }
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        return (path.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
    }

    /// True when `normalized` would give `path` back as it is: no empty, `.` or `..` part and no
    /// slash at the end. One pass over the bytes, since paths are normalised for every lookup.
    private static func isNormal(_ path: String) -> Bool {
        let slash = UInt8(ascii: "/")
        var length = 0
        var dots = 0
        var atStart = true
        for byte in path.utf8 {
            defer { atStart = false }
            if byte == slash {
                if length == 0, !atStart { return false }
                if length > 0, length == dots, dots <= 2 { return false }
                length = 0
                dots = 0
            } else {
                length += 1
                if byte == UInt8(ascii: ".") { dots += 1 }
            }
        }
        if length == 0 { return path.isEmpty || path == "/" }
        return !(length == dots && dots <= 2)
    }
}
