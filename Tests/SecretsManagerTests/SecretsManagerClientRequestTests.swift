// SPDX-License-Identifier: Apache-2.0

import FoundationEssentials
import HTTPClient
import Testing
import TokenCrypto

@testable import SecretsManager

@Suite struct SecretsManagerClientRequestTests {
    static let success = FakeTransport.Outcome.json(
        200,
        #"{"SecretString":"pem","VersionId":"v1"}"#
    )

    @Test func requestCarriesSignedJSONProtocolHeaders() throws {
        let environment = ClientHarness.environment.merging([
            "AWS_ENDPOINT_URL_SECRETS_MANAGER": "http://127.0.0.1:5123",
            "AWS_SESSION_TOKEN": "AQoDYXdzEPT//////////wEXAMPLEtoken",
        ]) { $1 }
        let harness = try ClientHarness([Self.success], environment: environment)
        _ = try harness.client.getSecretValue(
            secretID: "MyTestSecret",
            versionStage: nil,
            timeBudget: .seconds(5)
        )

        let request = harness.transport.requests[0].request
        #expect(request.method == .post)
        #expect(request.url == "http://127.0.0.1:5123/")
        #expect(String(decoding: request.body, as: UTF8.self) == #"{"SecretId":"MyTestSecret"}"#)
        #expect(
            request.headers.map(\.name) == [
                "Host", "Content-Type", "X-Amz-Target", "X-Amz-Date", "X-Amz-Security-Token",
                "Authorization",
            ]
        )
        #expect(harness.header("Host", request: 0) == "127.0.0.1:5123")
        #expect(harness.header("Content-Type", request: 0) == "application/x-amz-json-1.1")
        #expect(harness.header("X-Amz-Target", request: 0) == "secretsmanager.GetSecretValue")
        #expect(harness.header("X-Amz-Date", request: 0) == "20150830T123600Z")
        #expect(harness.header("Authorization", request: 0) == Self.expectedAuthorization(request))
    }

    /// Recomputes the signature from the request as sent, with the suite secret key.
    static func expectedAuthorization(_ request: HTTPRequest) -> String {
        let signedHeaders = request.headers.filter { $0.name != "Authorization" }
        let canonical = SigV4Canonical(
            method: "POST",
            target: "/",
            headers: signedHeaders,
            body: request.body
        )
        let signer = SigV4Signer(
            credentials: AWSCredentials(
                accessKeyID: "AKIDEXAMPLE",
                secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
                sessionToken: nil
            ),
            region: "us-east-1",
            service: "secretsmanager"
        )
        let timestamp = AWSTimestamp(secondsSince1970: 1_440_938_160)
        let signature = signer.signature(
            stringToSign: signer.stringToSign(
                canonicalRequest: canonical.text,
                timestamp: timestamp
            ),
            timestamp: timestamp
        )
        return
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/secretsmanager/aws4_request, "
            + "SignedHeaders=content-type;host;x-amz-date;x-amz-security-token;x-amz-target, Signature=\(signature)"
    }

    @Test func defaultEndpointSignsStandardHostAndStage() throws {
        let harness = try ClientHarness([Self.success])
        _ = try harness.client.getSecretValue(
            secretID: "a/b",
            versionStage: "AWSPREVIOUS",
            timeBudget: .seconds(5)
        )

        let request = harness.transport.requests[0].request
        #expect(request.url == "https://secretsmanager.us-east-1.amazonaws.com/")
        #expect(harness.header("Host", request: 0) == "secretsmanager.us-east-1.amazonaws.com")
        #expect(harness.header("X-Amz-Security-Token", request: 0) == nil)
        #expect(
            String(decoding: request.body, as: UTF8.self)
                == #"{"SecretId":"a/b","VersionStage":"AWSPREVIOUS"}"#
        )
    }

    @Test func successWithUnexpectedContentTypeIsRead() throws {
        let reply = FakeTransport.Outcome.json(
            200,
            #"{"SecretString":"pem","CreatedDate":1523477145}"#,
            headers: [("Content-Type", "text/html; charset=utf-8")]
        )
        let harness = try ClientHarness([reply])
        let value = try harness.client.getSecretValue(
            secretID: "s",
            versionStage: nil,
            timeBudget: .seconds(5)
        )
        #expect(value.bytes.withUnsafeBytes { Array($0) } == Array("pem".utf8))
    }

    @Test(arguments: ["", String(repeating: "x", count: 2049)])
    func invalidSecretIDIsRejectedBeforeSending(secretID: String) throws {
        let harness = try ClientHarness([Self.success])
        #expect(throws: SecretsManagerError.invalidParameter) {
            try harness.client.getSecretValue(
                secretID: secretID,
                versionStage: nil,
                timeBudget: .seconds(5)
            )
        }
        #expect(harness.transport.requests.isEmpty)
    }

    @Test func extensionRequestUsesSessionTokenHeader() throws {
        let environment = [
            "SECRETS_SOURCE": "extension", "AWS_SESSION_TOKEN": "session-token",
            "PARAMETERS_SECRETS_EXTENSION_HTTP_PORT": "2999",
        ]
        let harness = try ClientHarness(
            [.failure(.couldNotConnect), Self.success],
            environment: environment
        )
        let value = try harness.client.getSecretValue(
            secretID: "arn:aws:secretsmanager:us-east-1:1:secret:a b/c",
            versionStage: "AWSCURRENT",
            timeBudget: .seconds(5)
        )

        #expect(value.versionID == "v1")
        #expect(harness.transport.requests.count == 2)
        let request = harness.transport.requests[1].request
        #expect(request.method == .get)
        #expect(
            request.url == "http://127.0.0.1:2999/secretsmanager/get?"
                + "secretId=arn%3Aaws%3Asecretsmanager%3Aus-east-1%3A1%3Asecret%3Aa%20b%2Fc&versionStage=AWSCURRENT"
        )
        #expect(request.headers.map(\.name) == ["X-Aws-Parameters-Secrets-Token"])
        #expect(harness.header("X-Aws-Parameters-Secrets-Token", request: 1) == "session-token")
    }
}
