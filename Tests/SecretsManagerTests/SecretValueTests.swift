// SPDX-License-Identifier: Apache-2.0

import Testing
import TokenCrypto

@testable import SecretsManager

@Suite struct SecretValueTests {
    static func parse(_ body: String) throws(SecretsManagerError) -> SecretValue {
        try SecretValue(replyBody: Array(body.utf8))
    }

    static func bytes(_ value: SecretValue) -> [UInt8] {
        value.bytes.withUnsafeBytes { Array($0) }
    }

    @Test(arguments: [
        #"{"SecretString":"-----BEGIN EC PRIVATE KEY-----\n","VersionId":"v1","CreatedDate":1523477145.713}"#,
        #"{"SecretString":"-----BEGIN EC PRIVATE KEY-----\n","VersionId":"v1","CreatedDate":1523477145}"#,
        #"{"SecretString":"-----BEGIN EC PRIVATE KEY-----\n","VersionId":"v1","NewField":{"a":[1,null]}}"#,
        #"{"ARN":"arn:aws:secretsmanager:us-east-1:1:secret:x","Name":"x","VersionStages":["AWSCURRENT"],"#
            + #""SecretString":"-----BEGIN EC PRIVATE KEY-----\n","VersionId":"v1"}"#,
    ])
    func stringSecretToleratesExtraFields(body: String) throws {
        let value = try Self.parse(body)
        #expect(Self.bytes(value) == Array("-----BEGIN EC PRIVATE KEY-----\n".utf8))
        #expect(value.isBinary == false)
        #expect(value.versionID == "v1")
    }

    @Test func binarySecretIsDecodedOnce() throws {
        // "UEVN" is base64 for "PEM"; a second decoding would turn it into 3 other bytes.
        let value = try Self.parse(#"{"SecretBinary":"VUVWTg=="}"#)
        #expect(Self.bytes(value) == Array("UEVN".utf8))
        #expect(value.isBinary == true)
        #expect(value.versionID == nil)
    }

    @Test func binarySecretKeepsArbitraryBytes() throws {
        let value = try Self.parse(#"{"SecretBinary":"AP8QgA=="}"#)
        #expect(Self.bytes(value) == [0x00, 0xFF, 0x10, 0x80])
    }

    @Test func unicodeStringIsUTF8() throws {
        let value = try Self.parse(#"{"SecretString":"caf\u00e9"}"#)
        #expect(Self.bytes(value) == [0x63, 0x61, 0x66, 0xC3, 0xA9])
    }

    @Test(arguments: [
        ("", "the reply is not a GetSecretValue JSON object"),
        ("<html>OK</html>", "the reply is not a GetSecretValue JSON object"),
        ("[]", "the reply is not a GetSecretValue JSON object"),
        (#"{"SecretString":5}"#, "the reply is not a GetSecretValue JSON object"),
        (#"{"Name":"x"}"#, "the reply has neither SecretString nor SecretBinary"),
        (
            #"{"SecretString":"a","SecretBinary":"YQ=="}"#,
            "the reply has both SecretString and SecretBinary"
        ),
        (#"{"SecretBinary":"not base64!"}"#, "SecretBinary is not valid base64"),
    ])
    func malformedReplyIsRejected(body: String, detail: String) {
        let error = #expect(throws: SecretsManagerError.malformedResponse) {
            try Self.parse(body)
        }
        #expect(error?.description == "malformed response: MalformedResponse: \(detail)")
        #expect(error?.isRetryable == false)
    }
}

/// Decoding straight into `SecretBytes`: JSON escapes, base64 forms and the `JSONDecoder` rules that
/// earlier versions followed.
@Suite struct SecretValueDecodingTests {
    @Test func stringEscapesAreDecodedIntoSecretBytes() throws {
        let value = try SecretValueTests.parse(
            #"{"SecretString":"a\"b\\c\/d\b\f\n\r\t\u0041\u00e9\ud83c\udfa5 é","VersionId":"v\u0031"}"#
        )
        let expected: [UInt8] =
            Array("a\"b\\c/d".utf8) + [0x08, 0x0C, 0x0A, 0x0D, 0x09, 0x41, 0xC3, 0xA9, 0xF0, 0x9F, 0x8E, 0xA5]
            + Array(" é".utf8)
        #expect(SecretValueTests.bytes(value) == expected)
        #expect(value.bytes.count == expected.count)
        #expect(value.versionID == "v1")
    }

    @Test func emptyStringIsNoBytes() throws {
        let value = try SecretValueTests.parse(#"{"SecretString":""}"#)
        #expect(value.bytes.count == 0)
        #expect(value.isBinary == false)
    }

    @Test(
        arguments: [
            ("AQID", [1, 2, 3]), ("AQI=", [1, 2]), ("AQ==", [1]), ("", []), ("+/8=", [0xFB, 0xFF]),
            (#"+\/8="#, [0xFB, 0xFF]), ("AR==", [1]), ("AQIDBAUG", [1, 2, 3, 4, 5, 6]),
        ] as [(String, [UInt8])]
    )
    func paddedBase64IsDecoded(encoded: String, expected: [UInt8]) throws {
        let value = try SecretValueTests.parse(#"{"SecretBinary":""# + encoded + #""}"#)
        #expect(SecretValueTests.bytes(value) == expected)
        #expect(value.isBinary == true)
    }

    @Test(arguments: [
        "AQI", "AQ", "A", "AQIDA", " AQID", "AQID ", "AQ ID", #"AQID\n"#, #"AQ\r\nID"#, #"\tAQID"#, "-_8=", "AQ=I",
        "AQ==AQID", "AQ===", "AQID====", "=AQI", "A===", "AQ\u{e9}D",
    ])
    func unpaddedOrSpacedBase64IsRejected(encoded: String) {
        let error = #expect(throws: SecretsManagerError.malformedResponse) {
            try SecretValueTests.parse(#"{"SecretBinary":""# + encoded + #""}"#)
        }
        #expect(error?.description == "malformed response: MalformedResponse: SecretBinary is not valid base64")
    }

    @Test func firstRepeatedMemberWins() throws {
        let value = try SecretValueTests.parse(
            #"{"SecretString":"first","SecretString":"second","VersionId":"a","VersionId":5}"#
        )
        #expect(SecretValueTests.bytes(value) == Array("first".utf8))
        #expect(value.versionID == "a")
    }

    @Test func nullMembersCountAsAbsent() throws {
        let value = try SecretValueTests.parse(#"{"SecretString":null,"SecretBinary":"AQ==","VersionId":null}"#)
        #expect(SecretValueTests.bytes(value) == [1])
        #expect(value.isBinary == true)
        #expect(value.versionID == nil)
    }

    @Test(arguments: [
        "\u{FEFF}{\"SecretString\":\"pem\"}", #"{"SecretString":"pem","CreatedDate":1.523477145713E9}"#,
        #"{"SecretString":"pem","CreatedDate":1e400}"#, #"{"SecretString":"pem","Extra":{"a":["\u00e9",-0.5]}}"#,
    ])
    func repliesJSONDecoderAcceptedAreAccepted(body: String) throws {
        #expect(SecretValueTests.bytes(try SecretValueTests.parse(body)) == Array("pem".utf8))
    }

    @Test(arguments: [
        #"{"SecretString":"pem","VersionId":5}"#, #"{"SecretString":["pem"]}"#, #"{"SecretBinary":true}"#,
        #"{"SecretString":"\ud800"}"#, #"{"SecretString":"a"} {}"#, "{\"SecretString\":\"a\tb\"}",
        #"{"SecretString":"\x"}"#, #"{"SecretString":"pem","X":tru}"#,
    ])
    func invalidRepliesAreRejected(body: String) {
        let error = #expect(throws: SecretsManagerError.malformedResponse) { try SecretValueTests.parse(body) }
        #expect(
            error?.description == "malformed response: MalformedResponse: the reply is not a GetSecretValue JSON object"
        )
    }

    @Test func invalidUTF8InTheSecretIsRejected() {
        let body = Array(#"{"SecretString":"a"#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8)
        #expect(throws: SecretsManagerError.malformedResponse) { try SecretValue(replyBody: body) }
    }

    @Test func clientReturnsTheDecodedSecret() throws {
        let reply = FakeTransport.Outcome.json(200, #"{"SecretString":"-----BEGIN\nk\u00e9y\/","VersionId":"v2"}"#)
        let harness = try ClientHarness([reply])
        let value = try harness.client.getSecretValue(secretID: "s", versionStage: nil, timeBudget: .seconds(5))
        #expect(SecretValueTests.bytes(value) == Array("-----BEGIN\nkéy/".utf8))
        #expect(value.versionID == "v2")
    }
}
