// SPDX-License-Identifier: Apache-2.0

import Testing

@testable import HTTPClient
@testable import SecretsManager

@Suite struct TransportErrorTests {
    static func curlError(_ code: Int32, timeout: Bool = false, connect: Bool = false)
        -> HTTPClientError
    {
        HTTPClientError(
            curlCode: code,
            curlMessage: "message \(code)",
            isConnectFailure: connect,
            isTimeout: timeout,
            isTooLarge: false
        )
    }

    @Test(arguments: [
        (Int32(28), true, false, SecretsManagerError.timedOut, true),
        (7, false, true, .couldNotConnect, true),
        (6, false, true, .couldNotConnect, true),
        (52, false, false, .transferFailed, true),
        (56, false, false, .transferFailed, true),
        (35, false, false, .transferFailed, true),
        (60, false, false, .transferFailed, false),
        (3, false, false, .transferFailed, false),
    ])
    func curlCodeMapsToClass(
        code: Int32,
        timeout: Bool,
        connect: Bool,
        expected: SecretsManagerError,
        retryable: Bool
    ) {
        let error = SecretsManagerClient.transportError(
            Self.curlError(code, timeout: timeout, connect: connect)
        )
        #expect(error == expected)
        #expect(error.isRetryable == retryable)
        #expect(error.statusCode == nil)
        #expect(error.description.hasSuffix(": curl error \(code): message \(code)"))
    }
}
