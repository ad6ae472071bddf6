import ArgumentParser
import DialogueKit
import Foundation
import Hummingbird
import Logging
import NIOCore
import SignpostWeb

/// `signpost-web`: the conversation on a web page. It keeps nothing between requests (each page's state
/// is sealed into its address), so any number of identical processes sharing one key can stand behind
/// a load balancer.
@main
struct SignpostWebCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "signpost-web",
        abstract: "Serve the Signpost conversation as a web site (no cookies, no state kept on the server).",
        discussion: """
            Each page's state is sealed into its address with a key held by the server. One process makes its own \
            key at start-up. Several processes behind a load balancer must share one: put 64 hexadecimal digits \
            (32 random bytes, e.g. from `openssl rand -hex 32`) in the environment variable \(keyVariable).
            """,
        version: SignpostVersion.current)

    static let keyVariable = "SIGNPOST_WEB_KEY"

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on.")
    var port = 8080

    @Option(help: "A dialogue file to serve instead of the built-in one.")
    var dialogue: String?

    @Flag(
        name: .long,
        help: "Serve a dialogue file even when 'signpost check' finds errors in it (for authors trying a draft).")
    var allowDraft = false

    @Option(help: "Where Exit this page goes: a neutral site.")
    var exitURL = SiteSettings.defaultExitURL

    mutating func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must be between 1 and 65535.") }
        guard exitURL.hasPrefix("https://") || exitURL.hasPrefix("http://") else {
            throw ValidationError("--exit-url must be a web address starting https:// or http://.")
        }
    }

    func run() async throws {
        var standardError = StandardError()
        let (outcome, fingerprint) =
            dialogue.map(DialogueFolder.load) ?? (BuiltInDialogue.load(), BuiltInDialogue.fingerprint)
        guard let loaded = outcome.dialogue else {
            for diagnostic in outcome.diagnostics {
                print(
                    DiagnosticRenderer().render(
                        diagnostic, source: { name in outcome.sources.first { $0.name == name } }), to: &standardError)
            }
            print("The dialogue cannot be served until it is fixed.", to: &standardError)
            throw ExitCode(1)
        }
        // A dialogue from disk is checked as 'signpost check' checks it: errors refuse it (docs/deploying.md).
        if dialogue != nil {
            let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
            let today = CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
            let errors = DialogueChecker(dialogue: loaded, today: today, sources: outcome.sources).findings()
                .map(\.diagnostic).filter { $0.severity == .error }
            if !errors.isEmpty, allowDraft {
                print(
                    "Note: serving a draft with \(errors.count) error(s) that 'signpost check' reports.",
                    to: &standardError)
            } else if !errors.isEmpty {
                for diagnostic in errors {
                    print(
                        DiagnosticRenderer().render(
                            diagnostic, source: { name in outcome.sources.first { $0.name == name } }),
                        to: &standardError)
                }
                print(
                    "The dialogue has \(errors.count) error(s) that 'signpost check' reports and cannot be served until they are fixed. "
                        + "To try a draft anyway, add --allow-draft.", to: &standardError)
                throw ExitCode(1)
            }
        }
        let seal: StateSeal
        if let hex = ProcessInfo.processInfo.environment[Self.keyVariable] {
            guard let key = StateSeal.key(hex: hex) else {
                print(
                    "\(Self.keyVariable) must be 64 hexadecimal digits (32 bytes), such as `openssl rand -hex 32` prints.",
                    to: &standardError)
                throw ExitCode(1)
            }
            seal = StateSeal(key: key)
        } else {
            seal = StateSeal()
        }
        FileLimit.raiseToHardLimit()
        LoggingSystem.bootstrap(JSONLogHandler.init)
        let logger = Logger(label: "signpost-web")
        let site = SignpostSite(
            settings: SiteSettings(dialogue: loaded, fingerprint: fingerprint, exitURL: exitURL, seal: seal))
        do {
            try await SiteServer.application(site: site, host: host, port: port, logger: logger).runService()
        } catch let error as IOError where error.errnoCode == EADDRINUSE {
            print(Self.portTakenMessage(host: host, port: port), to: &standardError)
            throw ExitCode(1)
        }
    }

    /// What to say when another program already listens on the port, instead of NIO's bind error.
    static func portTakenMessage(host: String, port: Int) -> String {
        let other = port < 65535 ? port + 1 : port - 1
        return "signpost-web: port \(port) on \(VisibleText.make(host)) is already in use by another program. "
            + "Stop that program, or choose another port with --port (for example --port \(other))."
    }
}
