import Hummingbird
import Logging
import NIOCore

/// Wraps every request, matched or not: refuses methods the site does not use (405), answers errors with
/// a friendly page and the right status (never a 500 for anything a request can cause), adds the security
/// headers to every response, and writes one access-log line with the method, the path, the status and
/// the time taken. The log never holds the query (the sealed state), the body or any header, so nothing
/// the adult chose or typed reaches it.
struct SiteMiddleware<Context: RequestContext>: RouterMiddleware {
    package let settings: SiteSettings

    /// The paths that take a form; every other path is read with GET (or HEAD).
    static var formPaths: Set<String> { ["/next", "/plan.txt"] }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        let started = ContinuousClock.now
        var response: Response
        if ![.get, .head, .post].contains(request.method) {
            response = Pages.problem(
                settings, WebPhrases.notAllowed, status: .methodNotAllowed,
                allow: Self.formPaths.contains(request.uri.path) ? "POST" : "GET, HEAD")
        } else {
            do {
                response = try await next(request, context)
            } catch let error as NIOTooManyBytesError {
                _ = error
                response = Pages.problem(settings, WebPhrases.tooLarge, status: .contentTooLarge)
            } catch let error as HTTPError {
                response = Self.response(for: error.status, settings: settings)
            } catch let error as any HTTPResponseError {
                response = Self.response(for: error.status, settings: settings)
            } catch {
                context.logger.error(
                    "request failed",
                    metadata: [
                        "path": .string(request.uri.path), "error": .string(String(describing: type(of: error))),
                    ])
                response = Pages.problem(settings, WebPhrases.serverError, status: .internalServerError)
            }
        }
        SecurityHeaders.apply(to: &response.headers)
        if response.status.code >= 400 { settings.usage.rejected(status: response.status.code) }
        let elapsed = ContinuousClock.now - started
        let level: Logger.Level = response.status.code >= 500 ? .error : response.status.code >= 400 ? .warning : .info
        context.logger.log(
            level: level, "\(request.method.rawValue) \(request.uri.path) \(response.status.code)",
            metadata: [
                "ms": .stringConvertible(
                    Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15)
            ])
        return response
    }

    static func response(for status: HTTPResponse.Status, settings: SiteSettings) -> Response {
        switch status {
        case .notFound: Pages.problem(settings, WebPhrases.notFound, status: .notFound)
        case .contentTooLarge: Pages.problem(settings, WebPhrases.tooLarge, status: .contentTooLarge)
        case .methodNotAllowed: Pages.problem(settings, WebPhrases.notAllowed, status: .methodNotAllowed)
        case .badRequest: Pages.problem(settings, WebPhrases.badRequest, status: .badRequest)
        case .requestTimeout: Pages.problem(settings, WebPhrases.tooSlow, status: .requestTimeout)
        case .forbidden: Pages.problem(settings, WebPhrases.fromElsewhere, status: .forbidden)
        default:
            status.code < 500
                ? Pages.problem(settings, WebPhrases.badRequest, status: .badRequest)
                : Pages.problem(settings, WebPhrases.serverError, status: .internalServerError)
        }
    }
}
