// SPDX-License-Identifier: Apache-2.0

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
        status: Int,
        _ json: [UInt8],
        contentType: String = "application/json"
    ) -> ServerResponse {
        ServerResponse(status: status, headers: [("Content-Type", contentType)], body: json)
    }
}
