/// The version both programs print for `--version`: `signpost` and `signpost-web` are one release.
public enum SignpostVersion {
    public static let current = "0.1.0"
}
