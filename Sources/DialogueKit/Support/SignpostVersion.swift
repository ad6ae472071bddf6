/// The version both programs print for `--version`: `signpost` and `signpost-web` are one release.
package enum SignpostVersion {
    package static let current = "0.1.0"
}
