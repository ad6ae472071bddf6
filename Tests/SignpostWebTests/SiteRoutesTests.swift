import DialogueKit
import Hummingbird
import HTTPTypes
import HummingbirdTesting
import SignpostWeb
import Testing

@Suite("The web site's routes, headers and errors")
struct SiteRoutesTests {
    static let securityHeaders: [(String, String)] = [
        ("Cache-Control", "no-store"),
        ("Referrer-Policy", "no-referrer"),
        ("X-Content-Type-Options", "nosniff"),
    ]

    static func expectSecure(_ headers: HTTPFields, _ comment: Comment? = nil) {
        for (name, value) in securityHeaders {
            #expect(headers[HTTPField.Name(name)!] == value, comment)
        }
        let policy = headers[HTTPField.Name("Content-Security-Policy")!] ?? ""
        #expect(policy.contains("default-src 'self'"), comment)
        #expect(policy.contains("frame-ancestors 'none'"), comment)
        #expect(!policy.contains("unsafe-inline"), comment)
        #expect(headers[.setCookie] == nil, comment)
    }

    @Test func theFirstPageAsksTheFirstQuestionWithEveryHeader() async throws {
        try await TestSite.application().test(.router) { client in
            let (status, headers, body) = try await client.get("/")
            #expect(status == .ok)
            #expect(headers[.contentType] == "text/html; charset=utf-8")
            Self.expectSecure(headers)
            let page = PageText(html: body)
            #expect(page.formNode == "danger")
            #expect(body.contains("<legend class=\"fieldset__legend\"><h1"))
            #expect(body.contains("type=\"radio\""))
            #expect(body.contains("data-exit-this-page"))
            #expect(body.contains("href=\"https://example.com/neutral\""))
            #expect(!body.contains("<script>"), "no inline script")
            #expect(!body.contains("style=\""), "no inline style")
            #expect(!body.contains("http://") && !body.contains("src=\"https"), "nothing from elsewhere")
        }
    }

    @Test func assetsAreServedWithTheHeadersToo() async throws {
        try await TestSite.application().test(.router) { client in
            let (cssStatus, cssHeaders, css) = try await client.get("/assets/site.css")
            #expect(cssStatus == .ok && cssHeaders[.contentType] == "text/css; charset=utf-8")
            #expect(css.contains("@media print"))
            Self.expectSecure(cssHeaders)
            let (jsStatus, jsHeaders, script) = try await client.get("/assets/exit.js")
            #expect(jsStatus == .ok && jsHeaders[.contentType] == "text/javascript; charset=utf-8")
            #expect(script.contains("location.replace"))
        }
    }

    @Test func unknownPathsGetAFriendly404() async throws {
        try await TestSite.application().test(.router) { client in
            let (status, headers, body) = try await client.get("/admin/../etc/passwd")
            #expect(status == .notFound)
            Self.expectSecure(headers)
            #expect(body.contains("Page not found"))
            #expect(body.contains("Exit this page"))
        }
    }

    @Test func formRoutesRefuseGetWith405() async throws {
        try await TestSite.application().test(.router) { client in
            for path in ["/next", "/answers", "/plan", "/plan.txt", "/current"] {
                let (status, headers, body) = try await client.get(path)
                #expect(status == .methodNotAllowed, "\(path)")
                #expect(headers[.allow] == "POST")
                #expect(body.contains("Start again"))
            }
        }
    }

    @Test func aMalformedFormIs400() async throws {
        try await TestSite.application().test(.router) { client in
            for raw in ["trail=%zz", "trail=%C3%28", "a=%", String(repeating: "a=1&", count: 40)] {
                let (status, headers, body) = try await client.execute(
                    uri: "/next", method: .post, headers: TestSite.formHeaders, body: ByteBuffer(string: raw)
                ) { ($0.status, $0.headers, String(buffer: $0.body)) }
                #expect(status == .badRequest, "\(raw.prefix(20))")
                Self.expectSecure(headers)
                #expect(body.contains("could not be read"))
            }
        }
    }

    @Test func aBodyOverTheLimitIs413() async throws {
        try await TestSite.application().test(.router) { client in
            let big = ByteBuffer(string: "trail=" + String(repeating: "a", count: SiteSettings.maximumBodySize + 1))
            let (status, headers, body) = try await client.execute(uri: "/next", method: .post, headers: TestSite.formHeaders, body: big) {
                ($0.status, $0.headers, String(buffer: $0.body))
            }
            #expect(status == .contentTooLarge)
            Self.expectSecure(headers)
            #expect(body.contains("too much to send"))
        }
    }

    @Test func aTamperedOrStaleTrailStartsAgainPolitely() async throws {
        let stale = ConversationTrail(dialogue: "0000000000000000", batches: [["no"]]).encoded()
        try await TestSite.application().test(.router) { client in
            for (trail, words) in [("tampered", "could not be read"), (stale, "has been updated"), ("", "could not be read")] {
                let (status, _, body) = try await client.post("/next", [("trail", trail), ("answer", "2")])
                #expect(status == .ok)
                #expect(body.contains(words))
                #expect(PageText(html: body).formNode == "danger")
            }
        }
    }

    @Test func continueWithNoAnswerShowsAnErrorSummaryAndAddsNothing() async throws {
        try await TestSite.application().test(.router) { client in
            let (_, _, first) = try await client.get("/")
            let trail = try #require(PageText(html: first).trail)
            let (status, _, body) = try await client.post("/next", [("trail", trail)])
            #expect(status == .ok)
            #expect(body.contains("class=\"error-summary\""))
            #expect(body.contains("<title>Error: "))
            #expect(body.contains("href=\"#answer-1\""))
            #expect(PageText(html: body).trail == trail)
        }
    }

    @Test func whatTheAdultTypesIsEscaped() async throws {
        try await TestSite.application().test(.router) { client in
            let (_, _, first) = try await client.get("/")
            let trail = try #require(PageText(html: first).trail)
            let (_, _, body) = try await client.post("/next", [("trail", trail), ("say", "<script>alert(\"x\")</script>")])
            #expect(!body.contains("<script>alert"))
            #expect(body.contains("&lt;script&gt;alert(&quot;x&quot;)"))
        }
    }

    @Test func theDownloadedPlanIsAPlainTextAttachmentWithoutAddressesUnlessAsked() async throws {
        try await TestSite.application().test(.router) { client in
            let dialogue = try TestSite.settings().engine.dialogue
            let lines = try TestSite.inputs(of: "urls-in-plan.transcript")
            #expect(lines.contains("https://example.org/1"))
            let trail = ConversationTrail(dialogue: BuiltInDialogue.fingerprint, batches: lines.map { [$0] }).encoded()
            let (status, headers, text) = try await client.post("/plan.txt", [("trail", trail)])
            #expect(status == .ok)
            #expect(headers[.contentType] == "text/plain; charset=utf-8")
            #expect(headers[.contentDisposition]?.hasPrefix("attachment; filename=") == true)
            Self.expectSecure(headers)
            #expect(text.hasPrefix(dialogue.title))
            #expect(text.contains("Where to get support"))
            #expect(!text.contains("example.org"))
            let (_, _, withAddresses) = try await client.post("/plan.txt", [("trail", trail), ("with", "addresses")])
            #expect(withAddresses.contains("https://example.org/1"))
        }
    }

    @Test func aTextAreaOfAddressesKeepsTheGoodOnesAndReturnsTheRest() async throws {
        try await TestSite.application().test(.router) { client in
            let lines = try TestSite.linesToTheAddressList()
            let trail = ConversationTrail(dialogue: BuiltInDialogue.fingerprint, batches: lines.map { [$0] }).encoded()
            let (_, _, collecting) = try await client.post("/current", [("trail", trail)])
            let node = try #require(PageText(html: collecting).formNode)
            #expect(collecting.contains("<textarea"))
            let (_, _, refused) = try await client.post("/next", [("trail", trail), ("entries", "https://example.org/a\r\nnot an address\r\n")])
            #expect(refused.contains("class=\"error-summary\""))
            #expect(refused.contains(">not an address</textarea>"))
            #expect(PageText(html: refused).formNode == node)
            #expect(refused.contains("Saved so far: 1."))
            // A page has no Enter to press and no empty line to leave: its notices say what to select.
            #expect(refused.contains("or remove it from the box"))
            #expect(!refused.contains("press Enter"))
            #expect(!refused.contains("empty line"))
            let next = try #require(PageText(html: refused).trail)
            let (_, _, moved) = try await client.post("/next", [("trail", next), ("entries", "https://example.org/b")])
            #expect(PageText(html: moved).formNode != node)
        }
    }

    @Test func yourAnswersListsEachWithAChangeButton() async throws {
        try await TestSite.application().test(.router) { client in
            let trail = ConversationTrail(dialogue: BuiltInDialogue.fingerprint, batches: [["no"], ["I am their parent or carer"]]).encoded()
            let (_, _, body) = try await client.post("/answers", [("trail", trail)])
            #expect(body.contains("Is the child in immediate danger right now?"))
            #expect(body.contains("name=\"say\" value=\"change 1\""))
            #expect(body.contains("name=\"say\" value=\"change 2\""))
            let (_, _, changing) = try await client.post("/next", [("trail", trail), ("say", "change 1")])
            #expect(PageText(html: changing).formNode == "danger")
        }
    }
}
