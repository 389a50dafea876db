// SPDX-License-Identifier: Apache-2.0

/// A response received by ``HTTPClient``.
public struct HTTPResponse: Sendable {
    /// The final status code; interim `100 Continue` responses are skipped.
    public var status: Int

    /// The header fields of the final response.
    public var headers: HTTPHeaders

    /// The body bytes.
    public var body: [UInt8]

    /// Creates a response.
    public init(status: Int, headers: HTTPHeaders, body: [UInt8]) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}
