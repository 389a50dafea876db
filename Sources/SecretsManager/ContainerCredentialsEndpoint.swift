// SPDX-License-Identifier: Apache-2.0

/// The container credentials provider's endpoint and the authorization it expects.
///
/// The SDKs' rules apply. `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI` is appended to
/// `http://169.254.170.2` and wins over `AWS_CONTAINER_CREDENTIALS_FULL_URI`. A full URI must be
/// `https`, or `http` to a loopback address or to the ECS and EKS agent addresses. The token file
/// wins over the token variable and is re-read on every fetch, so a rotated token is picked up.
struct ContainerCredentialsEndpoint: Sendable, Hashable {
    /// The authorization value sent in the `Authorization` header.
    enum Authorization: Sendable, Hashable {
        /// No `Authorization` header.
        case none
        /// The value of `AWS_CONTAINER_AUTHORIZATION_TOKEN`.
        case token(String)
        /// The path in `AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE`, read on each fetch.
        case tokenFile(String)
    }

    /// The credentials URL.
    let url: EndpointURL

    /// The authorization to send.
    let authorization: Authorization

    private static let agentHosts: Set<String> = [
        "169.254.170.2", "169.254.170.23", "[fd00:ec2::23]",
    ]

    /// Checks whether the SDKs allow `url`'s host over plain HTTP.
    static func allowsPlainHTTP(_ url: EndpointURL) -> Bool {
        let host = url.host.lowercased()
        if host == "localhost" || host == "[::1]" || agentHosts.contains(host) {
            return true
        }
        let octets = host.split(separator: ".", omittingEmptySubsequences: false)
        return octets.count == 4 && octets[0] == "127" && octets.allSatisfy { UInt8($0) != nil }
    }
}

extension ContainerCredentialsEndpoint: CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    /// The URL and the kind of authorization, without the token.
    var description: String {
        let kind =
            switch authorization {
            case .none: "none"
            case .token: "token (redacted)"
            case .tokenFile: "token file"
            }
        return "ContainerCredentialsEndpoint(\(url.url), authorization: \(kind))"
    }

    /// The same rendering as ``description``.
    var debugDescription: String { description }

    /// A mirror without children, so `dump` shows nothing of the token.
    var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}
