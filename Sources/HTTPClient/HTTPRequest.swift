// SPDX-License-Identifier: Apache-2.0

/// An HTTP/1.1 request that ``HTTPClient`` sends.
public struct HTTPRequest: Sendable {
    /// The request method.
    public enum Method: String, Sendable {
        case get = "GET"
        case post = "POST"
    }

    /// The request method.
    public var method: Method

    /// The absolute URL, such as `http://127.0.0.1:9001/2018-06-01/runtime/invocation/next`.
    public var url: String

    /// Header fields sent in this order, after the ones libcurl adds itself.
    public var headers: [(name: String, value: String)]

    /// The body bytes; sent with an explicit `Content-Length` on `POST`.
    public var body: [UInt8]

    /// Creates a request.
    public init(
        method: Method,
        url: String,
        headers: [(name: String, value: String)] = [],
        body: [UInt8] = []
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }
}
