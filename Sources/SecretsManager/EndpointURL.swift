// SPDX-License-Identifier: Apache-2.0

import JSONText

/// An absolute `http` or `https` URL split into the parts a request needs:
/// `scheme://host[:port][/path]`.
struct EndpointURL: Hashable, Sendable {
    /// `http` or `https`, lower-cased.
    let scheme: String

    /// The host name or address as written; an IPv6 address keeps its brackets.
    let host: String

    /// The port written in the URL, or `nil` when the URL has none.
    let port: Int?

    /// The path and query as written, or `/` when the URL has neither.
    let target: String

    /// The `Host` header value libcurl sends: the host, plus `:port` unless it is the scheme's
    /// default.
    var hostHeader: String {
        guard let port, port != (scheme == "https" ? 443 : 80) else { return host }
        return "\(host):\(port)"
    }

    /// The URL to pass to libcurl.
    var url: String { "\(scheme)://\(hostHeader)\(target)" }

    /// Parses `text`; returns `nil` unless it is `http` or `https` with a host, an optional port in
    /// 1...65535, no user information and no fragment.
    init?(_ text: String) {
        guard let separator = text.firstRange(ofText: "://") else { return nil }
        scheme = text[..<separator.lowerBound].lowercased()
        guard scheme == "http" || scheme == "https" else { return nil }

        let rest = text[separator.upperBound...]
        let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" } ?? rest.endIndex
        let authority = rest[..<authorityEnd]
        let path = String(rest[authorityEnd...])
        guard !authority.contains("@"), !path.contains("#"),
            !path.contains(where: { $0.isWhitespace })
        else {
            return nil
        }
        target = path.isEmpty ? "/" : (path.hasPrefix("?") ? "/" + path : path)

        guard let (host, port) = Self.splitAuthority(authority) else { return nil }
        self.host = host
        self.port = port
    }

    private static func splitAuthority(_ authority: Substring) -> (String, Int?)? {
        var hostPart = authority
        var port: Int? = nil
        if let colon = authority.lastIndex(of: ":"), !authority[colon...].contains("]") {
            guard let number = Int(authority[authority.index(after: colon)...]),
                (1...65535).contains(number)
            else {
                return nil
            }
            port = number
            hostPart = authority[..<colon]
        }
        guard !hostPart.isEmpty, hostPart.allSatisfy(isHostCharacter) else { return nil }
        return (String(hostPart), port)
    }

    private static func isHostCharacter(_ character: Character) -> Bool {
        character.isASCII
            && (character.isLetter || character.isNumber || "-._[]:".contains(character))
    }
}
