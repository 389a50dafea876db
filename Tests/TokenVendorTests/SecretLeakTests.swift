// SPDX-License-Identifier: Apache-2.0

import FoundationEssentials
import HTTPClient
import LambdaRuntime
import Synchronization
import Testing
import TokenCrypto
import TokenVendor

/// Every line a logger writes, kept for inspection.
final class CapturedLog: Sendable {
    private let lines = Mutex<[String]>([])

    var text: String { lines.withLock { $0.joined(separator: "\n") } }

    func logger(format: String) -> LambdaLogger {
        LambdaLogger(environment: ["AWS_LAMBDA_LOG_LEVEL": "TRACE", "AWS_LAMBDA_LOG_FORMAT": format]) { line in
            self.lines.withLock { $0.append(line) }
        }
    }
}

/// Captures all log output and every rendering of the key and handler while tokens are signed, and
/// searches them for the key, the token and its signature.
@Suite struct SecretLeakTests {
    /// Returns every 12-character piece of `text`, so a partial copy is found too.
    static func pieces(of text: String, length: Int = 12) -> [String] {
        let characters = Array(text)
        return stride(from: 0, to: max(characters.count - length, 0), by: length / 2).map {
            String(characters[$0..<$0 + length])
        }
    }

    static func context(logger: LambdaLogger) throws -> LambdaContext {
        let headers = HTTPHeaders([
            (RuntimeAPI.Header.requestID, "req-leak"),
            (RuntimeAPI.Header.deadline, String(Fixture.nowMilliseconds + 3000)),
            (RuntimeAPI.Header.invokedFunctionARN, "arn:aws:lambda:us-west-2:123456789012:function:TokenFunction"),
        ])
        return LambdaContext(metadata: try InvocationMetadata(headers: headers), logger: logger)
    }

    @Test(arguments: ["Text", "JSON"])
    func logsAndRenderingsHoldNoKeyOrToken(format: String) throws {
        let log = CapturedLog()
        let context = try Self.context(logger: log.logger(format: format).with(requestID: "req-leak"))
        let source = try CountingKeySource()
        var handler = try Fixture.handler(EventShapeTests.environment, source: source)
        let key = try ES384PrivateKey(secret: source.privateKeyPEM)

        source.failure = KeyLoadError(status: 503, errorType: "ThrottlingException", message: "Rate exceeded")
        let failure = try DecodedResponse(handler.handle(Array(EventShapes.rest().utf8), context: context))
        source.failure = nil
        let success = try DecodedResponse(handler.handle(Array(EventShapes.rest().utf8), context: context))
        let token = try #require(try success.bodyObject()["token"])
        #expect(throws: FunctionError.self) { try handler.handle(Array("not json".utf8), context: context) }

        let playbackToken = PlaybackToken(compact: token)
        var dumped = ""
        dump(playbackToken, to: &dumped)
        dump(key, to: &dumped)
        dump(source.privateKeyPEM, to: &dumped)
        dump(handler, to: &dumped)
        let renderings = [
            log.text, "\(key)", String(reflecting: key), "\(source.privateKeyPEM)",
            String(reflecting: source.privateKeyPEM), "\(handler)", String(reflecting: handler),
            "\(playbackToken)", String(reflecting: playbackToken), dumped,
        ]
        let pem = source.privateKeyPEM.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
        let body = pem.split(separator: "\n").filter { !$0.hasPrefix("-----") }.joined()
        let signature = try #require(token.split(separator: ".").last.map(String.init))
        let needles = ["BEGIN", "PRIVATE KEY", token] + Self.pieces(of: body) + Self.pieces(of: signature)

        #expect(failure.statusCode == 503)
        #expect("\(playbackToken)" == "PlaybackToken(redacted, \(token.utf8.count) bytes)")
        #expect(log.text.contains("request answered"))
        #expect(log.text.contains("signing key unavailable"))
        for rendering in renderings {
            let found = needles.filter { rendering.contains($0) }
            #expect(found.isEmpty, "a rendering or log line contains key or token text")
        }
    }
}
