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

/// A response that ``HTTPServer`` sends back.
public struct ServerResponse: Sendable {
    /// The status code.
    public var status: Int

    /// The header fields in the order they are sent.
    public var headers: [(name: String, value: String)]

    /// The body bytes.
    public var body: [UInt8]

    /// Creates a response from its parts.
    public init(status: Int, headers: [(name: String, value: String)] = [], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// Creates a response whose body is `json`, sent as `contentType`.
    public static func json(
        status: Int, _ json: [UInt8], contentType: String = "application/json"
    ) -> ServerResponse {
        ServerResponse(status: status, headers: [("Content-Type", contentType)], body: json)
    }
}
