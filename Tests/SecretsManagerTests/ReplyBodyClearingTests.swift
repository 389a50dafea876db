// SPDX-License-Identifier: Apache-2.0

import HTTPClient
import Testing
import TokenCrypto

@testable import SecretsManager

@Suite struct ReplyBodyClearingTests {
    @Test func replyBodyIsZeroedAfterReading() throws {
        var response = HTTPResponse(
            status: 200,
            headers: HTTPHeaders(),
            body: Array(#"{"SecretString":"pem"}"#.utf8)
        )
        let value = try SecretsManagerClient.secretValue(from: &response)
        #expect(value.bytes.withUnsafeBytes { Array($0) } == Array("pem".utf8))
        #expect(response.body == Array(repeating: 0, count: 22))
    }

    @Test func replyBodyIsZeroedAfterFailure() {
        var response = HTTPResponse(
            status: 200,
            headers: HTTPHeaders(),
            body: Array(#"{"Name":"x"}"#.utf8)
        )
        #expect(throws: AttemptFailure.self) {
            try SecretsManagerClient.secretValue(from: &response)
        }
        #expect(response.body == Array(repeating: 0, count: 12))
    }
}
