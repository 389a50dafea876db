// SPDX-License-Identifier: Apache-2.0

import FoundationEssentials
import FuzzDriver
import Glibc
import HTTPClient
import LambdaRuntime
import TokenCrypto
import TokenVendor

/// A key source that returns one key generated at start-up, so fuzzed requests reach signing.
struct FixedKeySource: PrivateKeySource {
    let key: ES384PrivateKey?

    func loadPrivateKey(timeBudget: Duration) throws(KeyLoadError) -> ES384PrivateKey {
        guard let key else { throw KeyLoadError(status: 500, errorType: "InvalidKey", message: "no key") }
        return key
    }
}

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

/// Feeds one input to the handler as a Lambda event and checks that any result is a proxy response.
///
/// libFuzzer calls this for every input it generates. A normal build calls it once for each file
/// named on the command line, which replays a corpus or a crash.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let configuration = FuzzHarness.configuration, let context = FuzzHarness.context else {
        preconditionFailure("the fuzz harness could not be set up")
    }
    var handler = TokenHandler(configuration: configuration, keySource: FixedKeySource(key: FuzzHarness.key))
    let event = Array(UnsafeBufferPointer(start: data, count: size))
    guard let response = try? handler.handle(event, context: context) else { return 0 }
    let object = try? JSONDecoder().decode([String: JSONValueProbe].self, from: Data(response))
    precondition(object?["statusCode"] != nil, "a response is not a proxy response")
    return 0
}

/// Accepts any JSON value, for checking the shape of a response.
struct JSONValueProbe: Decodable {
    init(from decoder: any Decoder) throws {}
}

exit(FuzzDriver.run(argc: CommandLine.argc, argv: CommandLine.unsafeArgv, callback: fuzzOneInput))
