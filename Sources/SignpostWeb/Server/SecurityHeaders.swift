import HTTPTypes

/// The headers every response carries: nothing cached or sent on to other sites, nothing framed, no
/// script or style from anywhere but this site, and no guessing of content types.
enum SecurityHeaders {
    static let contentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'none'; object-src 'none'; "
        + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

    static let all: [(HTTPField.Name, String)] = [
        (.cacheControl, "no-store"),
        (name("Referrer-Policy"), "no-referrer"),
        (name("Content-Security-Policy"), contentSecurityPolicy),
        (name("X-Content-Type-Options"), "nosniff"),
        (name("X-Frame-Options"), "DENY"),
        (name("Cross-Origin-Opener-Policy"), "same-origin"),
        (name("Permissions-Policy"), "camera=(), microphone=(), geolocation=(), interest-cohort=()"),
    ]

    static func apply(to fields: inout HTTPFields) {
        for (name, value) in all { fields[name] = value }
    }

    /// A header name the code spells out; every one above is a valid token.
    private static func name(_ text: String) -> HTTPField.Name {
        HTTPField.Name(text) ?? .cacheControl
    }
}
