// SPDX-License-Identifier: Apache-2.0

import FoundationEssentials
import HTTPClient
import LambdaRuntime
import TokenCrypto
import TokenVendor

/// A key source over a key generated for the test, counting loads and failing on request.
final class CountingKeySource: PrivateKeySource {
    let privateKeyPEM: SecretBytes
    let publicKeyPEM: [UInt8]
    var loads = 0
    var failure: KeyLoadError?

    init() throws {
        guard let pair = KeyPairPEM.generateP384() else { throw KeyGenerationFailed() }
        privateKeyPEM = pair.privateKey
        publicKeyPEM = pair.publicKey
    }

    func loadPrivateKey(timeBudget: Duration) throws(KeyLoadError) -> ES384PrivateKey {
        loads += 1
        if let failure { throw failure }
        do {
            return try ES384PrivateKey(secret: privateKeyPEM)
        } catch {
            throw KeyLoadError(status: 500, errorType: "InvalidKey", message: error.description)
        }
    }
}

/// A proxy response decoded for assertions.
struct DecodedResponse: Decodable {
    let statusCode: Int
    let headers: [String: String]
    let body: String
    let isBase64Encoded: Bool

    init(_ bytes: [UInt8]) throws {
        self = try JSONDecoder().decode(DecodedResponse.self, from: Data(bytes))
    }

    func bodyObject() throws -> [String: String] {
        try JSONDecoder().decode([String: String].self, from: Data(body.utf8))
    }
}

enum Fixture {
    static let channelARN = "arn:aws:ivs:us-west-2:123456789012:channel/AbCdEfGhIjKl"
    static let nowMilliseconds: Int64 = 1_796_396_645_250

    static let environment = ["CHANNEL_ARN": channelARN, "SECRET_ID": "ivs/playback-key"]

    static func context(requestID: String = "req-1") throws -> LambdaContext {
        let headers = HTTPHeaders([
            (RuntimeAPI.Header.requestID, requestID),
            (RuntimeAPI.Header.deadline, String(nowMilliseconds + 3000)),
            (RuntimeAPI.Header.invokedFunctionARN, "arn:aws:lambda:us-west-2:123456789012:function:TokenFunction"),
        ])
        let metadata = try InvocationMetadata(headers: headers)
        return LambdaContext(metadata: metadata, logger: LambdaLogger(environment: [:]) { _ in })
    }

    static func event(method: String = "GET", headers: [String: String] = [:]) throws -> [UInt8] {
        let encoded = try JSONEncoder().encode(headers)
        let event =
            #"{"resource":"/token","path":"/token","httpMethod":"\#(method)","#
            + #""headers":\#(String(decoding: encoded, as: UTF8.self)),"body":null,"isBase64Encoded":false}"#
        return Array(event.utf8)
    }

    static func handler(
        _ environment: [String: String] = environment,
        source: CountingKeySource,
        now: @escaping () -> Int64 = { nowMilliseconds }
    ) throws -> TokenHandler {
        TokenHandler(
            configuration: try VendorConfiguration(environment: environment),
            keySource: source,
            nowMilliseconds: now
        )
    }
}

struct KeyGenerationFailed: Error {}
