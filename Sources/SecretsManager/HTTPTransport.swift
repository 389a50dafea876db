// SPDX-License-Identifier: Apache-2.0

import HTTPClient

/// Sends one HTTP request; ``HTTPClient`` in production, a scripted fake in tests.
protocol HTTPTransport: AnyObject {
    /// Sends `request` and waits for the complete response within `limits`.
    func send(_ request: HTTPRequest, limits: HTTPLimits) throws(HTTPClientError) -> HTTPResponse
}

extension HTTPClient: HTTPTransport {}
