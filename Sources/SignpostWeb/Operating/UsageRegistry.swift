import CoreMetrics
import Synchronization

/// A swift-metrics backend that keeps counters in memory and writes them in Prometheus's text format
/// for `/metrics`. Only counters are kept (the site counts, it does not time or record); the other kinds
/// are accepted and dropped. Labels and dimensions come from the site's code, never from a request.
final class UsageRegistry: MetricsFactory, Sendable {
    private let counters = Mutex<[Key: Count]>([:])

    struct Key: Hashable {
        let label: String
        let dimensions: [String]
    }

    final class Count: CounterHandler, Sendable {
        let value = Atomic<Int64>(0)
        func increment(by amount: Int64) { value.add(amount, ordering: .relaxed) }
        func reset() { value.store(0, ordering: .relaxed) }
    }

    init() {}

    func makeCounter(label: String, dimensions: [(String, String)]) -> any CounterHandler {
        let key = Key(label: label, dimensions: dimensions.map { "\($0.0)=\"\($0.1)\"" })
        return counters.withLock { counters in
            if let existing = counters[key] { return existing }
            let count = Count()
            counters[key] = count
            return count
        }
    }

    func makeRecorder(label: String, dimensions: [(String, String)], aggregate: Bool) -> any RecorderHandler {
        NOOPMetricsHandler.instance
    }

    func makeTimer(label: String, dimensions: [(String, String)]) -> any TimerHandler {
        NOOPMetricsHandler.instance
    }
    func destroyCounter(_ handler: any CounterHandler) {}
    func destroyRecorder(_ handler: any RecorderHandler) {}
    func destroyTimer(_ handler: any TimerHandler) {}

    /// Every counter, in Prometheus's text exposition format, sorted so the output is stable.
    func prometheusText() -> String {
        let snapshot = counters.withLock { $0.map { ($0.key, $0.value.value.load(ordering: .relaxed)) } }
        var output = ""
        var typed: Set<String> = []
        for (key, value) in snapshot.sorted(by: {
            ($0.0.label, $0.0.dimensions.joined()) < ($1.0.label, $1.0.dimensions.joined())
        }) {
            if typed.insert(key.label).inserted { output += "# TYPE \(key.label) counter\n" }
            let labels = key.dimensions.isEmpty ? "" : "{" + key.dimensions.joined(separator: ",") + "}"
            output += "\(key.label)\(labels) \(value)\n"
        }
        return output
    }
}
