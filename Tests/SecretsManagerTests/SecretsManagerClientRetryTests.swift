// SPDX-License-Identifier: Apache-2.0

import HTTPClient
import Testing
import TokenCrypto

@testable import SecretsManager

@Suite struct SecretsManagerClientRetryTests {
    static let success = FakeTransport.Outcome.json(
        200,
        #"{"SecretString":"pem","VersionId":"v1"}"#
    )
    static let internalError = FakeTransport.Outcome.json(
        500,
        #"{"__type":"InternalServiceError"}"#
    )
    static let throttling = FakeTransport.Outcome.json(
        400,
        #"{"__type":"ThrottlingException","message":"Rate exceeded"}"#
    )

    @Test func transientErrorIsRetriedWithJitteredBackoff() throws {
        let harness = try ClientHarness(
            [Self.internalError, Self.internalError, Self.success],
            random: 0.5
        )
        let value = try harness.client.getSecretValue(
            secretID: "s",
            versionStage: nil,
            timeBudget: .seconds(5)
        )

        #expect(value.versionID == "v1")
        #expect(harness.transport.requests.count == 3)
        #expect(harness.clock.sleeps == [.milliseconds(50), .milliseconds(100)])
    }

    @Test func throttlingUsesLongerBase() throws {
        let harness = try ClientHarness(
            [Self.throttling, Self.throttling, Self.success],
            random: 1
        )
        _ = try harness.client.getSecretValue(
            secretID: "s",
            versionStage: nil,
            timeBudget: .seconds(5)
        )

        #expect(harness.clock.sleeps == [.milliseconds(500), .milliseconds(1000)])
    }

    @Test func lastErrorIsThrownAfterThreeAttempts() throws {
        let harness = try ClientHarness([
            Self.throttling, Self.throttling, Self.throttling, Self.success,
        ])
        let error = #expect(throws: SecretsManagerError.throttled) {
            try harness.client.getSecretValue(
                secretID: "s",
                versionStage: nil,
                timeBudget: .seconds(5)
            )
        }
        #expect(error?.errorType == "ThrottlingException")
        #expect(harness.transport.requests.count == 3)
    }

    @Test func maxAttemptsVariableIsHonoured() throws {
        let environment = ClientHarness.environment.merging(["AWS_MAX_ATTEMPTS": "5"]) { $1 }
        let outcomes = Array(repeating: Self.internalError, count: 4) + [Self.success]
        let harness = try ClientHarness(outcomes, environment: environment)
        _ = try harness.client.getSecretValue(
            secretID: "s",
            versionStage: nil,
            timeBudget: .seconds(5)
        )

        #expect(harness.transport.requests.count == 5)
        #expect(
            harness.clock.sleeps == [
                .milliseconds(50), .milliseconds(100), .milliseconds(200), .milliseconds(400),
            ]
        )
    }

    @Test func singleAttemptNeverRetries() throws {
        let environment = ClientHarness.environment.merging(["AWS_MAX_ATTEMPTS": "1"]) { $1 }
        let harness = try ClientHarness(
            [Self.internalError, Self.success],
            environment: environment
        )
        #expect(throws: SecretsManagerError.serviceError) {
            try harness.client.getSecretValue(
                secretID: "s",
                versionStage: nil,
                timeBudget: .seconds(5)
            )
        }
        #expect(harness.transport.requests.count == 1)
    }

    @Test func terminalErrorReturnsAtOnce() throws {
        let notFound = FakeTransport.Outcome.json(
            400,
            #"{"__type":"ResourceNotFoundException","Message":"no"}"#
        )
        let harness = try ClientHarness([notFound, Self.success])
        #expect(throws: SecretsManagerError.resourceNotFound) {
            try harness.client.getSecretValue(
                secretID: "s",
                versionStage: nil,
                timeBudget: .seconds(5)
            )
        }
        #expect(harness.transport.requests.count == 1)
        #expect(harness.clock.sleeps.isEmpty)
    }

    @Test func connectionFailuresAreRetried() throws {
        let harness = try ClientHarness([
            .failure(.couldNotConnect), .failure(.timedOut), Self.success,
        ])
        let value = try harness.client.getSecretValue(
            secretID: "s",
            versionStage: nil,
            timeBudget: .seconds(5)
        )
        #expect(value.bytes.count == 3)
        #expect(harness.transport.requests.count == 3)
    }

    @Test func backoffLongerThanBudgetStopsRetrying() throws {
        let harness = try ClientHarness([Self.throttling, Self.success], random: 1)
        #expect(throws: SecretsManagerError.throttled) {
            try harness.client.getSecretValue(
                secretID: "s",
                versionStage: nil,
                timeBudget: .milliseconds(400)
            )
        }
        #expect(harness.transport.requests.count == 1)
        #expect(harness.clock.sleeps.isEmpty)
    }

    @Test func timeoutsShrinkWithRemainingBudget() throws {
        let harness = try ClientHarness(
            [Self.internalError, Self.success],
            random: 0.5,
            transferTime: .seconds(1)
        )
        _ = try harness.client.getSecretValue(
            secretID: "s",
            versionStage: nil,
            timeBudget: .seconds(4)
        )

        let limits = harness.transport.requests.map(\.limits)
        let secondRemaining = Duration.seconds(4) - .seconds(1) - .milliseconds(50)
        #expect(limits.map(\.totalTimeout) == [.seconds(4), secondRemaining])
        #expect(limits.map(\.connectTimeout) == [.seconds(3), secondRemaining])
        #expect(limits[0].maximumResponseBytes == 1 << 20)
    }

    @Test func exhaustedBudgetTimesOutWithoutSending() throws {
        let harness = try ClientHarness([Self.success])
        #expect(throws: SecretsManagerError.timedOut) {
            try harness.client.getSecretValue(
                secretID: "s",
                versionStage: nil,
                timeBudget: .milliseconds(5)
            )
        }
        #expect(harness.transport.requests.isEmpty)
    }

    @Test func everyAttemptIsSignedAfresh() throws {
        let harness = try ClientHarness(
            [Self.internalError, Self.success],
            transferTime: .seconds(2)
        )
        _ = try harness.client.getSecretValue(
            secretID: "s",
            versionStage: nil,
            timeBudget: .seconds(10)
        )

        #expect(harness.header("X-Amz-Date", request: 0) == "20150830T123600Z")
        #expect(harness.header("X-Amz-Date", request: 1) == "20150830T123602Z")
        #expect(
            harness.header("Authorization", request: 0)
                != harness.header("Authorization", request: 1)
        )
    }

    @Test func clockSkewIsCorrectedOnce() throws {
        let skewed = FakeTransport.Outcome.json(
            400,
            #"{"__type":"InvalidSignatureException","message":"Signature expired"}"#,
            headers: [("Date", "Sun, 30 Aug 2015 13:36:00 GMT")]
        )
        let harness = try ClientHarness([skewed, Self.success])
        _ = try harness.client.getSecretValue(
            secretID: "s",
            versionStage: nil,
            timeBudget: .seconds(5)
        )

        #expect(harness.transport.requests.count == 2)
        #expect(harness.clock.sleeps.isEmpty)
        #expect(harness.header("X-Amz-Date", request: 1) == "20150830T133600Z")
    }

    @Test func signatureRejectionWithoutSkewIsTerminal() throws {
        let rejected = FakeTransport.Outcome.json(
            403,
            #"{"__type":"InvalidSignatureException"}"#,
            headers: [("Date", "Sun, 30 Aug 2015 12:36:00 GMT")]
        )
        let harness = try ClientHarness([rejected, Self.success])
        #expect(throws: SecretsManagerError.signatureRejected) {
            try harness.client.getSecretValue(
                secretID: "s",
                versionStage: nil,
                timeBudget: .seconds(5)
            )
        }
        #expect(harness.transport.requests.count == 1)
    }

    @Test(arguments: [0.0, 0.25, 1.0])
    func backoffIsFullJitterCappedAtTwentySeconds(random: Double) {
        let policy = RetryPolicy(maxAttempts: 3)
        #expect(
            policy.delay(retryIndex: 0, throttled: false, random: random) == .milliseconds(100)
                * random
        )
        #expect(
            policy.delay(retryIndex: 3, throttled: true, random: random) == .milliseconds(4000)
                * random
        )
        #expect(
            policy.delay(retryIndex: 12, throttled: false, random: random) == .seconds(20) * random
        )
        #expect(
            policy.delay(retryIndex: 99, throttled: true, random: random) == .seconds(20) * random
        )
    }
}
