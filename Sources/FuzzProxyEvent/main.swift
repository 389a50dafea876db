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

/// Feeds one input to the handler as a Lambda event and checks any result: a proxy response whose
/// header values are printable ASCII and whose `Access-Control-Allow-Origin` has only origin characters.
///
/// libFuzzer calls this for every input it generates. A normal build calls it once for each file
/// named on the command line, which replays a corpus or a crash.
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let configuration = FuzzHarness.configuration, let context = FuzzHarness.context else {
        preconditionFailure("the fuzz harness could not be set up")
    }
    var handler = TokenHandler(configuration: configuration, keySource: FixedKeySource(key: FuzzHarness.key))
    let event = Array(UnsafeBufferPointer(start: data, count: size))
    guard let response = try? handler.handle(event, context: context) else { return 0 }

    guard let shape = try? JSONDecoder().decode(ResponseShape.self, from: Data(response)) else {
        preconditionFailure("a response is not a proxy response")
    }
    for value in shape.headers.values {
        precondition(value.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }, "a header value has a control byte")
    }
    let allowOrigin = shape.headers["Access-Control-Allow-Origin"] ?? ""
    let originBytes = allowOrigin.utf8.drop { $0 != UInt8(ascii: "/") }
    precondition(
        allowOrigin == "*" || originBytes.allSatisfy(ResponseShape.isOriginByte),
        "Access-Control-Allow-Origin has a byte no origin host has"
    )
    return 0
}

/// The parts of a proxy response the fuzz target checks.
struct ResponseShape: Decodable {
    let statusCode: Int
    let headers: [String: String]

    /// Whether `byte` may follow an origin's scheme: `/`, host characters and `:` before a port.
    static func isOriginByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: "/"), UInt8(ascii: "*"):
            true
        default:
            false
        }
    }
}

#if FUZZING
    /// The name libFuzzer's runtime links against; the driver itself calls the callback it is given.
    @_cdecl("LLVMFuzzerTestOneInput")
    func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
        fuzzOneInput(data, size)
    }
#endif

exit(FuzzDriver.run(argc: CommandLine.argc, argv: CommandLine.unsafeArgv, callback: fuzzOneInput))
