// SPDX-License-Identifier: Apache-2.0

import FoundationEssentials
import HTTPClient
import Testing

@testable import SecretsManager

@Suite struct ContainerCredentialsClientTests {
    static let keys = FakeTransport.Outcome.json(
        200,
        #"{"AccessKeyId":"ASIAEXAMPLE","SecretAccessKey":"container-secret","Token":"container-token","#
            + #""Expiration":"2015-08-30T13:36:00Z"}"#
    )
    static let success = FakeTransport.Outcome.json(200, #"{"SecretString":"pem"}"#)
    static let base = [
        "AWS_REGION": "us-east-1",
        "AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://127.0.0.1:9000/creds",
    ]

    @Test func fetchedKeysSignTheRequest() throws {
        let environment = Self.base.merging(["AWS_CONTAINER_AUTHORIZATION_TOKEN": "Bearer abc"]) {
            $1
        }
        let harness = try ClientHarness([Self.keys, Self.success], environment: environment)
        _ = try harness.client.getSecretValue(
            secretID: "s",
            versionStage: nil,
            timeBudget: .seconds(5)
        )

        let credentialsRequest = harness.transport.requests[0].request
        #expect(credentialsRequest.method == .get)
        #expect(credentialsRequest.url == "http://127.0.0.1:9000/creds")
        #expect(harness.header("Authorization", request: 0) == "Bearer abc")
        #expect(harness.header("X-Amz-Security-Token", request: 1) == "container-token")
        #expect(
            harness.header("Authorization", request: 1)?.hasPrefix(
                "AWS4-HMAC-SHA256 Credential=ASIAEXAMPLE/20150830/us-east-1/secretsmanager/aws4_request"
            ) == true
        )
    }

    @Test func tokenFileIsReadAndTrimmed() throws {
        let path = FileManager.default.temporaryDirectory.appending(
            path: "container-token-\(UInt64.random(in: 0...UInt64.max))"
        )
        try Data("file-token\n".utf8).write(to: path)
        defer { try? FileManager.default.removeItem(at: path) }

        let environment = Self.base.merging(["AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE": path.path]) {
            $1
        }
        let harness = try ClientHarness([Self.keys, Self.success], environment: environment)
        _ = try harness.client.getSecretValue(
            secretID: "s",
            versionStage: nil,
            timeBudget: .seconds(5)
        )
        #expect(harness.header("Authorization", request: 0) == "file-token")
    }

    @Test func missingTokenFileIsCredentialsUnavailable() throws {
        let environment = Self.base.merging([
            "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE": "/nonexistent/token"
        ]) { $1 }
        let harness = try ClientHarness([Self.keys, Self.success], environment: environment)
        let error = #expect(throws: SecretsManagerError.credentialsUnavailable) {
            try harness.client.getSecretValue(
                secretID: "s",
                versionStage: nil,
                timeBudget: .seconds(5)
            )
        }
        #expect(
            error?.description == "credentials unavailable: CredentialsUnavailable: "
                + "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE is unreadable"
        )
        #expect(harness.transport.requests.isEmpty)
    }

    @Test func unreachableEndpointIsRetried() throws {
        let harness = try ClientHarness(
            [.failure(.couldNotConnect), Self.keys, Self.success],
            environment: Self.base
        )
        _ = try harness.client.getSecretValue(
            secretID: "s",
            versionStage: nil,
            timeBudget: .seconds(5)
        )
        #expect(harness.transport.requests.count == 3)
    }

    @Test(arguments: [
        FakeTransport.Outcome.json(200, #"{"AccessKeyId":"","SecretAccessKey":"x"}"#),
        FakeTransport.Outcome.json(200, "not json"),
        FakeTransport.Outcome.json(403, #"{"message":"denied"}"#),
    ])
    func unusableReplyIsTerminal(reply: FakeTransport.Outcome) throws {
        let harness = try ClientHarness([reply, Self.keys, Self.success], environment: Self.base)
        #expect(throws: SecretsManagerError.credentialsUnavailable) {
            try harness.client.getSecretValue(
                secretID: "s",
                versionStage: nil,
                timeBudget: .seconds(5)
            )
        }
        #expect(harness.transport.requests.count == 1)
    }
}
