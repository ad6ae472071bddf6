import CoreMetrics

/// What the site counts, through swift-metrics: pages shown by kind, endings reached, plans downloaded,
/// conversations started again by reason. Nothing identifies anyone: no address, no time of day, no
/// answer, only totals since the process started.
package struct UsageCounts: Sendable {
    let registry: UsageRegistry

    init(registry: UsageRegistry = UsageRegistry()) {
        self.registry = registry
    }

    /// The kinds of page counted.
    enum PageKind: String {
        case question, list, advice, end, answers, plan, change, problem, information
    }

    func page(_ kind: PageKind) {
        Counter(label: "signpost_pages_total", dimensions: [("kind", kind.rawValue)], factory: registry).increment()
    }

    func endingReached() {
        Counter(label: "signpost_endings_reached_total", factory: registry).increment()
    }

    func download(withAddresses: Bool, withAnswers: Bool) {
        Counter(
            label: "signpost_downloads_total",
            dimensions: [("addresses", withAddresses ? "yes" : "no"), ("answers", withAnswers ? "yes" : "no")],
            factory: registry
        ).increment()
    }

    func restart(_ reason: StateSeal.Unusable) {
        let name =
            switch reason {
            case .unreadable: "unreadable"
            case .expired: "expired"
            case .stale: "stale"
            case .tooLarge: "too-large"
            }
        Counter(label: "signpost_restarts_total", dimensions: [("reason", name)], factory: registry).increment()
    }

    func rejected(status: Int) {
        Counter(label: "signpost_rejected_requests_total", dimensions: [("status", String(status))], factory: registry)
            .increment()
    }
}
