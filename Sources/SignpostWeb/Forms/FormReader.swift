import HTTPTypes
import Hummingbird
import NIOCore

/// Reads a posted form within the site's limits, or throws the `HTTPError` to answer with: 413 for a body
/// over `SiteSettings.maximumBodySize`, 408 for a body still arriving after `readTimeout`, 403 for a form
/// another site made the browser send, 400 for anything else that cannot be read (a malformed or cut-short
/// body, a field that is not UTF-8). Never a 500.
enum FormReader {
    /// How long a whole body may take to arrive. A connection that sends nothing at all is closed sooner,
    /// by the server's idle timeout.
    static let readTimeout: Duration = .seconds(10)

    static func read(_ request: Request, context: some RequestContext) async throws -> FormBody {
        if request.headers[values: HTTPField.Name("Sec-Fetch-Site") ?? .accept].contains("cross-site") {
            throw HTTPError(.forbidden)
        }
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > SiteSettings.maximumBodySize {
            throw HTTPError(.contentTooLarge)
        }
        let deadline = ContinuousClock.now + readTimeout
        var buffer = ByteBuffer()
        do {
            for try await chunk in request.body {
                guard buffer.readableBytes + chunk.readableBytes <= SiteSettings.maximumBodySize else {
                    throw HTTPError(.contentTooLarge)
                }
                guard ContinuousClock.now < deadline else { throw HTTPError(.requestTimeout) }
                var chunk = chunk
                buffer.writeBuffer(&chunk)
            }
        } catch let error as HTTPError {
            throw error
        } catch {
            // A body cut short or badly framed (a malformed chunk): the client's fault, said as such.
            throw HTTPError(.badRequest)
        }
        do {
            return try FormBody(parsing: buffer.readableBytesView)
        } catch {
            throw HTTPError(.badRequest)
        }
    }
}
