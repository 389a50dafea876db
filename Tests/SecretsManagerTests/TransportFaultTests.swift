// SPDX-License-Identifier: Apache-2.0

import HTTPClient
import TestServers
import Testing
import TokenCrypto

@testable import SecretsManager

/// Drives the real libcurl client against a scripted loopback server that misbehaves.
@Suite struct TransportFaultTests {
    static let okBody = #"{"SecretString":"pem","VersionId":"v-0001"}"#
    static let ok =
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: \(okBody.utf8.count)\r\n"
        + "Connection: close\r\n\r\n" + okBody
    static let html500 =
        "HTTP/1.1 500 INTERNAL SERVER ERROR\r\nContent-Type: text/html\r\nContent-Length: 30\r\n"
        + "Connection: close\r\n\r\n<html><h1>Broken</h1></html>\n\n"

    /// Makes a client with real libcurl, the suite keys and, by default, a fake clock, so backoff
    /// does not sleep.
    static func client(
        port: Int,
        clock: any ClientClock = FakeClock(),
        extra: [String: String] = [:]
    ) throws
        -> SecretsManagerClient
    {
        let environment = ClientHarness.environment
            .merging(["AWS_ENDPOINT_URL_SECRETS_MANAGER": "http://127.0.0.1:\(port)"]) { $1 }
            .merging(extra) { $1 }
        return SecretsManagerClient(
            configuration: try SecretsManagerConfiguration(environment: environment),
            dependencies: ClientDependencies(
                transport: try HTTPClient(),
                clock: clock,
                random: { 0.5 }
            )
        )
    }

    static func fetch(_ client: SecretsManagerClient, budget: Duration = .seconds(5))
        throws(SecretsManagerError)
        -> SecretValue
    {
        try client.getSecretValue(secretID: "s", versionStage: nil, timeBudget: budget)
    }

    @Test func htmlErrorPagesAreRetriedThenSucceed() throws {
        let server = try FaultServer(replies: [Self.html500, Self.html500, Self.ok])
        server.start()
        let value = try Self.fetch(Self.client(port: server.port))
        server.stop()

        #expect(value.versionID == "v-0001")
        #expect(server.requests.count == 3)
        #expect(server.requests[0].head.contains("Host: 127.0.0.1:\(server.port)\r\n"))
        #expect(server.requests[0].head.contains("Content-Type: application/x-amz-json-1.1\r\n"))
        #expect(String(decoding: server.requests[0].body, as: UTF8.self) == #"{"SecretId":"s"}"#)
    }

    @Test func persistentHTMLErrorIsServiceError() throws {
        let server = try FaultServer(replies: [Self.html500, Self.html500, Self.html500])
        server.start()
        let error = #expect(throws: SecretsManagerError.serviceError) {
            try Self.fetch(Self.client(port: server.port))
        }
        server.stop()
        #expect(error?.description == "service error: HTTP500 (HTTP 500)")
    }

    @Test func closedConnectionIsRetried() throws {
        let truncated = "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{\"Secret"
        let server = try FaultServer(replies: ["", truncated, Self.ok])
        server.start()
        let value = try Self.fetch(Self.client(port: server.port))
        server.stop()
        #expect(value.bytes.withUnsafeBytes { Array($0) } == Array("pem".utf8))
    }

    @Test func closedConnectionEveryTimeIsTransferFailed() throws {
        let server = try FaultServer(replies: ["", "", ""])
        server.start()
        let error = #expect(throws: SecretsManagerError.transferFailed) {
            try Self.fetch(Self.client(port: server.port))
        }
        server.stop()
        #expect(
            error?.description.hasPrefix("transfer failed: TransferFailed: curl error 52: ") == true
        )
    }

    @Test func garbageSuccessIsMalformedAndNotRetried() throws {
        let server = try FaultServer(replies: ["HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello"])
        server.start()
        #expect(throws: SecretsManagerError.malformedResponse) {
            try Self.fetch(Self.client(port: server.port))
        }
        server.stop()
        #expect(server.requests.count == 1)
    }

    @Test func oversizedReplyIsMalformed() throws {
        let body = String(repeating: "a", count: (1 << 20) + 1)
        let server = try FaultServer(replies: [
            "HTTP/1.1 200 OK\r\nContent-Length: \(body.utf8.count)\r\n\r\n" + body
        ])
        server.start()
        let error = #expect(throws: SecretsManagerError.malformedResponse) {
            try Self.fetch(Self.client(port: server.port))
        }
        server.stop()
        #expect(
            error?.description
                == "malformed response: MalformedResponse: the reply is larger than 1048576 bytes"
        )
    }

    @Test func refusedConnectionIsCouldNotConnect() throws {
        let client = try Self.client(port: try FaultServer.closedPort())
        let error = #expect(throws: SecretsManagerError.couldNotConnect) {
            try Self.fetch(client)
        }
        #expect(error?.isRetryable == true)
        #expect(error?.errorType == "CouldNotConnect")
    }

    @Test func silentServerTimesOutWithinBudget() throws {
        // The server listens but never accepts, so the request waits in the backlog until the
        // total timeout that the 300 ms budget sets. No budget is then left for a retry.
        let server = try FaultServer(replies: [])
        let clock = SystemClock()
        let started = clock.monotonicNow
        let error = #expect(throws: SecretsManagerError.timedOut) {
            try Self.fetch(Self.client(port: server.port, clock: clock), budget: .milliseconds(300))
        }
        let elapsed = clock.monotonicNow - started
        #expect(error?.isRetryable == true)
        #expect(elapsed >= .milliseconds(290))
        #expect(elapsed < .milliseconds(1500))
    }

    @Test func extensionSourceSendsTokenOverGET() throws {
        let server = try FaultServer(replies: [Self.ok])
        server.start()
        let environment = [
            "SECRETS_SOURCE": "extension", "AWS_SESSION_TOKEN": "session-token",
            "PARAMETERS_SECRETS_EXTENSION_HTTP_PORT": String(server.port),
        ]
        let client = SecretsManagerClient(
            configuration: try SecretsManagerConfiguration(environment: environment),
            dependencies: ClientDependencies(
                transport: try HTTPClient(),
                clock: FakeClock(),
                random: { 0 }
            )
        )
        let value = try client.getSecretValue(
            secretID: "ivs/key",
            versionStage: "AWSPREVIOUS",
            timeBudget: .seconds(5)
        )
        server.stop()

        #expect(value.versionID == "v-0001")
        let head = server.requests[0].head
        #expect(
            head.hasPrefix(
                "GET /secretsmanager/get?secretId=ivs%2Fkey&versionStage=AWSPREVIOUS HTTP/1.1\r\n"
            )
        )
        #expect(head.contains("X-Aws-Parameters-Secrets-Token: session-token\r\n"))
        #expect(!head.contains("Authorization"))
    }
}
