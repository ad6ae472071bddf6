// libFuzzer entry point over the files the tools open, on a real scratch folder: each input is a small
// program that lays out files, folders, pipes, symbolic links (inside, outside, to /proc, to devices,
// in loops), long chains of includes and files over the size limits; then the shell's one file rule
// (`SourceReader`, `DiskFiles`) loads the dialogue, searches the folder as `check` does and reads the
// transcript. A finding is any crash or hang, and any of these:
//   - a file read whose real path lies outside the scratch folder, or that is not an ordinary file;
//   - a file read larger than its limit;
//   - a secret (from the environment, from a file outside the folder, or /etc/passwd) in any message.
//
// Runs are cheap so that millions fit in an hour: the folder is made once (on /dev/shm when there is
// one) and named relatively, as `signpost check Dialogues` names it; each program is first worked out
// as what it leaves at each name (`Entry`), and only the names whose entry differs from the last run's
// are changed on disk, the chain of includes likewise.
//
// Built by Fuzz/run-files.sh with the sources of Sources/DialogueKit and the shell's file readers into
// one module named DialogueKit (so their `import DialogueKit` is the module itself). Never part of the
// package build.

import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFiles(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    FileFuzz.run(bytes)
    return 0
}

@_cdecl("LLVMFuzzerInitialize")
public func fuzzFilesInitialize(
    _ argc: UnsafeMutablePointer<Int32>?,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>?
) -> Int32 {
    setenv("SIGNPOST_FUZZ_SECRET", FileFuzz.environmentSecret, 1)
    FileFuzz.prepare()
    return 0
}

enum FileFuzz {
    static let environmentSecret = "env-secret-7f3a9c"
    static let outsideSecret = "outside-secret-51b2"
    static let base =
        (FileManager.default.isWritableFile(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory())
        + "/signpost-fuzz-files-\(getpid())"
    /// The folder the tools are pointed at, inside `base` (the working folder once prepared); `outside`
    /// is its neighbour, never to be read.
    static let root = "root"
    static let outside = base + "/outside"
    nonisolated(unsafe) static var realRoot = ""
    /// How many files of the chain of includes are on disk (the last ones, `p(chainLength - n)` on),
    /// kept from run to run and changed only when a run asks for a longer or shorter chain.
    nonisolated(unsafe) static var chainOnDisk = 0

    /// Names a program may create, relative to `root`: a fixed set, so that what a run leaves is a value
    /// over them (`Entry` by index) and the next run changes only what differs.
    static let names = [
        "main.yaml", "a.yaml", "b.yaml", "sub/c.yaml", "sub/d.yaml", "sub/deep/e.yaml", "t.transcript",
        "sub/t.transcript", "link.yaml", "sub/link.yaml",
    ]
    static let linkTargets = [
        "/proc/self/environ", "/proc/self/pagemap", "/etc/passwd", "/dev/zero", "/dev/null", "../outside/secret.yaml",
        "../../outside/secret.yaml", "a.yaml", "../a.yaml", "sub", ".", "..", "link.yaml", "sub/link.yaml", "main.yaml",
        "missing.yaml", "c.yaml", "deep/e.yaml", "/proc/self/fd/0", "../t.transcript", "fifo.yaml",
    ]
    static let contents = [
        "title: T\nstart: a\ninclude: a.yaml\nnodes:\n  a:\n    say: Hi.\n    next: b\n  b:\n    end: Bye.\n",
        "include: [b.yaml, sub/c.yaml]\nnodes:\n  x:\n    end: X.\n",
        "include: ../a.yaml\nnodes:\n  y:\n    end: Y.\n",
        "include: link.yaml\nnodes:\n  z:\n    end: Z.\n",
        "title: L\nstart: s\ninclude: sub/link.yaml\nnodes:\n  s:\n    end: S.\n",
        "nodes:\n  b:\n    end: B.\n",
        "> quit\n",
        "# dialogue: ../outside/secret.yaml\n> quit\n",
        "# dialogue: link.yaml\n> no\n",
        "nodes: [\n",
    ]

    static func prepare() {
        mkdir(base, 0o700)
        // The tools are pointed at the folder by a relative name, as `signpost check Dialogues` is.
        chdir(base)
        for folder in [root, root + "/sub", root + "/sub/deep", outside] { mkdir(folder, 0o700) }
        write(outside + "/secret.yaml", Array("nodes:\n  \(outsideSecret): [\n".utf8))
        realRoot = (try? DiskFiles.realPath(root).get()) ?? root
    }

    /// The most files deep a chain of includes goes: past the loader's limit (64), not far past it.
    static let chainLength = 70

    /// What a program leaves at one of `names`. A folder stays a folder: every other operation first
    /// unlinks the name, which a folder refuses, and then cannot create over it.
    enum Entry: Equatable {
        case file([UInt8])
        /// A file of this many bytes, all a hole: over a limit without costing the memory.
        case sparse(Int)
        case link(String)
        case pipe
        case folder
    }

    /// What is on disk at each of `names` (by index), from the last run: each run changes only the
    /// names whose entry differs, so a run costs the system calls of what its input changes.
    nonisolated(unsafe) static var onDisk: [Int: Entry] = [:]

    /// Makes `root` hold exactly `entries` and the last `chain` files of the chain of includes.
    /// `sub` and `sub/deep` are always there: no name is theirs, so no program can replace them.
    static func lay(_ entries: [Int: Entry], chain: Int) {
        for (index, old) in onDisk where entries[index] != old {
            let path = root + "/" + names[index]
            if old == .folder { rmdir(path) } else { unlink(path) }
        }
        for (index, entry) in entries where onDisk[index] != entry {
            let path = root + "/" + names[index]
            switch entry {
            case .file(let bytes): write(path, bytes)
            case .sparse(let size):
                write(path, [])
                truncate(path, off_t(size))
            case .link(let target): symlink(target, path)
            case .pipe: mkfifo(path, 0o600)
            case .folder: mkdir(path, 0o700)
            }
        }
        onDisk = entries
        layChain(chain)
    }

    /// Leaves exactly the last `depth` files of the chain on disk, `p(chainLength - depth)` to
    /// `p(chainLength - 1)`, each including the next (the last one names a file that is not there),
    /// writing or removing only the difference from the last run.
    static func layChain(_ depth: Int) {
        for level in (chainLength - chainOnDisk)..<(chainLength - min(depth, chainOnDisk)) {
            unlink(root + "/p\(level).yaml")
        }
        for level in (chainLength - depth)..<(chainLength - min(depth, chainOnDisk)) {
            write(
                root + "/p\(level).yaml", Array("include: p\(level + 1).yaml\nnodes:\n  n\(level):\n    end: E.\n".utf8)
            )
        }
        chainOnDisk = depth
    }

    static func run(_ bytes: [UInt8]) {
        var reader = ByteReader(bytes: bytes)
        var entries: [Int: Entry] = [:]
        var operations = 0
        var chain = 0
        while !reader.isAtEnd, operations < 12 {
            operations += 1
            let index = Int(reader.next()) % names.count
            let entry: Entry
            switch reader.next() % 8 {
            case 0, 1: entry = .file(Array(contents[Int(reader.next()) % contents.count].utf8))
            case 2:
                // Raw bytes from the input: anything at all in a file.
                entry = .file(reader.take(Int(reader.next())))
            case 3: entry = .link(linkTargets[Int(reader.next()) % linkTargets.count])
            case 4:
                // Over a limit: the transcript's (2 MiB) or a dialogue file's.
                let limit = reader.next() % 2 == 0 ? Transcript.maximumSize : YAMLParser.maximumFileSize
                entry = .sparse(limit + 1 + Int(reader.next()))
            case 5: entry = .pipe
            case 6:
                // A chain of includes `depth` files long, each naming the next, up to `chainLength`.
                let depth = Int(reader.next()) % (chainLength + 1)
                chain = max(chain, depth)
                entry = .file(
                    Array("title: C\nstart: s\ninclude: p\(chainLength - depth).yaml\nnodes:\n  s:\n    end: S.\n".utf8)
                )
            default: entry = .folder
            }
            if entries[index] != .folder { entries[index] = entry }
        }
        lay(entries, chain: chain)
        check()
    }

    /// Everything the shell does with the folder, and the oracle over what came back. The workspace
    /// loads `main.yaml` as `run --dialogue` would, and every other dialogue found, as `check` does.
    static func check() {
        let files = DiskFiles()
        let found = search(root)
        let workspace = DialogueWorkspace(candidates: found, files: files)
        for (_, loaded) in workspace.outcomes {
            expectClean(loaded.diagnostics, sources: loaded.sources)
            for source in loaded.sources { expectConfined(source, limit: YAMLParser.maximumFileSize) }
        }

        for transcript in [root + "/t.transcript", root + "/sub/t.transcript"] {
            switch SourceReader(limit: Transcript.maximumSize, role: .transcript).read(path: transcript) {
            case .success(let source): expectConfined(source, limit: Transcript.maximumSize)
            case .failure(let refusal): expectClean([Diagnostic(refusal, file: transcript, range: nil)], sources: [])
            }
        }
    }

    /// The dialogue files below `folder`, as `check` finds them (the names only: reading is the rule's),
    /// with plain `readdir`, following no link to a folder.
    static func search(_ folder: String, depth: Int = 0) -> [String] {
        guard depth < 4, let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var found: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) {
                String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let path = folder + "/" + name
            if entry.pointee.d_type == DT_DIR {
                found += search(path, depth: depth + 1)
            } else if name.hasSuffix(".yaml") {
                found.append(path)
            }
        }
        return found.sorted()
    }

    static func expectConfined(_ source: SourceFile, limit: Int) {
        guard case .success(let real) = DiskFiles.realPath(source.name) else { return }
        if !Path.isInside(real, folder: realRoot) {
            fatalError("read a file outside the folder: \(source.name) -> \(real)")
        }
        if source.bytes.count > limit {
            fatalError("read \(source.bytes.count) bytes from \(source.name), over \(limit)")
        }
        var status = stat()
        if lstat(real, &status) == 0, status.st_mode & S_IFMT != S_IFREG {
            fatalError("read something not a file: \(real)")
        }
    }

    static func expectClean(_ diagnostics: [Diagnostic], sources: [SourceFile]) {
        let text = DiagnosticRenderer().render(diagnostics) { name in sources.first { $0.name == name } }
        for secret in [environmentSecret, outsideSecret, "root:x:0"] where text.contains(secret) {
            fatalError("a message quotes a secret: \(secret)")
        }
    }

    static func write(_ path: String, _ bytes: [UInt8]) {
        unlink(path)
        let descriptor = open(path, O_CREAT | O_WRONLY | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else { return }
        _ = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
    }
}

/// Reads the fuzzer's bytes as small numbers, then as zeros once they run out.
struct ByteReader {
    let bytes: [UInt8]
    var position = 0

    var isAtEnd: Bool { position >= bytes.count }

    mutating func next() -> UInt8 {
        guard position < bytes.count else { return 0 }
        defer { position += 1 }
        return bytes[position]
    }

    mutating func take(_ count: Int) -> [UInt8] {
        let end = min(bytes.count, position + count)
        defer { position = end }
        return Array(bytes[position..<end])
    }
}
