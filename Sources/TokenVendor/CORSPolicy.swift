// SPDX-License-Identifier: Apache-2.0

import JSONText

/// Decides which browser origins may fetch tokens and which CORS headers go on every response.
///
/// With proxy integration, API Gateway adds no CORS headers, so the function sends them on every status,
/// errors included. Without them, browsers hide the real error behind a CORS failure.
struct CORSPolicy: Equatable {
    /// `*`, or the configured origins, each `scheme://host[:port]` with an optional leading `*.` label.
    let allowedOrigins: [String]

    /// Creates a policy from the validated `ALLOWED_ORIGINS` setting.
    init(setting: String) {
        allowedOrigins = setting.split(separator: ",").map { String($0) }
    }

    /// Whether any origin may fetch tokens.
    var allowsAnyOrigin: Bool { allowedOrigins == ["*"] }

    /// Returns the `Access-Control-Allow-Origin` value for a request from `origin`, or `nil` when a
    /// browser origin was sent and is not allowed. Requests without `Origin`, which only non-browser
    /// clients send, get the first configured origin.
    func allowOriginHeader(forRequestOrigin origin: String?) -> String? {
        if allowsAnyOrigin { return "*" }
        guard let origin else { return allowedOrigins.first }
        return allowedOrigins.contains { Self.matches(origin: origin, pattern: $0) } ? origin : nil
    }

    /// Returns the CORS headers for a response, given the allowed origin for this request.
    func headers(allowOrigin: String) -> [(name: String, value: String)] {
        var headers: [(name: String, value: String)] = [
            ("Access-Control-Allow-Origin", allowOrigin),
            ("Access-Control-Allow-Methods", "GET, POST, OPTIONS"),
            ("Access-Control-Allow-Headers", "Authorization, Content-Type"),
        ]
        if !allowsAnyOrigin {
            headers.append(("Vary", "Origin"))
        }
        return headers
    }

    /// Compares an origin with a pattern; `https://*.example.com` matches any subdomain, not the apex.
    static func matches(origin: String, pattern: String) -> Bool {
        let origin = origin.lowercased()
        let pattern = pattern.lowercased()
        guard let wildcard = pattern.firstRange(ofText: "://*.") else { return origin == pattern }
        let scheme = pattern[..<wildcard.lowerBound]
        let suffix = "." + pattern[wildcard.upperBound...]
        guard origin.hasPrefix(scheme + "://"), origin.hasSuffix(suffix) else { return false }
        let label = origin.dropFirst(scheme.count + 3).dropLast(suffix.count)
        // Only host characters, so the origin echoed in Access-Control-Allow-Origin cannot carry a
        // userinfo, query, fragment, port, space or line break past the suffix check.
        return !label.isEmpty && label.utf8.allSatisfy { OriginRule.isHostByte($0) && $0 != UInt8(ascii: ":") }
    }
}
