// SPDX-License-Identifier: Apache-2.0

import FoundationEssentials
import JSONText
import LambdaRuntime
import Testing
import TokenCrypto
import TokenVendor

/// Events of each integration, trimmed to the fields that matter plus some that do not.
enum EventShapes {
    static func rest(method: String = "GET", query: String = "null", authorizer: String = "null", body: String = "null")
        -> String
    {
        #"{"resource":"/token","path":"/token","httpMethod":"\#(method)","#
            + #""headers":{"Origin":"https://watch.example.com"},"multiValueHeaders":{},"#
            + #""queryStringParameters":\#(query),"requestContext":{"stage":"Prod","requestId":"a","#
            + #""authorizer":\#(authorizer)},"body":\#(body),"isBase64Encoded":false}"#
    }

    static func httpAPI(
        method: String = "GET",
        query: String = "null",
        authorizer: String = "null",
        body: String = "null",
        base64: Bool = false
    ) -> String {
        #"{"version":"2.0","routeKey":"GET /token","rawPath":"/token","rawQueryString":"","#
            + #""cookies":["a=b"],"headers":{"origin":"https://watch.example.com"},"#
            + #""queryStringParameters":\#(query),"requestContext":{"accountId":"123456789012","apiId":"api","#
            + #""authorizer":\#(authorizer),"http":{"method":"\#(method)","path":"/token","#
            + #""protocol":"HTTP/1.1","sourceIp":"203.0.113.1","userAgent":"agent"},"requestId":"id","#
            + #""routeKey":"GET /token","stage":"$default","time":"04/Dec/2026:15:04:05 +0000","#
            + #""timeEpoch":1796396645000},"body":\#(body),"isBase64Encoded":\#(base64)}"#
    }

    static func functionURL(method: String = "GET", query: String = "null") -> String {
        #"{"version":"2.0","routeKey":"$default","rawPath":"/","rawQueryString":"","#
            + #""headers":{"origin":"https://watch.example.com","x-amzn-tls-version":"TLSv1.3"},"#
            + #""queryStringParameters":\#(query),"requestContext":{"accountId":"anonymous","apiId":"abc","#
            + #""domainName":"abc.lambda-url.us-west-2.on.aws","domainPrefix":"abc","#
            + #""http":{"method":"\#(method)","path":"/","protocol":"HTTP/1.1","sourceIp":"203.0.113.1","#
            + #""userAgent":"agent"},"requestId":"id","routeKey":"$default","stage":"$default","#
            + #""time":"04/Dec/2026:15:04:05 +0000","timeEpoch":1796396645000},"isBase64Encoded":false}"#
    }
}

@Suite struct EventShapeTests {
    static let second = "arn:aws:ivs:us-west-2:123456789012:channel/ZyXwVuTsRqPo"
    static let playbackURL =
        "https://abc.us-west-2.playback.live-video.net/api/video/v1/us-west-2.123456789012.channel.ZyXwVuTsRqPo.m3u8"
    static let environment = Fixture.environment.merging([
        "CHANNEL_ARNS": second, "ALLOWED_ORIGINS": "https://watch.example.com",
        "PLAYBACK_URLS":
            "ZyXwVuTsRqPo=" + playbackURL,
    ]) { $1 }

    /// Decodes the token's claims after checking its signature with OpenSSL.
    static func verifiedClaims(_ response: DecodedResponse, source: CountingKeySource) throws -> [String: JSONClaim] {
        let token = try #require(try response.bodyObject()["token"])
        let parts = token.split(separator: ".").map(String.init)
        try #require(parts.count == 3)
        let signature = try #require(Base64URL.decode(parts[2]))
        #expect(
            KeyPairPEM.verifyES384(
                signature: signature,
                message: Array("\(parts[0]).\(parts[1])".utf8),
                publicKey: source.publicKeyPEM
            )
        )
        let payload = try #require(Base64URL.decode(parts[1]))
        return try JSONDecoder().decode([String: JSONClaim].self, from: Data(payload))
    }

    static func respond(_ event: String, environment: [String: String] = environment) throws -> (
        DecodedResponse, CountingKeySource
    ) {
        let source = try CountingKeySource()
        var handler = try Fixture.handler(environment, source: source)
        return (try DecodedResponse(handler.handle(Array(event.utf8), context: Fixture.context())), source)
    }

    @Test(arguments: [
        ("REST", EventShapes.rest(query: #"{"channel":"ZyXwVuTsRqPo"}"#)),
        (
            "HTTP API",
            EventShapes.httpAPI(query: #"{"channel":"arn:aws:ivs:us-west-2:123456789012:channel/ZyXwVuTsRqPo"}"#)
        ),
        ("Function URL", EventShapes.functionURL(query: #"{"channel":"ZyXwVuTsRqPo"}"#)),
        ("REST POST body", EventShapes.rest(method: "POST", body: #""{\"channel\":\"ZyXwVuTsRqPo\"}""#)),
        (
            "HTTP API base64 body",
            EventShapes.httpAPI(method: "POST", body: #""eyJjaGFubmVsIjoiWnlYd1Z1VHNScVBvIn0=""#, base64: true)
        ),
    ])
    func everyShapeVendsTheRequestedChannel(shape: String, event: String) throws {
        let (response, source) = try Self.respond(event)

        #expect(response.statusCode == 200)
        #expect(response.headers["Access-Control-Allow-Origin"] == "https://watch.example.com")
        #expect(response.headers["Vary"] == "Origin")
        let body = try response.bodyObject()
        #expect(body["channelArn"] == Self.second)
        let token = try #require(body["token"])
        #expect(
            body["playbackUrl"]
                == Self.playbackURL + "?token="
                + token
        )
        let claims = try Self.verifiedClaims(response, source: source)
        #expect(
            claims == [
                "aws:channel-arn": .string(Self.second),
                "aws:access-control-allow-origin": .string("https://watch.example.com"),
                "exp": .integer(1_796_569_445),
            ]
        )
    }

    @Test(arguments: [
        (#"{"channel":"arn:aws:ivs:us-west-2:123456789012:channel/Other1"}"#, 403, "ChannelNotAllowed"),
        (#"{"channel":"NotListed"}"#, 403, "ChannelNotAllowed"),
        (#"{"channel":"abc\"},\"exp\":1}"}"#, 400, "InvalidChannel"),
        (#"{"channel":"arn:aws:ivs:us-west-2:123456789012:channel/a b"}"#, 400, "InvalidChannel"),
        (#"{"channel":""}"#, 400, "InvalidChannel"),
    ])
    func channelOutsideTheSetGetsNoToken(query: String, status: Int, error: String) throws {
        let (response, source) = try Self.respond(EventShapes.httpAPI(query: query))

        #expect(response.statusCode == status)
        #expect(try response.bodyObject()["error"] == error)
        #expect(try response.bodyObject()["token"] == nil)
        #expect(source.loads == 0)
    }

    @Test(arguments: [
        (
            "HTTP API JWT",
            EventShapes.httpAPI(
                authorizer:
                    #"{"jwt":{"claims":{"sub":"8f0e1d2c-3b4a-5968-7a6b-5c4d3e2f1a0b","viewerSessionVersion":"3"},"#
                    + #""scopes":null}}"#
            ), "8f0e1d2c-3b4a-5968-7a6b-5c4d3e2f1a0b", JSONClaim.integer(3)
        ),
        (
            "REST Cognito", EventShapes.rest(authorizer: #"{"claims":{"sub":"abc-123","email":"viewer@example.com"}}"#),
            "abc-123", nil
        ),
        (
            "REST Lambda",
            EventShapes.rest(
                authorizer: #"{"principalId":"viewer_42","viewerSessionVersion":7,"integrationLatency":0}"#
            ), "viewer_42", JSONClaim.integer(7)
        ),
        ("HTTP API Lambda", EventShapes.httpAPI(authorizer: #"{"lambda":{"viewerId":"v-42"}}"#), "v-42", nil),
        (
            "e-mail identity", EventShapes.rest(authorizer: #"{"claims":{"sub":"viewer@example.com"}}"#),
            "v-uZQWY3TOqnqNpHzgHUZj2XZlGs1vIg5I", nil
        ),
    ])
    func authorizerIdentityBecomesViewerID(shape: String, event: String, viewerID: String, version: JSONClaim?) throws {
        let (response, source) = try Self.respond(event)

        let claims = try Self.verifiedClaims(response, source: source)
        #expect(claims["aws:viewer-id"] == .string(viewerID))
        #expect(claims["aws:viewer-session-version"] == version)
        #expect(claims["exp"] == .integer(1_796_396_645 + 600))
        #expect(try response.bodyObject()["expiresAt"] == "2026-12-04T15:14:05Z")
    }

    @Test func requireViewerAnswers401WithoutIdentity() throws {
        let (response, source) = try Self.respond(
            EventShapes.rest(),
            environment: Self.environment.merging(["REQUIRE_VIEWER": "true"]) { $1 }
        )

        #expect(response.statusCode == 401)
        #expect(try response.bodyObject()["error"] == "ViewerRequired")
        #expect(response.headers["Access-Control-Allow-Origin"] == "https://watch.example.com")
        #expect(source.loads == 0)
    }

    @Test func optionsAddStrictOriginSingleUseAndResolution() throws {
        let environment = Self.environment.merging([
            "SINGLE_USE": "true", "STRICT_ORIGIN": "true", "MAX_RESOLUTION": "HD", "TOKEN_TTL": "3600",
        ]) { $1 }
        let (response, source) = try Self.respond(EventShapes.functionURL(), environment: environment)

        var claims = try Self.verifiedClaims(response, source: source)
        let uuid = claims.removeValue(forKey: "aws:single-use-uuid")
        #expect(
            claims == [
                "aws:channel-arn": .string(Fixture.channelARN),
                "aws:access-control-allow-origin": .string("https://watch.example.com"),
                "aws:strict-origin-enforcement": .bool(true),
                "aws:maximum-resolution": .string("HD"),
                "exp": .integer(1_796_396_645 + 600),
            ]
        )
        guard case .string(let value) = uuid else {
            Issue.record("aws:single-use-uuid is missing")
            return
        }
        let characters = Array(value)
        #expect(characters.count == 36)
        #expect(value == value.lowercased())
        #expect(characters[14] == "4")
        #expect("89ab".contains(characters[19]))
    }

    @Test(arguments: ["not json", #"{"channel":5}"#])
    func invalidBodyIs400(body: String) throws {
        let (response, _) = try Self.respond(EventShapes.rest(method: "POST", body: JSONString.quoted(body)))

        #expect(response.statusCode == 400)
        #expect(try response.bodyObject()["error"] == "InvalidBody")
    }

    @Test func oversizedBodyIs413() throws {
        let body = JSONString.quoted(#"{"channel":""# + String(repeating: "a", count: 20_000) + #""}"#)
        let (response, _) = try Self.respond(EventShapes.rest(method: "POST", body: body))

        #expect(response.statusCode == 413)
    }

    @Test func httpAPIEventWithoutMethodIsUnmarshalError() throws {
        var handler = try Fixture.handler(Self.environment, source: try CountingKeySource())

        #expect(
            throws: FunctionError(
                errorType: "Runtime.UnmarshalError",
                errorMessage:
                    "the event is not an API Gateway proxy event: field 'requestContext.http.method' is missing"
            )
        ) {
            try handler.handle(Array(#"{"version":"2.0","requestContext":{}}"#.utf8), context: try Fixture.context())
        }
    }
}

/// A claim value as JSON carries it.
enum JSONClaim: Decodable, Equatable {
    case string(String)
    case integer(Int64)
    case bool(Bool)

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int64.self) {
            self = .integer(value)
        } else {
            self = .string(try container.decode(String.self))
        }
    }
}
