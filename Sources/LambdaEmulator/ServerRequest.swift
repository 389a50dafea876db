// SPDX-License-Identifier: Apache-2.0

/// A request received by ``HTTPServer``, with its body read in full.
public struct ServerRequest: Sendable {
    /// The method, such as `GET` or `POST`.
    public var method: String

    /// The path without the query string.
    public var path: String

    /// The header fields, keyed by lower-cased name.
    public var headers: [String: String]

    /// The body bytes, cut off after the server's body limit.
    public var body: [UInt8]

    /// The number of body bytes the client sent, which exceeds `body.count` when the body was cut off.
    public var bodyByteCount: Int

    /// Returns the value of the header `name`, compared case-insensitively.
    public func header(_ name: String) -> String? {
        headers[name.lowercased()]
    }
}
