// SPDX-License-Identifier: Apache-2.0

import HTTPClient
import Testing
import TokenCrypto

@testable import SecretsManager

/// Renders every value that carries or passes near a secret and checks no secret text appears.
@Suite struct RedactionTests {
    static let secretKey = "SECRETKEYwJalrXUtnFEMIK7MDENG"
    static let sessionToken = "SESSIONTOKENAQoDYXdzEPT"
    static let containerToken = "CONTAINERTOKENBearerXYZ"
    static let secretText = "-----BEGIN EC PRIVATE KEY-----SECRETVALUE"
    static let forbidden = [
        secretKey, sessionToken, containerToken, secretText, "SECRETVALUE", "Signature=",
    ]

    static func renderings(_ value: Any) -> [String] {
        var dumped = ""
        dump(value, to: &dumped)
        return ["\(value)", String(reflecting: value), dumped]
    }

    static func expectNoSecret(_ value: Any, sourceLocation: SourceLocation = #_sourceLocation) {
        for rendering in renderings(value) {
            for secret in forbidden {
                #expect(
                    !rendering.contains(secret),
                    "\(secret) leaked",
                    sourceLocation: sourceLocation
                )
            }
        }
    }

    @Test func credentialsAndConfigurationAreRedacted() throws {
        let credentials = AWSCredentials(
            accessKeyID: "AKID",
            secretAccessKey: Self.secretKey,
            sessionToken: Self.sessionToken
        )
        Self.expectNoSecret(credentials)
        Self.expectNoSecret(CredentialSource.environment(credentials))

        let api = try SecretsManagerConfiguration(environment: [
            "AWS_REGION": "us-east-1", "AWS_ACCESS_KEY_ID": "AKID",
            "AWS_SECRET_ACCESS_KEY": Self.secretKey,
            "AWS_SESSION_TOKEN": Self.sessionToken,
        ])
        Self.expectNoSecret(api)

        let container = try SecretsManagerConfiguration(environment: [
            "AWS_REGION": "us-east-1", "AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://127.0.0.1:1/c",
            "AWS_CONTAINER_AUTHORIZATION_TOKEN": Self.containerToken,
        ])
        Self.expectNoSecret(container)
        Self.expectNoSecret(container.source)

        let extensionSource = try SecretsManagerConfiguration(
            environment: ["SECRETS_SOURCE": "extension", "AWS_SESSION_TOKEN": Self.sessionToken])
        Self.expectNoSecret(extensionSource)
    }

    @Test func secretValueIsRedacted() throws {
        let value = try SecretValue(
            replyBody: Array(#"{"SecretString":"\#(Self.secretText)","VersionId":"v"}"#.utf8)
        )
        Self.expectNoSecret(value)
        #expect("\(value)" == "SecretValue(string, redacted, 41 bytes, version: v)")
    }

    @Test func configurationErrorsOmitValues() {
        let environments: [[String: String]] = [
            [
                "AWS_REGION": "us-east-1", "AWS_ACCESS_KEY_ID": "AKID",
                "AWS_SECRET_ACCESS_KEY": Self.secretKey + "\n",
            ],
            [
                "AWS_REGION": "us-east-1", "AWS_ACCESS_KEY_ID": "AKID",
                "AWS_SECRET_ACCESS_KEY": "k",
                "AWS_SESSION_TOKEN": Self.sessionToken + " x",
            ],
            [
                "AWS_REGION": "us-east-1",
                "AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://127.0.0.1:1/c",
                "AWS_CONTAINER_AUTHORIZATION_TOKEN": Self.containerToken + "\r\n",
            ],
            ["SECRETS_SOURCE": "extension", "AWS_SESSION_TOKEN": Self.sessionToken + "\n"],
        ]
        for environment in environments {
            let error = #expect(throws: SecretsManagerConfigurationError.self) {
                try SecretsManagerConfiguration(environment: environment)
            }
            Self.expectNoSecret(error as Any)
        }
    }

    @Test func everyErrorClassIsSafe() {
        let classes: [SecretsManagerError] = [
            .resourceNotFound, .accessDenied, .invalidParameter, .invalidRequest,
            .decryptionFailure,
            .credentialsRejected, .signatureRejected, .throttled, .serviceError, .timedOut,
            .couldNotConnect,
            .transferFailed, .malformedResponse, .credentialsUnavailable,
        ]
        for error in classes {
            Self.expectNoSecret(error)
        }
        for type in [
            "SignatureDoesNotMatch", "IncompleteSignature", "InvalidClientTokenId",
            "ExpiredTokenException",
        ] {
            let body =
                #"{"__type":"\#(type)","message":"canonical x-amz-security-token:\#(Self.sessionToken) "#
                + #"Signature=abc \#(Self.secretKey)"}"#
            Self.expectNoSecret(
                ErrorReply(headers: HTTPHeaders(), body: Array(body.utf8)).error(status: 403)
            )
        }
        Self.expectNoSecret(SecretsManagerClient.transportError(.timedOut))
    }

    @Test func clientFailuresDoNotEchoRequest() throws {
        let environment = [
            "AWS_REGION": "us-east-1", "AWS_ACCESS_KEY_ID": "AKID",
            "AWS_SECRET_ACCESS_KEY": Self.secretKey,
            "AWS_SESSION_TOKEN": Self.sessionToken,
        ]
        let outcomes: [FakeTransport.Outcome] = [
            .json(500, "<html>\(Self.secretText)</html>"), .failure(.couldNotConnect),
            .json(200, #"{"SecretBinary":"\#(Self.secretText)"}"#),
        ]
        let harness = try ClientHarness(outcomes, environment: environment)
        let error = #expect(throws: SecretsManagerError.malformedResponse) {
            try harness.client.getSecretValue(
                secretID: "s",
                versionStage: nil,
                timeBudget: .seconds(5)
            )
        }
        Self.expectNoSecret(error as Any)
        Self.expectNoSecret(harness.client.configuration)
    }
}
