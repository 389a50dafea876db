// SPDX-License-Identifier: Apache-2.0

import HTTPClient

@testable import SecretsManager

/// A transport that replays scripted outcomes and records each request with its limits.
final class FakeTransport: HTTPTransport {
    enum Outcome {
        case reply(HTTPResponse)
        case failure(HTTPClientError)
    }

    private var outcomes: [Outcome]
    private let clock: FakeClock
    private let transferTime: Duration
    private(set) var requests: [(request: HTTPRequest, limits: HTTPLimits)] = []

    init(_ outcomes: [Outcome], clock: FakeClock, transferTime: Duration = .milliseconds(20)) {
        self.outcomes = outcomes
        self.clock = clock
        self.transferTime = transferTime
    }

    func send(_ request: HTTPRequest, limits: HTTPLimits) throws(HTTPClientError) -> HTTPResponse {
        requests.append((request, limits))
        clock.advance(transferTime)
        guard !outcomes.isEmpty else { throw .couldNotConnect }
        switch outcomes.removeFirst() {
        case .reply(let response): return response
        case .failure(let error): throw error
        }
    }
}

extension FakeTransport.Outcome {
    /// Makes a reply whose body is the UTF-8 bytes of `body`.
    static func json(_ status: Int, _ body: String, headers: [(name: String, value: String)] = [])
        -> Self
    {
        .reply(HTTPResponse(status: status, headers: HTTPHeaders(headers), body: Array(body.utf8)))
    }
}
