import Foundation

/// The open-file limit, raised from its soft value to the hard one at start-up: each connection is a
/// file, and a soft limit of 256 or 1,024 let a few hundred idle clients shut everyone else out.
enum FileLimit {
    static func raiseToHardLimit() {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0, limit.rlim_cur < limit.rlim_max else { return }
        limit.rlim_cur = limit.rlim_max
        _ = setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
    }
}
