// SPDX-License-Identifier: Apache-2.0

import Testing

@testable import SecretsManager

/// The Secrets Manager `GetSecretValue` example: suite credentials, `20150830T123600Z`, us-east-1,
/// and the body `{"SecretId":"MyTestSecret"}`. Expected values were computed independently with
/// botocore's `SigV4Auth`, which agrees with every line below.
@Suite struct SecretsManagerSigningTests {
    static let timestamp = AWSTimestamp(secondsSince1970: 1_440_938_160)
    static let body = Array(#"{"SecretId":"MyTestSecret"}"#.utf8)
    static let headers: [(name: String, value: String)] = [
        ("Content-Type", "application/x-amz-json-1.1"),
        ("Host", "secretsmanager.us-east-1.amazonaws.com"),
        ("X-Amz-Date", "20150830T123600Z"),
        ("X-Amz-Target", "secretsmanager.GetSecretValue"),
    ]

    static func signer(sessionToken: String? = nil) -> SigV4Signer {
        SigV4Signer(
            credentials: AWSCredentials(
                accessKeyID: "AKIDEXAMPLE",
                secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
                sessionToken: sessionToken
            ),
            region: "us-east-1",
            service: "secretsmanager"
        )
    }

    @Test func canonicalRequestMatchesExample() {
        let canonical = SigV4Canonical(
            method: "POST",
            target: "/",
            headers: Self.headers,
            body: Self.body
        )
        let expected = """
            POST
            /

            content-type:application/x-amz-json-1.1
            host:secretsmanager.us-east-1.amazonaws.com
            x-amz-date:20150830T123600Z
            x-amz-target:secretsmanager.GetSecretValue

            content-type;host;x-amz-date;x-amz-target
            7b784e9ae61a973388a77975eda94c447ed810634deeeac9ec9db5825bb25567
            """
        #expect(canonical.text == expected)
    }

    @Test func stringToSignMatchesExample() {
        let canonical = SigV4Canonical(
            method: "POST",
            target: "/",
            headers: Self.headers,
            body: Self.body
        )
        let expected = """
            AWS4-HMAC-SHA256
            20150830T123600Z
            20150830/us-east-1/secretsmanager/aws4_request
            fb7669a3e2d81b7896ece2d6245eb6cc96b0f7d23e472e1df95e83bf5367fb7b
            """
        #expect(
            Self.signer().stringToSign(canonicalRequest: canonical.text, timestamp: Self.timestamp)
                == expected
        )
    }

    @Test func signatureMatchesExample() {
        let authorization = Self.signer().authorization(
            method: "POST",
            target: "/",
            headers: Self.headers,
            body: Self.body,
            timestamp: Self.timestamp
        )
        #expect(
            authorization
                == "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/secretsmanager/aws4_request, "
                + "SignedHeaders=content-type;host;x-amz-date;x-amz-target, "
                + "Signature=850e2e7bf5d9a27ceed85ab70fabb682bb6868d1dffca441f17dd9728b0f9786"
        )
    }

    @Test func signatureWithSessionTokenMatchesExample() {
        let token = "AQoDYXdzEPT//////////wEXAMPLEtoken"
        let headers = Self.headers + [("X-Amz-Security-Token", token)]
        let authorization = Self.signer(sessionToken: token).authorization(
            method: "POST",
            target: "/",
            headers: headers,
            body: Self.body,
            timestamp: Self.timestamp
        )
        #expect(
            authorization.hasSuffix(
                "SignedHeaders=content-type;host;x-amz-date;x-amz-security-token;x-amz-target, "
                    + "Signature=692f7ed5642c81a02a40dd7c5c6c8991c7d98eb5ae0f43309289fca6909f3d70"
            )
        )
    }
}
