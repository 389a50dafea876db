// SPDX-License-Identifier: Apache-2.0

import LambdaEmulator
import Testing

@Suite struct SecretsManagerStandInTests {
    let directory: TemporaryDirectory
    let standIn: SecretsManagerStandIn

    init() throws {
        directory = try TemporaryDirectory()
        standIn = try SecretsManagerStandIn(
            secretName: "ivs/playback-private-key",
            secretString: bytes("-----BEGIN EC PRIVATE KEY-----\nAA\n"),
            accessKeyID: "ASIATESTTESTTESTTEST",
            region: "us-west-2",
            log: { _ in }
        )
    }

    static let validAuthorization =
        "AWS4-HMAC-SHA256 Credential=ASIATESTTESTTESTTEST/20260101/us-west-2/secretsmanager/aws4_request, "
        + "SignedHeaders=host, Signature=0"

    /// Posts `body` with curl and returns the status code and the decoded JSON body.
    private func post(
        _ body: String,
        target: String = "secretsmanager.GetSecretValue",
        authorization: String? = Self.validAuthorization
    ) throws -> (status: Int, json: [String: JSONValue]) {
        var arguments = ["-s", "-w", "\n%{http_code}", "-X", "POST", "-H", "X-Amz-Target: \(target)"]
        if let authorization { arguments += ["-H", "Authorization: \(authorization)"] }
        arguments += [
            "-H", "Content-Type: application/x-amz-json-1.1", "--data-binary", body, standIn.endpointURL + "/",
        ]
        let result = try Subprocess.run("/usr/bin/curl", arguments, in: directory)
        let parts = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
        let status = Int(parts.last ?? "") ?? 0
        let json = JSONValue.parse(bytes(parts.dropLast().joined(separator: "\n")))?.objectValue ?? [:]
        return (status, json)
    }

    @Test func knownSecretIsReturnedByNameAndARN() throws {
        for secretID in ["ivs/playback-private-key", standIn.secretARN] {
            let (status, json) = try post(#"{"SecretId":"\#(secretID)"}"#)
            #expect(status == 200)
            #expect(json["Name"] == .string("ivs/playback-private-key"))
            #expect(json["ARN"] == .string(standIn.secretARN))
            #expect(json["SecretString"] == .string("-----BEGIN EC PRIVATE KEY-----\nAA\n"))
            #expect(json["VersionStages"] == .array([.string("AWSCURRENT")]))
            #expect(json["VersionId"]?.stringValue?.count == 36)
            guard case .number = json["CreatedDate"] else {
                Issue.record("CreatedDate is not a number")
                continue
            }
        }
        #expect(
            standIn.secretARN.hasPrefix(
                "arn:aws:secretsmanager:us-west-2:123456789012:secret:ivs/playback-private-key-"
            )
        )
    }

    @Test func unknownSecretIsResourceNotFound() throws {
        let (status, json) = try post(#"{"SecretId":"other"}"#)
        #expect(status == 400)
        #expect(json["__type"] == .string("ResourceNotFoundException"))
        #expect(json["message"] == .string("Secrets Manager can't find the specified secret."))
    }

    @Test func missingAuthorizationIsIncompleteSignature() throws {
        let (status, json) = try post(#"{"SecretId":"ivs/playback-private-key"}"#, authorization: nil)
        #expect(status == 400)
        #expect(json["__type"] == .string("IncompleteSignatureException"))
        #expect(json["SecretString"] == nil)
    }

    @Test func otherAccessKeyIsUnrecognizedClient() throws {
        let authorization = "AWS4-HMAC-SHA256 Credential=AKIAOTHER/20260101/us-west-2/secretsmanager/aws4_request"
        let (status, json) = try post(#"{"SecretId":"ivs/playback-private-key"}"#, authorization: authorization)
        #expect(status == 400)
        #expect(json["__type"] == .string("UnrecognizedClientException"))
    }

    @Test func otherOperationIsUnknownOperation() throws {
        let (status, json) = try post("{}", target: "secretsmanager.ListSecrets")
        #expect(status == 400)
        #expect(json["__type"] == .string("UnknownOperationException"))
    }

    @Test func keepAliveAndExpectContinueWork() throws {
        let url = standIn.endpointURL + "/"
        let body = try directory.write("large-body", String(repeating: "x", count: 2_000_000))
        let arguments = [
            "-s", "-o", "/dev/null", "-w", "%{http_code} %{num_connects}\n", "-H", "Expect: 100-continue",
            "-H", "x-amz-target: secretsmanager.GetSecretValue", "--data-binary", "@" + body, url, "-o", "/dev/null",
            "-H", "x-amz-target: secretsmanager.GetSecretValue", "--data-binary", "{}", url,
        ]
        let result = try Subprocess.run("/usr/bin/curl", arguments, in: directory)
        // Both requests lack a signature, so both get a 400; the second reuses the connection.
        #expect(result.standardOutput == "400 1\n400 0\n")
    }

    @Test func headerNamesMatchCaseInsensitively() throws {
        let arguments = [
            "-s", "-o", "/dev/null", "-w", "%{http_code}", "-H", "X-AMZ-TARGET: secretsmanager.GetSecretValue",
            "-H", "AUTHORIZATION: \(Self.validAuthorization)", "--data-binary",
            #"{"SecretId":"ivs/playback-private-key"}"#,
            standIn.endpointURL + "/",
        ]
        let result = try Subprocess.run("/usr/bin/curl", arguments, in: directory)
        #expect(result.standardOutput == "200")
    }
}
