// SPDX-License-Identifier: Apache-2.0

import HTTPClient
import Testing

@testable import SecretsManager

/// Tests that error bodies are read as before: JSON as `JSONDecoder` read it, then XML with its entities.
@Suite struct ErrorReplyJSONTests {
    static func reply(_ body: String, headers: [(name: String, value: String)] = []) -> ErrorReply {
        ErrorReply(headers: HTTPHeaders(headers), body: Array(body.utf8))
    }

    @Test func firstRepeatedMemberWins() {
        let reply = Self.reply(#"{"__type":"First","__type":"Second","message":"one","message":"two"}"#)
        #expect(reply.type == "First")
        #expect(reply.message == "one")
    }

    @Test func nullMembersFallThrough() {
        let reply = Self.reply(#"{"__type":null,"code":"Coded","message":null,"Message":"Capital"}"#)
        #expect(reply.type == "Coded")
        #expect(reply.message == "Capital")
    }

    @Test func escapesInTheMessageAreDecoded() {
        let reply = Self.reply(#"{"__type":"T","message":"caf\u00e9 \"q\" \/ \ud83c\udfa5"}"#)
        #expect(reply.message == "café \"q\" / 🎥")
    }

    @Test func byteOrderMarkIsSkipped() {
        #expect(Self.reply("\u{FEFF}{\"__type\":\"Marked\"}").type == "Marked")
    }

    @Test(arguments: [#"{"__type":5,"message":"m"}"#, #"{"__type":"T","message":["m"]}"#])
    func wrongTypeDiscardsTheJSON(body: String) {
        let reply = Self.reply(body, headers: [("X-Amzn-ErrorType", "FromHeader")])
        #expect(reply.type == "FromHeader")
        #expect(reply.message == nil)
    }

    @Test func xmlEntitiesAreDecodedOnce() {
        let message = "&lt;a&gt; &quot;b&quot; &apos;c&apos; &amp;lt; &amp;amp; &bogus;"
        let body = "<Error><Code>C</Code><Message>" + message + "</Message></Error>"
        #expect(Self.reply(body).message == #"<a> "b" 'c' &lt; &amp; &bogus;"#)
    }
}
