// SPDX-License-Identifier: Apache-2.0

import FoundationEssentials
import LambdaRuntime
import Testing
import TokenCrypto
import TokenVendor

@Suite struct TokenHandlerTests {
    static let corsHeaders = [
        "Access-Control-Allow-Origin": "*",
        "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
        "Access-Control-Allow-Headers": "Authorization, Content-Type",
    ]
    static let jsonHeaders = corsHeaders.merging(["Content-Type": "application/json", "Cache-Control": "no-store"]) {
        $1
    }

    @Test func getReturnsSignedTokenWithExactClaims() throws {
        let source = try CountingKeySource()
        var handler = try Fixture.handler(source: source)

        let response = try DecodedResponse(handler.handle(Fixture.event(), context: Fixture.context()))

        #expect(response.statusCode == 200)
        #expect(response.headers == Self.jsonHeaders)
        #expect(response.isBase64Encoded == false)
        let body = try response.bodyObject()
        #expect(body.keys.sorted() == ["channelArn", "expiresAt", "token"])
        #expect(body["channelArn"] == Fixture.channelARN)
        #expect(body["expiresAt"] == "2026-12-06T15:04:05Z")
        let token = try #require(body["token"])
        let parts = token.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        try #require(parts.count == 3)
        let payload = try #require(Base64URL.decode(parts[1]))
        #expect(
            String(decoding: payload, as: UTF8.self)
                == #"{"aws:channel-arn":"\#(Fixture.channelARN)","#
                + #""aws:access-control-allow-origin":"*","exp":1796569445}"#
        )
        let signature = try #require(Base64URL.decode(parts[2]))
        #expect(signature.count == 96)
        #expect(
            KeyPairPEM.verifyES384(
                signature: signature,
                message: Array("\(parts[0]).\(parts[1])".utf8),
                publicKey: source.publicKeyPEM
            )
        )
    }

    @Test func tokenTTLSetsExpiry() throws {
        let source = try CountingKeySource()
        var handler = try Fixture.handler(Fixture.environment.merging(["TOKEN_TTL": "600"]) { $1 }, source: source)

        let body = try DecodedResponse(handler.handle(Fixture.event(), context: Fixture.context())).bodyObject()

        #expect(body["expiresAt"] == "2026-12-04T15:14:05Z")
    }

    @Test func optionsAnswersPreflightWithoutKey() throws {
        let source = try CountingKeySource()
        var handler = try Fixture.handler(source: source)

        let response = try DecodedResponse(handler.handle(Fixture.event(method: "OPTIONS"), context: Fixture.context()))

        #expect(response.statusCode == 204)
        #expect(response.body == "")
        #expect(response.headers == Self.corsHeaders.merging(["Access-Control-Max-Age": "600"]) { $1 })
        #expect(source.loads == 0)
    }

    @Test(arguments: ["PUT", "DELETE", "PATCH", "HEAD"])
    func otherMethodsGet405(method: String) throws {
        let source = try CountingKeySource()
        var handler = try Fixture.handler(source: source)

        let response = try DecodedResponse(handler.handle(Fixture.event(method: method), context: Fixture.context()))

        #expect(response.statusCode == 405)
        #expect(response.headers == Self.jsonHeaders.merging(["Allow": "GET, POST, OPTIONS"]) { $1 })
        #expect(
            try response.bodyObject() == [
                "error": "MethodNotAllowed", "message": "use GET or POST", "requestId": "req-1",
            ]
        )
        #expect(source.loads == 0)
    }

    @Test func keyFailureAnswersJSONWithCORSAndIsNotCached() throws {
        let source = try CountingKeySource()
        source.failure = KeyLoadError(
            status: 503,
            errorType: "ThrottlingException",
            message: "the signing key could not be fetched"
        )
        var handler = try Fixture.handler(source: source)

        let first = try DecodedResponse(handler.handle(Fixture.event(), context: Fixture.context()))
        source.failure = nil
        let second = try DecodedResponse(handler.handle(Fixture.event(), context: Fixture.context()))

        #expect(first.statusCode == 503)
        #expect(first.headers == Self.jsonHeaders)
        #expect(
            try first.bodyObject() == [
                "error": "ThrottlingException", "message": "the signing key could not be fetched", "requestId": "req-1",
            ]
        )
        #expect(second.statusCode == 200)
        #expect(source.loads == 2)
    }

    @Test func keyIsLoadedOnceAndReusedUntilCacheTTL() throws {
        let source = try CountingKeySource()
        var now = Fixture.nowMilliseconds
        let clock = { now }
        var handler = try Fixture.handler(
            Fixture.environment.merging(["KEY_CACHE_TTL": "300"]) { $1 },
            source: source,
            now: { clock() }
        )

        for _ in 0..<5 {
            _ = try handler.handle(Fixture.event(), context: Fixture.context())
        }
        #expect(source.loads == 1)
        now += 300_000
        _ = try handler.handle(Fixture.event(), context: Fixture.context())
        #expect(source.loads == 2)
    }

    @Test func staleKeyServesWhileReloadFails() throws {
        let source = try CountingKeySource()
        var now = Fixture.nowMilliseconds
        let clock = { now }
        var handler = try Fixture.handler(source: source, now: { clock() })
        _ = try handler.handle(Fixture.event(), context: Fixture.context())

        source.failure = KeyLoadError(status: 502, errorType: "InternalServiceError", message: "failed")
        now = Fixture.nowMilliseconds + 301_000
        let stale = try DecodedResponse(handler.handle(Fixture.event(), context: Fixture.context()))
        now = Fixture.nowMilliseconds + 301_000 + 3_600_000
        let expired = try DecodedResponse(handler.handle(Fixture.event(), context: Fixture.context()))

        #expect(stale.statusCode == 200)
        #expect(expired.statusCode == 502)
        #expect(source.loads == 3)
    }

    @Test(arguments: [
        ("not json", "the event is not valid JSON"),
        ("[1,2]", "the event is not an API Gateway proxy event: field '' has the wrong type"),
        (#"{"path":"/token"}"#, "the event is not an API Gateway proxy event: field 'httpMethod' is missing"),
        (#"{"httpMethod":7}"#, "the event is not an API Gateway proxy event: field 'httpMethod' has the wrong type"),
        (
            #"{"httpMethod":"GET","headers":{"Origin":5}}"#,
            "the event is not an API Gateway proxy event: field 'headers.Origin' has the wrong type"
        ),
    ])
    func malformedEventIsAnInvocationError(event: String, message: String) throws {
        var handler = try Fixture.handler(source: try CountingKeySource())

        #expect(throws: FunctionError(errorType: "Runtime.UnmarshalError", errorMessage: message)) {
            try handler.handle(Array(event.utf8), context: try Fixture.context())
        }
    }

    @Test func disallowedOriginGets403WithCORS() throws {
        let environment = Fixture.environment.merging([
            "ALLOWED_ORIGINS": "https://watch.example.com,https://*.example.org"
        ]) { $1 }
        let source = try CountingKeySource()
        var handler = try Fixture.handler(environment, source: source)

        let rejected = try DecodedResponse(
            handler.handle(Fixture.event(headers: ["origin": "https://evil.example.net"]), context: Fixture.context())
        )
        let wildcard = try DecodedResponse(
            handler.handle(Fixture.event(headers: ["Origin": "https://live.example.org"]), context: Fixture.context())
        )

        #expect(rejected.statusCode == 403)
        #expect(rejected.headers["Access-Control-Allow-Origin"] == "https://watch.example.com")
        #expect(rejected.headers["Vary"] == "Origin")
        #expect(wildcard.statusCode == 200)
        #expect(wildcard.headers["Access-Control-Allow-Origin"] == "https://live.example.org")
        #expect(source.loads == 1)
    }
}
