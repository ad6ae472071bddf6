import DialogueKit
import Hummingbird
import NIOCore

/// The web site: its routes, each a pure function of the request and the dialogue. No state is kept
/// between requests. Every page of the conversation is a GET whose address carries its state, sealed
/// (`StateSeal`); every form posts that state with one thing more and is answered with a redirect to the
/// next page's address (Post/Redirect/Get), so the browser's Back and Reload never send a form again.
package struct SignpostSite: Sendable {
    package let settings: SiteSettings

    package init(settings: SiteSettings) {
        self.settings = settings
    }

    /// The router, with the middleware (errors, headers, access log) around every route and unknown path.
    func router() -> Router<BasicRequestContext> {
        let router = Router(options: .autoGenerateHeadEndpoints)
        router.add(middleware: SiteMiddleware<BasicRequestContext>(settings: settings))
        router.get("/") { request, _ in
            self.startPage(
                restartedBecause: request.uri.queryParameters.get("again").flatMap(StateSeal.Unusable.init(name:)))
        }
        router.get("/page") { request, _ in self.show(request, view: .conversation) }
        router.get("/answers") { request, _ in self.show(request, view: .answers) }
        router.get("/plan") { request, _ in self.show(request, view: .plan) }
        router.post("/next") { request, context in try await self.next(request, context: context) }
        router.post("/plan.txt") { request, context in try await self.download(request, context: context) }
        for path in ["/next", "/plan.txt"] {
            router.get(RouterPath(stringLiteral: path)) { _, _ in
                Pages.problem(self.settings, WebPhrases.notAllowed, status: .methodNotAllowed)
            }
        }
        OperatingRoutes(settings: settings).add(to: router)
        return router
    }

    /// The pages a sealed state can be shown as.
    enum View {
        case conversation, answers, plan
    }

    func startPage(restartedBecause reason: StateSeal.Unusable? = nil) -> Response {
        let state = PageState(trail: settings.emptyTrail)
        let replay = ConversationReplay(engine: settings.engine, trail: state.trail)
        settings.usage.page(.question)
        return Pages.html(
            ConversationPage(settings: settings, state: state, replay: replay, startedAgain: reason).render())
    }

    /// A page of the conversation, from the state sealed in its address.
    private func show(_ request: Request, view: View) -> Response {
        let state: PageState
        switch settings.seal.open(
            request.uri.queryParameters.get("s").map { String($0) } ?? "", dialogue: settings.fingerprint)
        {
        case .failure(let reason): return restart(reason)
        case .success(let opened): state = opened
        }
        let replay = ConversationReplay(engine: settings.engine, trail: state.trail)
        switch view {
        case .conversation:
            let page = ConversationPage(settings: settings, state: state, replay: replay)
            settings.usage.page(page.kind)
            return Pages.html(page.render())
        case .answers:
            settings.usage.page(.answers)
            return Pages.html(SummaryPages(settings: settings, state: state, replay: replay).answers())
        case .plan:
            settings.usage.page(.plan)
            return Pages.html(SummaryPages(settings: settings, state: state, replay: replay).plan())
        }
    }

    /// The start page's address, saying why the conversation started again.
    private func restart(_ reason: StateSeal.Unusable) -> Response {
        settings.usage.restart(reason)
        return Pages.redirect("/?again=\(reason.name)")
    }

    /// A line, an answer, a list of entries or a change for the conversation: a redirect to the next page.
    private func next(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let form = try await FormReader.read(request, context: context)
        let state: PageState
        switch settings.seal.open(form["state"] ?? "", dialogue: settings.fingerprint) {
        case .failure(let reason): return restart(reason)
        case .success(let opened): state = opened.withoutProblem
        }
        let replay = ConversationReplay(engine: settings.engine, trail: state.trail)
        let turn = ConversationTurn(engine: settings.engine, replay: replay)
        if let change = state.change,
            let response = changing(change, state: state, replay: replay, turn: turn, form: form)
        {
            return response
        }
        switch turn.outcome(say: form["say"], answer: form["answer"], entries: form["entries"]) {
        case .refused:
            throw HTTPError(.badRequest)
        case .nothing:
            return go(to: state)
        case .send(let lines):
            if let say = form["say"], say.hasPrefix(BuiltInCommand.change.rawValue + " "),
                let number = Int(say.dropFirst(7))
            {
                guard let base = fitting(PageState(trail: state.trail)) else { return restart(.tooLarge) }
                return go(to: PageState(trail: base.trail.adding(lines), change: PendingChange(answer: number)))
            }
            if case .collect = replay.state.position, lines.last == "" {
                return go(to: fitted(state, kept: Array(lines.dropLast()), finish: true, problem: nil))
            }
            guard let next = fitting(PageState(trail: state.trail.adding(lines))) else { return restart(.tooLarge) }
            let effects = replay.continued(with: lines, engine: settings.engine).shownSteps.flatMap(\.effects)
            return carryOut(effects, at: next) ?? go(to: next)
        case .problem(let problem, let kept):
            return go(to: fitted(state, kept: kept, finish: false, problem: problem))
        }
    }

    /// The page for what the lines asked of the shell, if they asked anything. The pages send no line that
    /// asks for an effect today (their buttons are Continue, Back, Change and the dialogue's own commands),
    /// but each effect is decided here, so a new one does not build until the web site has an answer.
    private func carryOut(_ effects: [Effect], at state: PageState) -> Response? {
        for effect in effects {
            switch effect {
            // Leave at once, as Exit this page does.
            case .hide: return Pages.redirect(settings.exitURL)
            // The web page's way to keep the plan: the plan page, with its Download button.
            case .savePlan: return Pages.redirect(settings.pageAddress(state, path: "/plan"))
            }
        }
        return nil
    }

    /// The next page for a form posted while an answer is being changed, or `nil` when the form does
    /// something else (a command), which ends the change.
    private func changing(
        _ change: PendingChange, state: PageState, replay: ConversationReplay, turn: ConversationTurn, form: FormBody
    ) -> Response? {
        guard let earlierTrail = state.beforeChange else { return nil }
        let before = PageState(trail: earlierTrail)
        if form["change"] == "keep" || form["say"] == BuiltInCommand.back.rawValue { return go(to: before) }
        guard case .question = replay.state.position else { return nil }
        let position: Int
        if form["change"] == "confirm", let confirmed = change.confirming {
            position = confirmed
        } else if form["say"] == nil, let chosen = form["answer"].flatMap({ Int($0) }) {
            position = chosen
        } else if form["say"] == nil {
            return go(to: PageState(trail: state.trail, problem: .noAnswerChosen, change: change))
        } else {
            return nil
        }
        guard case .send(let lines) = turn.outcome(say: nil, answer: String(position), entries: nil),
            let line = lines.first
        else {
            return go(to: PageState(trail: state.trail, problem: .noAnswerChosen, change: change))
        }
        let earlier = ConversationReplay(engine: settings.engine, trail: before.trail)
        let kept = ChangeKeeper(engine: settings.engine).keep(
            after: line, changing: replay.state, before: earlier.state, answer: change.answer,
            passedPauses: ChangeKeeper.passedPauses(before.trail, engine: settings.engine))
        if (!kept.dropped.isEmpty || kept.droppedEntries > 0) && form["change"] != "confirm" {
            var confirming = change
            confirming.confirming = position
            return go(to: PageState(trail: state.trail, change: confirming))
        }
        guard let next = fitting(PageState(trail: state.trail.adding([line] + kept.lines))) else {
            return restart(.tooLarge)
        }
        return go(to: next)
    }

    /// The state with the entries kept, as many as a page can carry, and `finish` (the empty line that
    /// ends the list) when all of them fit. Entries beyond that are put back in the box with a problem
    /// saying so: whatever the server sends, it accepts back.
    private func fitted(_ state: PageState, kept: [String], finish: Bool, problem: PageProblem?) -> PageState {
        var kept = kept
        var overflow: [String] = []
        let rejected: [String] = if case .entriesNotAccepted(let lines)? = problem { lines } else { [] }
        while true {
            let candidate: PageState
            if overflow.isEmpty {
                let batch = kept + (finish ? [""] : [])
                candidate = PageState(trail: batch.isEmpty ? state.trail : state.trail.adding(batch), problem: problem)
            } else {
                candidate = PageState(
                    trail: kept.isEmpty ? state.trail : state.trail.adding(kept),
                    problem: .entriesTooMany(rejected: overflow + rejected))
            }
            if fits(candidate) || kept.isEmpty { return candidate }
            overflow.insert(kept.removeLast(), at: 0)
        }
    }

    /// Whether a state can be carried by a page: its sealed form within the limit with 1 KiB to spare (for
    /// a Change line or a problem added to it), and its trail within the lines a replay reads.
    private func fits(_ state: PageState) -> Bool {
        state.trail.lineCount < ConversationTrail.maximumLines
            && settings.sealed(state).utf8.count <= StateSeal.maximumLength - 1024
    }

    /// `state`, or, when its trail has grown too long to carry (many changes and commands), the same place
    /// reached by the shortest trail; `nil` only when even that is too much.
    private func fitting(_ state: PageState) -> PageState? {
        if fits(state) { return state }
        let replay = ConversationReplay(engine: settings.engine, trail: state.trail)
        guard let batches = ChangeKeeper.rewalk(to: replay.state, engine: settings.engine) else { return nil }
        let shorter = PageState(
            trail: ConversationTrail(dialogue: state.trail.dialogue, batches: batches), problem: state.problem)
        return fits(shorter) ? shorter : nil
    }

    /// A redirect to the page for `state`.
    private func go(to state: PageState) -> Response {
        Pages.redirect(settings.pageAddress(state))
    }

    /// The plan and the support list as a plain text file, with the web addresses and the answers only
    /// when asked, each by its own checkbox.
    private func download(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let form = try await FormReader.read(request, context: context)
        let state: PageState
        switch settings.seal.open(form["state"] ?? "", dialogue: settings.fingerprint) {
        case .failure(let reason): return restart(reason)
        case .success(let opened): state = opened
        }
        let replay = ConversationReplay(engine: settings.engine, trail: state.trail)
        let chosen = form.values("with")
        let document = PlanDocument(
            engine: settings.engine, state: replay.state,
            includingEntries: chosen.contains("addresses"), includingAnswers: chosen.contains("answers"))
        settings.usage.download(withAddresses: chosen.contains("addresses"), withAnswers: chosen.contains("answers"))
        var headers = HTTPFields()
        headers[.contentType] = "text/plain; charset=utf-8"
        headers[.contentDisposition] = "attachment; filename=\"\(WebPhrases.planFileName)\""
        return Response(
            status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: document.rendered())))
    }
}

extension StateSeal.Unusable {
    /// The reason's name in the start page's address.
    var name: String {
        switch self {
        case .unreadable: "unreadable"
        case .expired: "expired"
        case .stale: "stale"
        case .tooLarge: "too-large"
        }
    }

    init?(name: String) {
        guard let reason = [Self.unreadable, .expired, .stale, .tooLarge].first(where: { $0.name == name }) else {
            return nil
        }
        self = reason
    }
}
