// SPDX-License-Identifier: Apache-2.0

import HTTPClient
import LambdaRuntime
import TokenCrypto
import TokenVendor

/// The handler and context every input goes through, built once.
enum FuzzHarness {
    static let context: LambdaContext? = {
        let headers = HTTPHeaders([
            (RuntimeAPI.Header.requestID, "fuzz"),
            (RuntimeAPI.Header.deadline, String(Int64.max / 2)),
            (RuntimeAPI.Header.invokedFunctionARN, "arn:aws:lambda:us-west-2:123456789012:function:TokenFunction"),
        ])
        guard let metadata = try? InvocationMetadata(headers: headers) else { return nil }
        return LambdaContext(metadata: metadata, logger: LambdaLogger(environment: [:]) { _ in })
    }()

    static let key = KeyPairPEM.generateP384().flatMap { try? ES384PrivateKey(secret: $0.privateKey) }

    static let configuration: VendorConfiguration? = {
        let environment = [
            "CHANNEL_ARN": "arn:aws:ivs:us-west-2:123456789012:channel/AbCdEfGhIjKl",
            "CHANNEL_ARNS": "arn:aws:ivs:us-west-2:123456789012:channel/ZyXwVuTsRqPo",
            "SECRET_ID": "fuzz", "ALLOWED_ORIGINS": "https://watch.example.com,https://*.example.org",
        ]
        return try? VendorConfiguration(environment: environment)
    }()
}
