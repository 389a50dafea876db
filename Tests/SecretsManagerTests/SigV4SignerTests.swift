// SPDX-License-Identifier: Apache-2.0

import Testing

@testable import SecretsManager

/// One request of the AWS SigV4 test suite and its expected signature.
struct SigningVector: CustomTestStringConvertible, Sendable {
    let name: String
    let method: String
    let target: String
    let headers: [Header]
    let body: String
    let signature: String

    struct Header: Sendable {
        let name: String
        let value: String
    }

    var testDescription: String { name }

    init(
        _ name: String,
        _ method: String,
        _ target: String,
        _ headers: [(String, String)] = [],
        body: String = "",
        signature: String
    ) {
        self.name = name
        self.method = method
        self.target = target
        self.headers = headers.map { Header(name: $0.0, value: $0.1) }
        self.body = body
        self.signature = signature
    }
}

@Suite struct SigV4SignerTests {
    static let suiteCredentials = AWSCredentials(
        accessKeyID: "AKIDEXAMPLE",
        secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
        sessionToken: nil
    )
    static let suiteTimestamp = AWSTimestamp(
        year: 2015,
        month: 8,
        day: 30,
        hour: 12,
        minute: 36,
        second: 0
    )
    static let host = ("Host", "example.amazonaws.com")

    // Expected signatures from the normalised v4 cases of the AWS SigV4 test suite as kept in
    // awslabs/aws-c-auth, tests/aws-signing-test-suite/v4/<name>/header-signed-request.txt
    // (credentials AKIDEXAMPLE, region us-east-1, service "service", 20150830T123600Z). The
    // `*-unnormalized` cases are S3-style and do not apply to Secrets Manager.
    static let vectors: [SigningVector] = [
        .init(
            "get-vanilla",
            "GET",
            "/",
            [host],
            signature: "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"
        ),
        .init(
            "get-header-key-duplicate",
            "GET",
            "/",
            [host, ("My-Header1", "value2"), ("My-Header1", "value2"), ("My-Header1", "value1")],
            signature: "c9d5ea9f3f72853aea855b47ea873832890dbdd183b4468f858259531a5138ea"
        ),
        // Folded lines squeeze to "value1 value2 value3". Older copies of this case expect
        // ba17b383…, which treats each line as a repeated header; aws-c-auth commit c72025b7
        // expects this value.
        .init(
            "get-header-value-multiline",
            "GET",
            "/",
            [host, ("My-Header1", "value1\n  value2\n     value3")],
            signature: "cfd34249e4b1c8d6b91ef74165d41a32e5fab3306300901bb65a51a73575eefd"
        ),
        .init(
            "get-header-value-order",
            "GET",
            "/",
            [
                host, ("My-Header1", "value4"), ("My-Header1", "value1"), ("My-Header1", "value3"),
                ("My-Header1", "value2"),
            ],
            signature: "08c7e5a9acfcfeb3ab6b2185e75ce8b1deb5e634ec47601a50643f830c755c01"
        ),
        .init(
            "get-header-value-trim",
            "GET",
            "/",
            [host, ("My-Header1", " value1"), ("My-Header2", " \"a   b   c\"")],
            signature: "acc3ed3afb60bb290fc8d2dd0098b9911fcaa05412b367055dee359757a9c736"
        ),
        .init(
            "get-relative-normalized",
            "GET",
            "/example/..",
            [host],
            signature: "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"
        ),
        .init(
            "get-relative-relative-normalized",
            "GET",
            "/example1/example2/../..",
            [host],
            signature: "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"
        ),
        .init(
            "get-slash-dot-slash-normalized",
            "GET",
            "/./",
            [host],
            signature: "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"
        ),
        .init(
            "get-slash-normalized",
            "GET",
            "//",
            [host],
            signature: "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"
        ),
        .init(
            "get-slash-pointless-dot-normalized",
            "GET",
            "/./example",
            [host],
            signature: "ef75d96142cf21edca26f06005da7988e4f8dc83a165a80865db7089db637ec5"
        ),
        .init(
            "get-slashes-normalized",
            "GET",
            "//example//",
            [host],
            signature: "9a624bd73a37c9a373b5312afbebe7a714a789de108f0bdfe846570885f57e84"
        ),
        .init(
            "get-space-normalized",
            "GET",
            "/example space/",
            [host],
            signature: "652487583200325589f1fba4c7e578f72c47cb61beeca81406b39ddec1366741"
        ),
        .init(
            "get-unreserved",
            "GET",
            "/-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
            [host],
            signature: "07ef7494c76fa4850883e2b006601f940f8a34d404d0cfa977f52a65bbf5f24f"
        ),
        .init(
            "get-utf8",
            "GET",
            "/\u{1234}",
            [host],
            signature: "8318018e0b0f223aa2bbf98705b62bb787dc9c0e678f255a891fd03141be5d85"
        ),
        .init(
            "get-vanilla-empty-query-key",
            "GET",
            "/?Param1=value1",
            [host],
            signature: "a67d582fa61cc504c4bae71f336f98b97f1ea3c7a6bfe1b6e45aec72011b9aeb"
        ),
        .init(
            "get-vanilla-query-order-encoded",
            "GET",
            "/?Param-3=Value3&Param=Value2&%E1%88%B4=Value1",
            [host],
            signature: "371d3713e185cc334048618a97f809c9ffe339c62934c032af5a0e595648fcac"
        ),
        .init(
            "get-vanilla-query-order-key-case",
            "GET",
            "/?Param2=value2&Param1=value1",
            [host],
            signature: "b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500"
        ),
        .init(
            "get-vanilla-query-unreserved",
            "GET",
            "/?-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                + "=-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
            [host],
            signature: "9c3e54bfcdf0b19771a7f523ee5669cdf59bc7cc0884027167c21bb143a40197"
        ),
        .init(
            "get-vanilla-utf8-query",
            "GET",
            "/?\u{1234}=bar",
            [host],
            signature: "2cdec8eed098649ff3a119c94853b13c643bcf08f8b0a1d91e12c9027818dd04"
        ),
        .init(
            "get-vanilla-with-session-token",
            "GET",
            "/",
            [
                host,
                (
                    "X-Amz-Security-Token",
                    "6e86291e8372ff2a2260956d9b8aae1d763fbf315fa00fa31553b73ebf194267"
                ),
            ],
            signature: "07ec1639c89043aa0e3e2de82b96708f198cceab042d4a97044c66dd9f74e7f8"
        ),
        .init(
            "post-header-key-sort",
            "POST",
            "/",
            [host, ("My-Header1", "value1")],
            signature: "c5410059b04c1ee005303aed430f6e6645f61f4dc9e1461ec8f8916fdf18852c"
        ),
        .init(
            "post-header-value-case",
            "POST",
            "/",
            [host, ("My-Header1", "VALUE1")],
            signature: "cdbc9802e29d2942e5e10b5bccfdd67c5f22c7c4e8ae67b53629efa58b974b7d"
        ),
        .init(
            "post-vanilla",
            "POST",
            "/",
            [host],
            signature: "5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b"
        ),
        .init(
            "post-vanilla-query",
            "POST",
            "/?Param1=value1",
            [host],
            signature: "28038455d6de14eafc1f9222cf5aa6f1a96197d7deb8263271d420d138af7f11"
        ),
        .init(
            "post-x-www-form-urlencoded",
            "POST",
            "/",
            [
                ("Content-Type", "application/x-www-form-urlencoded"), host,
                ("Content-Length", "13"),
                (
                    "x-amz-content-sha256",
                    "9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e"
                ),
            ],
            body: "Param1=value1",
            signature: "d3875051da38690788ef43de4db0d8f280229d82040bfac253562e56c3f20e0b"
        ),
        .init(
            "post-x-www-form-urlencoded-parameters",
            "POST",
            "/",
            [
                ("Content-Type", "application/x-www-form-urlencoded; charset=utf-8"), host,
                ("Content-Length", "13"),
                (
                    "x-amz-content-sha256",
                    "9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e"
                ),
            ],
            body: "Param1=value1",
            signature: "328d1b9eaadca9f5818ef05e8392801e091653bafec24fcab71e7344e7f51422"
        ),
        .init(
            "post-sts-header-before",
            "POST",
            "/",
            [
                host,
                (
                    "X-Amz-Security-Token",
                    "AQoDYXdzEPT//////////wEXAMPLEtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQWLWsKW"
                        + "HGBuFqwAeMicRXmxfpSPfIeoIYRqTflfKD8YUuwthAx7mSEI/qkPpKPi/kMcGdQrmGdeehM4IC"
                        + "1NtBmUpp2wUE8phUZampKsburEDy0KPkyQDYwT7WZ0wq5VSXDvp75YU9HFvlRd8Tx6q6fE8YQcH"
                        + "NVXAkiY9q6d+xo0rKwT38xVqr7ZD0u0iPPkUL64lIZbqBAz+scqKmlzm8FDrypNC9Yjc8fPOLn9"
                        + "FX9KSYvKTr4rvx3iSIlTJabIQwj2ICCR/oLxBA=="
                ),
            ],
            signature: "85d96828115b5dc0cfc3bd16ad9e210dd772bbebba041836c64533a82be05ead"
        ),
    ]

    @Test(arguments: vectors)
    func signatureMatchesSuiteVector(_ vector: SigningVector) {
        let signer = SigV4Signer(
            credentials: Self.suiteCredentials,
            region: "us-east-1",
            service: "service"
        )
        let headers =
            vector.headers.map { (name: $0.name, value: $0.value) } + [
                ("X-Amz-Date", "20150830T123600Z")
            ]
        let authorization = signer.authorization(
            method: vector.method,
            target: vector.target,
            headers: headers,
            body: Array(vector.body.utf8),
            timestamp: Self.suiteTimestamp
        )
        #expect(authorization.hasSuffix("Signature=\(vector.signature)"))
    }

    @Test func authorizationNamesScopeAndSignedHeaders() {
        let signer = SigV4Signer(
            credentials: Self.suiteCredentials,
            region: "us-east-1",
            service: "service"
        )
        let authorization = signer.authorization(
            method: "GET",
            target: "/",
            headers: [Self.host, ("X-Amz-Date", "20150830T123600Z")],
            body: [],
            timestamp: Self.suiteTimestamp
        )
        #expect(
            authorization
                == "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
                + "SignedHeaders=host;x-amz-date, "
                + "Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"
        )
    }

    @Test(arguments: [
        ("/example/.", "/example/"),
        ("/a%20b", "/a%2520b"),
        ("", "/"),
        ("/a/b/../c", "/a/c"),
        ("/%E1%88%B4", "/%25E1%2588%25B4"),
    ])
    func canonicalURINormalisesAndEncodesAgain(path: String, expected: String) {
        #expect(SigV4Canonical.canonicalURI(path) == expected)
    }

    @Test(arguments: [
        ("a=1&a=0&b", "a=0&a=1&b="),
        ("q=a+b c", "q=a%2Bb%20c"),
        ("", ""),
        ("%zz=1", "%25zz=1"),
    ])
    func canonicalQuerySortsAndEncodes(query: String, expected: String) {
        #expect(SigV4Canonical.canonicalQuery(query) == expected)
    }
}
