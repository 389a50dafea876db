// SPDX-License-Identifier: Apache-2.0

import JSONText
import TokenCrypto

/// The channel a token request names, read from a decoded proxy event.
struct TokenRequest {
    /// The requested channel, an ARN or a bare id, or `nil` for the default.
    let channel: String?

    /// The largest request body read, in bytes; a channel choice needs far less.
    static let maximumBodyBytes = 16 * 1024

    /// The reason a request could not be read.
    enum Problem: Error {
        case bodyTooLarge
        case invalidBody
    }

    /// Reads the `channel` query parameter, or the `channel` field of a JSON body.
    init(event: ProxyEvent) throws(Problem) {
        if let query = event.queryStringParameters?["channel"] {
            channel = query
            return
        }
        guard let body = event.body, !body.isEmpty else {
            channel = nil
            return
        }
        guard body.utf8.count <= Self.maximumBodyBytes * 4 / 3 + 4 else { throw .bodyTooLarge }
        let bytes: [UInt8]
        if event.isBase64Encoded == true {
            guard let decoded = Base64.decodeLeniently(Array(body.utf8)) else { throw .invalidBody }
            bytes = decoded
        } else {
            bytes = Array(body.utf8)
        }
        guard bytes.count <= Self.maximumBodyBytes else { throw .bodyTooLarge }
        guard case .object(let object) = try? JSONParser.parse(bytes) else { throw .invalidBody }
        switch object["channel"] {
        case nil, .null: channel = nil
        case .string(let value): channel = value
        default: throw .invalidBody
        }
    }
}
