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
