import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import DialogueKit
@testable import SignpostWeb

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

    @Test func formRoutesRefuseGetWith405AndOtherMethodsEverywhere() async throws {
        try await TestSite.application().test(.router) { client in
            for path in ["/next", "/plan.txt"] {
                let (status, headers, body) = try await client.get(path)
                #expect(status == .methodNotAllowed, "\(path)")
                #expect(headers[.allow] == "POST")
                #expect(body.contains("Start again"))
            }
            for method in [HTTPRequest.Method.put, .delete, .options, .patch, HTTPRequest.Method("TRACE")!] {
                for path in ["/", "/next", "/page", "/no-such-page"] {
                    let (status, headers) = try await client.execute(uri: path, method: method) {
                        ($0.status, $0.headers)
                    }
                    #expect(status == .methodNotAllowed, "\(method) \(path)")
                    #expect(headers[.allow] == (path == "/next" ? "POST" : "GET, HEAD"), "\(method) \(path)")
                    Self.expectSecure(headers, "\(method) \(path)")
                }
            }
        }
    }

    @Test func aMalformedFormIs400() async throws {
        try await TestSite.application().test(.router) { client in
            for raw in ["state=%zz", "state=%C3%28", "a=%", String(repeating: "a=1&", count: 40)] {
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
            let big = ByteBuffer(string: "state=" + String(repeating: "a", count: SiteSettings.maximumBodySize + 1))
            let (status, headers, body) = try await client.execute(
                uri: "/next", method: .post, headers: TestSite.formHeaders, body: big
            ) {
                ($0.status, $0.headers, String(buffer: $0.body))
            }
            #expect(status == .contentTooLarge)
            Self.expectSecure(headers)
            #expect(body.contains("too much to send"))
        }
    }

    @Test func aFormFromAnotherSiteIs403() async throws {
        try await TestSite.application().test(.router) { client in
            var headers = TestSite.formHeaders
            headers[HTTPField.Name("Sec-Fetch-Site")!] = "cross-site"
            let body = TestSite.form([("state", TestSite.sealed([])), ("say", "999")])
            let status = try await client.execute(uri: "/next", method: .post, headers: headers, body: body) {
                $0.status
            }
            #expect(status == .forbidden)
        }
    }

    @Test func aTamperedStaleOrExpiredStateStartsAgainPolitely() async throws {
        let trail = ConversationTrail(dialogue: "0000000000000000", batches: [["no"]])
        let stale = TestSite.seal.seal(PageState(trail: trail))
        let longAgo = StateSeal(key: TestSite.seal.key, now: { Date(timeIntervalSinceNow: -3 * 60 * 60) })
        let expired = longAgo.seal(
            PageState(trail: ConversationTrail(dialogue: BuiltInDialogue.fingerprint, batches: [["no"]])))
        let otherKey = StateSeal().seal(PageState(trail: ConversationTrail(dialogue: BuiltInDialogue.fingerprint)))
        try await TestSite.application().test(.router) { client in
            for (state, words) in [
                ("tampered", "could not be read"), (stale, "has been updated"), ("", "could not be read"),
                (expired, "only works for 2 hours"), (otherKey, "could not be read"),
            ] {
                let (status, _, body, redirect) = try await client.submit("/next", [("state", state), ("answer", "2")])
                #expect(redirect?[.location]?.hasPrefix("/?again=") == true)
                #expect(status == .ok)
                #expect(body.contains(words), "\(words)")
                #expect(PageText(html: body).formNode == "danger")
                let (shown, headers, _) = try await client.get("/page?s=" + state)
                #expect(shown == .seeOther && headers[.location]?.hasPrefix("/?again=") == true)
            }
        }
    }

    @Test func everyFormIsAnsweredWithARedirectToAPageThatReloads() async throws {
        try await TestSite.application().test(.router) { client in
            let (_, _, first) = try await client.get("/")
            let state = try #require(PageText(html: first).state)
            let (status, headers, _) = try await client.post("/next", [("state", state), ("answer", "3")])
            #expect(status == .seeOther)
            Self.expectSecure(headers)
            let location = try #require(headers[.location])
            #expect(location.hasPrefix("/page?s="))
            // Sealed, not merely encoded: neither the address nor its base64url decoding holds the node,
            // the answer or the state's field names (two letters such as "no" turn up in any random text).
            let token = String(location.dropFirst("/page?s=".count))
            let decoded = Data(
                base64Encoded: token.replacingOccurrences(of: "-", with: "+")
                    .replacingOccurrences(of: "_", with: "/").padding(
                        toLength: (token.count + 3) / 4 * 4, withPad: "=", startingAt: 0))
            let bytes = String(decoding: try #require(decoded), as: UTF8.self)
            for revealing in ["danger", "batches", "dialogue"] {
                #expect(!location.contains(revealing) && !bytes.contains(revealing), "the address reveals \(revealing)")
            }
            let (again, _, page) = try await client.get(location)
            let (reloaded, _, same) = try await client.get(location)
            #expect(again == .ok && reloaded == .ok)
            #expect(PageText(html: page).formNode == "who")
            #expect(PageText(html: same).formNode == "who")
        }
    }

    @Test func pageTitlesSayWhatThePageIsAndNothingOfTheSubject() async throws {
        let dialogueTitle = try TestSite.settings().engine.dialogue.title
        try await TestSite.application().test(.router) { client in
            let lines = try TestSite.inputs(of: "urls-in-plan.transcript")
            for address in [
                "/", TestSite.page([["no"]]), TestSite.page(lines.map { [$0] }),
                TestSite.page([["no"]], view: "/answers"),
                TestSite.page([["no"]], view: "/plan"), TestSite.page([["no"], ["999"]]), "/privacy", "/no-such-page",
            ] {
                let (_, _, body) = try await client.get(address)
                let title = String(body[body.range(of: "<title>")!.upperBound...].prefix { $0 != "<" })
                #expect(title.hasSuffix(" – Signpost"), "\(title)")
                #expect(
                    !title.contains(dialogueTitle) && !title.lowercased().contains("image") && !title.contains("?"),
                    "\(title)")
            }
        }
    }

    @Test func continueWithNoAnswerShowsAnErrorSummaryAndAddsNothing() async throws {
        try await TestSite.application().test(.router) { client in
            let (_, _, first) = try await client.get("/")
            let state = try #require(PageText(html: first).state)
            let (status, _, body, redirect) = try await client.submit("/next", [("state", state)])
            #expect(redirect != nil)
            #expect(status == .ok)
            #expect(body.contains("class=\"error-summary\""))
            #expect(body.contains("<title>Error: "))
            #expect(body.contains("href=\"#answer-1\""))
            #expect(PageText(html: body).formNode == "danger")
        }
    }

    @Test func onlyTheLinesThePagesOfferAreAcceptedSoNoRequestPutsWordsInTheSitesMouth() async throws {
        try await TestSite.application().test(.router) { client in
            let state = TestSite.sealed([["no"]])
            for say in [
                "<script>alert(\"x\")</script>", "Call 0906 000 0000 now", "change 9", "change x", "restart",
                "save plan.txt",
            ] {
                let (status, headers, body) = try await client.post("/next", [("state", state), ("say", say)])
                #expect(status == .badRequest, "\(say)")
                Self.expectSecure(headers)
                #expect(!body.contains("0906") && !body.contains("alert"))
            }
            for say in ["", "999", "back", "change 1"] {
                let (status, _, _) = try await client.post("/next", [("state", state), ("say", say)])
                #expect(status == .seeOther, "\(say)")
            }
        }
    }

    @Test func theDownloadHasTheAddressesAndTheAnswersOnlyWhenEachIsAsked() async throws {
        try await TestSite.application().test(.router) { client in
            let dialogue = try TestSite.settings().engine.dialogue
            let lines = try TestSite.inputs(of: "urls-in-plan.transcript")
            #expect(lines.contains("https://example.org/1"))
            let state = TestSite.sealed(lines.map { [$0] })
            let (_, _, end) = try await client.get("/page?s=" + state)
            #expect(
                end.contains("Include the web addresses you gave")
                    && end.contains("Include your answers to the questions"))
            let (status, headers, text) = try await client.post("/plan.txt", [("state", state)])
            #expect(status == .ok)
            #expect(headers[.contentType] == "text/plain; charset=utf-8")
            #expect(headers[.contentDisposition]?.hasPrefix("attachment; filename=") == true)
            Self.expectSecure(headers)
            #expect(text.hasPrefix(dialogue.title))
            #expect(text.contains("Where to get support"))
            #expect(!text.contains("example.org"))
            #expect(!text.contains("Is the child in immediate danger"))
            let (_, _, withAddresses) = try await client.post("/plan.txt", [("state", state), ("with", "addresses")])
            #expect(withAddresses.contains("https://example.org/1"))
            #expect(!withAddresses.contains("Is the child in immediate danger"), "the answers only when asked")
            let (_, _, withAnswers) = try await client.post("/plan.txt", [("state", state), ("with", "answers")])
            #expect(withAnswers.contains("Is the child in immediate danger"))
            #expect(!withAnswers.contains("example.org"))
            let (_, _, both) = try await client.post(
                "/plan.txt", [("state", state), ("with", "addresses"), ("with", "answers")])
            #expect(both.contains("Is the child in immediate danger") && both.contains("https://example.org/1"))
        }
    }

    @Test func aTextAreaOfAddressesKeepsTheGoodOnesAndReturnsTheRest() async throws {
        try await TestSite.application().test(.router) { client in
            let lines = try TestSite.linesToTheAddressList()
            let (_, _, collecting) = try await client.get(TestSite.page(lines.map { [$0] }))
            let node = try #require(PageText(html: collecting).formNode)
            let state = try #require(PageText(html: collecting).state)
            #expect(collecting.contains("<textarea"))
            let (_, _, refused, _) = try await client.submit(
                "/next", [("state", state), ("entries", "https://example.org/a\r\nnot an address\r\n")])
            #expect(refused.contains("class=\"error-summary\""))
            #expect(refused.contains(">not an address</textarea>"))
            #expect(PageText(html: refused).formNode == node)
            #expect(refused.contains("Saved so far: 1."))
            // A page has no Enter to press and no empty line to leave: its notices say what to select.
            #expect(refused.contains("or remove it from the box"))
            #expect(!refused.contains("press Enter"))
            #expect(!refused.contains("empty line"))
            let next = try #require(PageText(html: refused).state)
            let (_, _, escaped, _) = try await client.submit(
                "/next", [("state", next), ("entries", "<script>alert(\"x\")</script>")])
            #expect(!escaped.contains("<script>alert"))
            #expect(escaped.contains("&lt;script&gt;alert(&quot;x&quot;)"))
            let (_, _, moved, _) = try await client.submit(
                "/next", [("state", next), ("entries", "https://example.org/b")])
            #expect(PageText(html: moved).formNode != node)
        }
    }

    @Test func yourAnswersListsEachWithAChangeButtonAndItsBackReturns() async throws {
        try await TestSite.application().test(.router) { client in
            let current = TestSite.page([["no"], ["I am their parent or carer"]])
            let state = String(current.dropFirst("/page?s=".count))
            let (_, _, body) = try await client.get("/answers?s=" + state)
            #expect(body.contains("Is the child in immediate danger right now?"))
            #expect(body.contains("name=\"say\" value=\"change 1\""))
            #expect(body.contains("name=\"say\" value=\"change 2\""))
            #expect(body.contains("class=\"back-link\""))
            #expect(!body.contains("data-command=\"back\""), "no Back that undoes an answer here")
            let back = try #require(body.range(of: "class=\"back-link\"").map { body[..<$0.lowerBound] })
            let href = String(back[back.range(of: "href=\"", options: .backwards)!.upperBound...].prefix { $0 != "\"" })
            let (_, _, returned) = try await client.get(PageText.decode(href))
            #expect(PageText(html: returned).formNode == PageText(html: try await client.get(current).2).formNode)
            let (_, _, changing, _) = try await client.submit("/next", [("state", state), ("say", "change 1")])
            #expect(PageText(html: changing).formNode == "danger")
        }
    }

    @Test func unknownAndOperatingRoutes() async throws {
        try await TestSite.application().test(.router) { client in
            let (health, _, ok) = try await client.get("/healthz")
            #expect(health == .ok && ok == "ok\n")
            let (icon, iconHeaders, _) = try await client.get("/favicon.ico")
            #expect(icon == .ok && iconHeaders[.contentType] == "image/svg+xml")
            for path in ["/privacy", "/accessibility"] {
                let (status, _, body) = try await client.get(path)
                #expect(status == .ok && body.contains("<h1"), "\(path)")
            }
            let (_, _, home) = try await client.get("/")
            #expect(home.contains("href=\"/privacy\"") && home.contains("href=\"/accessibility\""))
        }
    }
}
