// SPDX-License-Identifier: Apache-2.0

import JSONText
import TokenCrypto

/// The viewer an authorizer vouched for, turned into IVS's `aws:viewer-id` and
/// `aws:viewer-session-version` claims.
struct ViewerIdentity: Equatable {
    /// The `aws:viewer-id` claim: at most 40 characters and free of personal data.
    let viewerID: String

    /// The `aws:viewer-session-version` claim, when the authorizer supplied one.
    let sessionVersion: Int64?

    /// IVS's limit on `aws:viewer-id`, in characters.
    static let maximumLength = 40

    /// Reads the identity from an authorizer's output, or returns `nil` when there is none.
    ///
    /// Looked for, in order: an HTTP API JWT authorizer's `jwt.claims.sub`, a REST Cognito authorizer's
    /// `claims.sub`, an HTTP API Lambda authorizer's `lambda.viewerId`, `lambda.sub` or
    /// `lambda.principalId`, and a REST Lambda authorizer's `principalId`. The session version comes
    /// from a `viewerSessionVersion` field beside the identity.
    init?(authorizer: JSONValue?, salt: String) {
        guard let authorizer else { return nil }
        let candidates: [(JSONValue?, String)] = [
            (authorizer["jwt"]?["claims"], "sub"),
            (authorizer["claims"], "sub"),
            (authorizer["lambda"], "viewerId"),
            (authorizer["lambda"], "sub"),
            (authorizer["lambda"], "principalId"),
            (authorizer, "principalId"),
        ]
        guard
            let (source, identity) = candidates.lazy.compactMap({ source, field in
                source?[field]?.text.flatMap { $0.isEmpty ? nil : (source, $0) }
            }).first
        else {
            return nil
        }
        viewerID = Self.viewerID(for: identity, salt: salt)
        sessionVersion = source?["viewerSessionVersion"]?.text.flatMap { Int64($0) }.flatMap { $0 >= 0 ? $0 : nil }
    }

    /// Returns `identity` when it is short and plainly an opaque id. Otherwise returns a stable `v-` id of
    /// 34 characters derived with SHA-256 over the salt and the identity, so that e-mail addresses and
    /// long principals never reach the token.
    static func viewerID(for identity: String, salt: String) -> String {
        let opaque = identity.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "-"), UInt8(ascii: "_"):
                true
            default:
                false
            }
        }
        if opaque && identity.utf8.count <= maximumLength {
            return identity
        }
        let digest = Digest.sha256(Array((salt + "\u{0}" + identity).utf8))
        return "v-" + Base64URL.encode(digest.prefix(24))
    }
}
