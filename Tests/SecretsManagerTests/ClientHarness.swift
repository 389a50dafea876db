// SPDX-License-Identifier: Apache-2.0

import HTTPClient

@testable import SecretsManager

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
        let dependencies = ClientDependencies(
            transport: transport,
            clock: clock,
            random: { random }
        )
        client = SecretsManagerClient(
            configuration: try SecretsManagerConfiguration(environment: environment),
            dependencies: dependencies
        )
    }

    /// Returns the value of header `name` in request `index`.
    func header(_ name: String, request index: Int) -> String? {
        transport.requests[index].request.headers.first {
            $0.name.lowercased() == name.lowercased()
        }?.value
    }
}
