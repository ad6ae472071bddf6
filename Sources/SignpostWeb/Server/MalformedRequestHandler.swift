import HTTPTypes
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import NIOHTTP1
import NIOHTTPTypes

/// Answers a request the HTTP parser cannot read (a bad request line, a malformed header or chunk) with
/// the site's own 400 page, the security headers and a log line, then closes the connection. Without it,
/// the server's built-in answer is a bare 400 with neither.
final class MalformedRequestHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private let settings: SiteSettings
    private let logger: Logger
    /// Whether a response has been started and not finished: a 400 cannot be put in the middle of it.
    private var responding = false

    package init(settings: SiteSettings, logger: Logger) {
        self.settings = settings
        self.logger = logger
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        switch unwrapOutboundIn(data) {
        case .head: responding = true
        case .end: responding = false
        case .body: break
        }
        context.write(data, promise: promise)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        guard error is HTTPParserError else {
            context.fireErrorCaught(error)
            return
        }
        settings.usage.rejected(status: 400)
        logger.warning("malformed request 400", metadata: ["error": .string(String(describing: error))])
        guard !responding else {
            context.close(promise: nil)
            return
        }
        let page = Pages.problem(settings, WebPhrases.badRequest, status: .badRequest)
        var fields = page.headers
        SecurityHeaders.apply(to: &fields)
        fields[.connection] = "close"
        let body = ByteBuffer(
            string: ProblemPage(settings: settings, problem: WebPhrases.badRequest).render().document())
        fields[.contentLength] = String(body.readableBytes)
        context.write(wrapOutboundOut(.head(HTTPResponse(status: .badRequest, headerFields: fields))), promise: nil)
        context.write(wrapOutboundOut(.body(body)), promise: nil)
        context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in context.close(promise: nil) }
    }
}
