import Hummingbird
import NIOCore

/// The routes that are not the conversation: the stylesheet, script and icon, the privacy notice and the
/// accessibility statement, and what an operator's tools read (`/healthz`, `/metrics`).
struct OperatingRoutes {
    package let settings: SiteSettings

    func add(to router: Router<BasicRequestContext>) {
        router.get("/assets/site.css") { _, _ in Assets.response(Assets.stylesheet, type: "text/css; charset=utf-8") }
        router.get("/assets/exit.js") { _, _ in
            Assets.response(Assets.exitScript, type: "text/javascript; charset=utf-8")
        }
        router.get("/assets/icon.svg") { _, _ in Assets.response(Assets.icon, type: "image/svg+xml") }
        router.get("/favicon.ico") { _, _ in Assets.response(Assets.icon, type: "image/svg+xml") }
        router.get("/privacy") { _, _ in
            settings.usage.page(.information)
            return Pages.html(InformationPages(settings: settings).privacy())
        }
        router.get("/accessibility") { _, _ in
            settings.usage.page(.information)
            return Pages.html(InformationPages(settings: settings).accessibility())
        }
        // For a load balancer's health check: the process is up and its dialogue loaded.
        router.get("/healthz") { _, _ in Assets.response("ok\n", type: "text/plain; charset=utf-8") }
        // Usage counts for Prometheus: totals only, nothing that identifies anyone.
        router.get("/metrics") { _, _ in
            Assets.response(settings.usage.registry.prometheusText(), type: "text/plain; version=0.0.4; charset=utf-8")
        }
    }
}
