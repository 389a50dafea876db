// SPDX-License-Identifier: Apache-2.0

import HTTPClient

@testable import SecretsManager

/// A clock whose time moves only when the client sleeps or a fake transfer takes time.
final class FakeClock: ClientClock {
    var monotonicNow: Duration = .zero
    var wallClockSeconds: Int64 = 1_440_938_160
    private(set) var sleeps: [Duration] = []

    var wallClockNow: AWSTimestamp { AWSTimestamp(secondsSince1970: wallClockSeconds) }

    func advance(_ duration: Duration) {
        monotonicNow += duration
        wallClockSeconds += duration.components.seconds
    }

    func sleep(for duration: Duration) {
        sleeps.append(duration)
        advance(duration)
    }
}

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
    /// A reply with a JSON body given as text.
    static func json(_ status: Int, _ body: String, headers: [(name: String, value: String)] = []) -> Self {
        .reply(HTTPResponse(status: status, headers: HTTPHeaders(headers), body: Array(body.utf8)))
    }
}

/// Builds a client over fakes, with the environment credentials used by the signing examples.
struct ClientHarness {
    static let environment = [
        "AWS_REGION": "us-east-1",
        "AWS_ACCESS_KEY_ID": "AKIDEXAMPLE",
        "AWS_SECRET_ACCESS_KEY": "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
    ]

    let clock = FakeClock()
    let transport: FakeTransport
    let client: SecretsManagerClient

    init(
        _ outcomes: [FakeTransport.Outcome],
        environment: [String: String] = Self.environment,
        random: Double = 0.5,
        transferTime: Duration = .milliseconds(20)
    ) throws {
        transport = FakeTransport(outcomes, clock: clock, transferTime: transferTime)
        let dependencies = ClientDependencies(transport: transport, clock: clock, random: { random })
        client = SecretsManagerClient(
            configuration: try SecretsManagerConfiguration(environment: environment),
            dependencies: dependencies
        )
    }

    /// The value of header `name` in request `index`.
    func header(_ name: String, request index: Int) -> String? {
        transport.requests[index].request.headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }
}
