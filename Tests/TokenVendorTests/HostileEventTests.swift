// SPDX-License-Identifier: Apache-2.0

import FoundationEssentials
import LambdaRuntime
import Testing
import TokenVendor

/// A REST proxy event built from parts, so hostile values are encoded as valid JSON.
struct RESTEvent: Encodable {
    var httpMethod = "GET"
    var headers: [String: String] = [:]
    var queryStringParameters: [String: String]? = nil
    var requestContext: [String: [String: String]] = [:]

    func encoded() throws -> String {
        String(decoding: try JSONEncoder().encode(self), as: UTF8.self)
    }
}

/// Events an attacker can send through API Gateway or a Function URL.
@Suite struct HostileEventTests {
    static let environment = EventShapeTests.environment.merging(["ALLOWED_ORIGINS": "https://*.example.org"]) { $1 }

    /// Runs `event` through a fresh handler, expecting an invocation error, and returns it with the key loads.
    static func invocationError(_ event: [UInt8]) throws -> (FunctionError?, Int) {
        let source = try CountingKeySource()
        var handler = try Fixture.handler(Self.environment, source: source)
        let context = try Fixture.context()
        let error = #expect(throws: FunctionError.self) { try handler.handle(event, context: context) }
        return (error, source.loads)
    }

    static let nested = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)

    @Test(arguments: [
        "", "not json", "[]", "42", "null", #"{"httpMethod":5}"#, #"{"httpMethod":"GET","headers":"x"}"#,
        #"{"httpMethod":"GET","headers":{"a":1}}"#, #"{"httpMethod":"GET"#, #"{"version":"2.0"}"#,
        #"{"httpMethod":"GET","x":"# + nested + "}",
        #"{"httpMethod":"GET","requestContext":{"authorizer":"# + nested + "}}",
    ])
    func nonProxyEventIsUnmarshalError(event: String) throws {
        let (error, loads) = try Self.invocationError(Array(event.utf8))

        #expect(error?.errorType == "Runtime.UnmarshalError")
        #expect(error?.errorMessage.utf8.count ?? 0 < 200)
        #expect(loads == 0)
    }

    @Test(arguments: [[0xFF], [0xC3, 0x28], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80]] as [[UInt8]])
    func invalidUTF8IsUnmarshalError(sequence: [UInt8]) throws {
        let event =
            Array(#"{"httpMethod":"GET","queryStringParameters":{"channel":"Zy"#.utf8) + sequence + Array(#""}}"#.utf8)
        let (error, loads) = try Self.invocationError(event)

        #expect(error?.errorType == "Runtime.UnmarshalError")
        #expect(loads == 0)
    }

    @Test(arguments: [
        #"ZyXwVuTsRqPo","aws:viewer-id":"admin"#, "ZyXwVuTsRqPo\n", "ZyXwVuTsRqPo ", "../ZyXwVuTsRqPo",
        "ZyXwVuTsRqP\u{043E}", "%5A%79", "", String(repeating: "A", count: 129),
        String(repeating: "A", count: 1_000_000),
        "arn:aws:ivs:us-west-2:123456789012:channel/ZyXwVuTsRqPo\u{0000}",
        #"arn:aws:ivs:us-west-2:123456789012:channel/ZyXwVuTsRqPo","x":"y"#,
        "arn:aws:ivs:us-west-2:123456789012:channel/ZyXwVuTsRqPo/../AbCdEfGhIjKl",
    ])
    func hostileChannelIs400WithoutKey(channel: String) throws {
        let event = RESTEvent(queryStringParameters: ["channel": channel])
        let (response, source) = try EventShapeTests.respond(try event.encoded(), environment: Self.environment)

        #expect(response.statusCode == 400)
        #expect(try response.bodyObject()["error"] == "InvalidChannel")
        #expect(channel.utf8.count < 4 || !response.body.contains(channel))
        #expect(source.loads == 0)
    }

    @Test(arguments: [
        "https://evil.com?.example.org", "https://evil.com#.example.org", "https://user@evil.example.org",
        "https://a\r\nSet-Cookie: session=1\r\n.example.org", "https://a b.example.org", "https://a\".example.org",
        "https://" + String(repeating: "a", count: 1_000_000) + "\u{0}.example.org", "null", "https://example.org",
        "http://watch.example.org",
    ])
    func hostileOriginIs403AndNotEchoed(origin: String) throws {
        let event = RESTEvent(headers: ["Origin": origin])
        let (response, source) = try EventShapeTests.respond(try event.encoded(), environment: Self.environment)

        #expect(response.statusCode == 403)
        #expect(try response.bodyObject()["error"] == "OriginNotAllowed")
        #expect(response.headers["Access-Control-Allow-Origin"] == "https://*.example.org")
        #expect(source.loads == 0)
    }

    @Test func allowedSubdomainOriginIsEchoed() throws {
        let event = RESTEvent(headers: ["Origin": "https://watch-1.example.org"])
        let (response, _) = try EventShapeTests.respond(try event.encoded(), environment: Self.environment)

        #expect(response.statusCode == 200)
        #expect(response.headers["Access-Control-Allow-Origin"] == "https://watch-1.example.org")
    }

    @Test func oversizedHeadersAndQueryAreNotEchoed() throws {
        let filler = String(repeating: "x", count: 900_000)
        var headers = ["Origin": "https://watch.example.org"]
        var query: [String: String] = [:]
        for index in 0..<3 {
            headers["X-Filler-\(index)"] = filler
            query["filler\(index)"] = filler
        }
        let event = RESTEvent(headers: headers, queryStringParameters: query)
        let (response, source) = try EventShapeTests.respond(try event.encoded(), environment: Self.environment)

        #expect(response.statusCode == 200)
        #expect(response.body.utf8.count < 2_000)
        #expect(source.loads == 1)
    }

    @Test func hostileIdentityNeverReachesClaimsVerbatim() throws {
        let identity = #"x","aws:channel-arn":"arn:aws:ivs:us-west-2:999999999999:channel/Evil"#
        let event = RESTEvent(requestContext: ["authorizer": ["principalId": identity, "viewerSessionVersion": "1e9x"]])
        let (response, source) = try EventShapeTests.respond(try event.encoded(), environment: Self.environment)
        let claims = try EventShapeTests.verifiedClaims(response, source: source)

        #expect(response.statusCode == 200)
        #expect(claims["aws:channel-arn"] == .string(Fixture.channelARN))
        guard case .string(let viewerID) = try #require(claims["aws:viewer-id"]) else {
            Issue.record("aws:viewer-id is not a string")
            return
        }
        #expect(viewerID.utf8.count == 34)
        #expect(!viewerID.contains("\""))
        #expect(!viewerID.contains("Evil"))
        #expect(claims["aws:viewer-session-version"] == nil)
    }
}
