import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import TestSupport

@testable import DialogueKit
@testable import SignpostWeb

enum TestSiteError: Error {
    case dialogueDoesNotLoad(Int)
}

/// The site with the built-in dialogue, as the tests reach it, and helpers to post its forms.
enum TestSite {
    /// One seal for every test, so a state sealed by a test opens in any test site.
    static let seal = StateSeal()

    static func settings(seal: StateSeal = TestSite.seal) throws -> SiteSettings {
        let outcome = BuiltInDialogue.load()
        guard let dialogue = outcome.dialogue else {
            throw TestSiteError.dialogueDoesNotLoad(outcome.diagnostics.count)
        }
        return SiteSettings(
            dialogue: dialogue, fingerprint: BuiltInDialogue.fingerprint, exitURL: "https://example.com/neutral",
            seal: seal)
    }

    static func application(seal: StateSeal = TestSite.seal) throws -> some ApplicationProtocol {
        Application(router: SignpostSite(settings: try settings(seal: seal)).router(), logger: quietLogger)
    }

    /// A sealed state for the conversation of `batches` with the built-in dialogue.
    static func sealed(_ batches: [[String]], problem: PageProblem? = nil, change: PendingChange? = nil) -> String {
        seal.seal(
            PageState(
                trail: ConversationTrail(dialogue: BuiltInDialogue.fingerprint, batches: batches), problem: problem,
                change: change))
    }

    /// The address of the page for the conversation of `batches`.
    static func page(_ batches: [[String]], view: String = "/page") -> String {
        view + "?s=" + sealed(batches)
    }

    /// A form body: each value percent-encoded.
    static func form(_ fields: [(String, String)]) -> ByteBuffer {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let body = fields.map { name, value in
            name + "=" + (value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")
        }.joined(separator: "&")
        return ByteBuffer(string: body)
    }

    /// The access log, kept out of the test output.
    static var quietLogger: Logger {
        var logger = Logger(label: "signpost-web-tests")
        logger.logLevel = .error
        return logger
    }

    /// The inputs of a transcript in `Dialogues/transcripts/`, so tests follow the dialogue's wording.
    static func inputs(of transcript: String) throws -> [String] {
        let url = packageRoot.appending(path: "Dialogues/transcripts/\(transcript)")
        return Transcript.parse(try String(contentsOf: url, encoding: .utf8)).inputs
    }

    /// The lines that lead to the list of web addresses, from `urls-in-plan.transcript`.
    static func linesToTheAddressList() throws -> [String] {
        Array(try inputs(of: "urls-in-plan.transcript").prefix { !$0.hasPrefix("http") })
    }

    static let formHeaders: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
}

extension TestClientProtocol {
    /// Posts a form and returns the status, headers and body.
    func post(_ path: String, _ fields: [(String, String)]) async throws -> (HTTPResponse.Status, HTTPFields, String) {
        try await execute(uri: path, method: .post, headers: TestSite.formHeaders, body: TestSite.form(fields)) {
            response in
            (response.status, response.headers, String(buffer: response.body))
        }
    }

    func get(_ path: String) async throws -> (HTTPResponse.Status, HTTPFields, String) {
        try await execute(uri: path, method: .get) { response in
            (response.status, response.headers, String(buffer: response.body))
        }
    }

    /// Posts a form, and when the answer is a redirect (303), follows it as a browser does, with a GET.
    /// Returns the final status, headers and body, and the redirect's headers (`nil` when there was none).
    func submit(_ path: String, _ fields: [(String, String)]) async throws -> (
        HTTPResponse.Status, HTTPFields, String, redirect: HTTPFields?
    ) {
        let (status, headers, body) = try await post(path, fields)
        guard status == .seeOther, let location = headers[.location] else { return (status, headers, body, nil) }
        let (finalStatus, finalHeaders, page) = try await get(location)
        return (finalStatus, finalHeaders, page, headers)
    }
}
