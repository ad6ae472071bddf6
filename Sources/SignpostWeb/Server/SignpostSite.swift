import DialogueKit
import Hummingbird
import NIOCore

/// The web site: its routes, each a pure function of the request and the dialogue. No state is kept
/// between requests; every conversation page posts its trail back (see `ConversationTrail`).
public struct SignpostSite: Sendable {
    public let settings: SiteSettings

    public init(settings: SiteSettings) {
        self.settings = settings
    }

    /// The router, with the middleware (errors, headers, access log) around every route and unknown path.
    public func router() -> Router<BasicRequestContext> {
        let router = Router(options: .autoGenerateHeadEndpoints)
        router.add(middleware: SiteMiddleware<BasicRequestContext>(settings: settings))
        router.get("/") { _, _ in self.startPage() }
        router.get("/assets/site.css") { _, _ in Assets.response(Assets.stylesheet, type: "text/css; charset=utf-8") }
        router.get("/assets/exit.js") { _, _ in Assets.response(Assets.exitScript, type: "text/javascript; charset=utf-8") }
        router.post("/next") { request, context in try await self.next(request, context: context) }
        router.post("/current") { request, context in try await self.withTrail(request, context: context) { trail, replay in
            Pages.html(ConversationPage(settings: self.settings, trail: trail, replay: replay).render())
        } }
        router.post("/answers") { request, context in try await self.withTrail(request, context: context) { trail, replay in
            Pages.html(SummaryPages(settings: self.settings, trail: trail, replay: replay).answers())
        } }
        router.post("/plan") { request, context in try await self.withTrail(request, context: context) { trail, replay in
            Pages.html(SummaryPages(settings: self.settings, trail: trail, replay: replay).plan())
        } }
        router.post("/plan.txt") { request, context in try await self.download(request, context: context) }
        for path in ["/next", "/current", "/answers", "/plan", "/plan.txt"] {
            router.get(RouterPath(stringLiteral: path)) { _, _ in Pages.problem(self.settings, WebPhrases.notAllowed, status: .methodNotAllowed) }
        }
        return router
    }

    func startPage(restartedBecause reason: ConversationTrail.Unusable? = nil) -> Response {
        let trail = settings.emptyTrail
        let replay = ConversationReplay(engine: settings.engine, trail: trail)
        return Pages.html(ConversationPage(settings: settings, trail: trail, replay: replay, startedAgain: reason).render())
    }

    /// The form posted, or `nil` with the response to give instead (413, 400).
    private func form(_ request: Request, context: BasicRequestContext) async throws -> FormBody? {
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > SiteSettings.maximumBodySize {
            throw HTTPError(.contentTooLarge)
        }
        let buffer = try await request.body.collect(upTo: SiteSettings.maximumBodySize)
        do {
            return try FormBody(parsing: buffer.readableBytesView)
        } catch {
            return nil
        }
    }

    /// Reads the posted trail and replays it, then answers with `page`; a trail that cannot be used
    /// starts the conversation again, politely.
    private func withTrail(
        _ request: Request, context: BasicRequestContext, page: (ConversationTrail, ConversationReplay) -> Response
    ) async throws -> Response {
        guard let form = try await form(request, context: context) else {
            return Pages.problem(settings, WebPhrases.badRequest, status: .badRequest)
        }
        switch ConversationTrail.decode(form["trail"] ?? "", dialogue: settings.fingerprint) {
        case .failure(let reason):
            return startPage(restartedBecause: reason)
        case .success(let trail):
            return page(trail, ConversationReplay(engine: settings.engine, trail: trail))
        }
    }

    /// A line, an answer or a list of entries for the conversation: the next page.
    private func next(_ request: Request, context: BasicRequestContext) async throws -> Response {
        guard let form = try await form(request, context: context) else {
            return Pages.problem(settings, WebPhrases.badRequest, status: .badRequest)
        }
        let trail: ConversationTrail
        switch ConversationTrail.decode(form["trail"] ?? "", dialogue: settings.fingerprint) {
        case .failure(let reason): return startPage(restartedBecause: reason)
        case .success(let posted): trail = posted
        }
        let replay = ConversationReplay(engine: settings.engine, trail: trail)
        let turn = ConversationTurn(engine: settings.engine, replay: replay)
        switch turn.outcome(say: form["say"], answer: form["answer"], entries: form["entries"]) {
        case .nothing:
            return Pages.html(ConversationPage(settings: settings, trail: trail, replay: replay).render())
        case .send(let lines):
            let next = trail.adding(lines)
            guard next.lineCount <= ConversationTrail.maximumLines else { return startPage(restartedBecause: .tooLarge) }
            return Pages.html(ConversationPage(settings: settings, trail: next, replay: replay.continued(with: lines, engine: settings.engine)).render())
        case .problem(let problem, let kept):
            let next = kept.isEmpty ? trail : trail.adding(kept)
            let shown = kept.isEmpty ? replay : replay.continued(with: kept, engine: settings.engine)
            return Pages.html(ConversationPage(settings: settings, trail: next, replay: shown, problem: problem).render())
        }
    }

    /// The plan and the support list as a plain text file, with the web addresses only when asked.
    private func download(_ request: Request, context: BasicRequestContext) async throws -> Response {
        guard let form = try await form(request, context: context) else {
            return Pages.problem(settings, WebPhrases.badRequest, status: .badRequest)
        }
        guard case .success(let trail) = ConversationTrail.decode(form["trail"] ?? "", dialogue: settings.fingerprint) else {
            return startPage(restartedBecause: .unreadable)
        }
        let replay = ConversationReplay(engine: settings.engine, trail: trail)
        let document = PlanDocument(engine: settings.engine, state: replay.state, includingAnswers: form["with"] == "addresses")
        var headers = HTTPFields()
        headers[.contentType] = "text/plain; charset=utf-8"
        headers[.contentDisposition] = "attachment; filename=\"\(WebPhrases.planFileName)\""
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: document.rendered())))
    }
}
