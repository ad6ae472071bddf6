import Hummingbird
import HummingbirdCore
import Logging
import NIOCore

/// The HTTP server around the site, as `signpost-web` runs it and the tests start it: HTTP/1.1 with an
/// idle timeout (a connection that sends nothing for `idleTimeout` is closed, so idle or stalled clients
/// cannot hold the server's connections), malformed requests answered by `MalformedRequestHandler`, and
/// no `Server` header.
package enum SiteServer {
    static let idleTimeout: TimeAmount = .seconds(10)

    package static func application(
        site: SignpostSite, host: String = "127.0.0.1", port: Int = 8080, logger: Logger,
        onServerRunning: @escaping @Sendable (any Channel) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        let settings = site.settings
        let server = HTTPServerBuilder.http1(
            configuration: .init(
                additionalChannelHandlers: [MalformedRequestHandler(settings: settings, logger: logger)],
                idleTimeout: idleTimeout))
        return Application(
            router: site.router(), server: server,
            configuration: .init(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: onServerRunning, logger: logger)
    }
}
