// SPDX-License-Identifier: Apache-2.0

import HTTPClient
import Testing

@testable import SecretsManager

@Suite struct ErrorReplyTests {
    static func reply(_ body: String, headers: [(name: String, value: String)] = []) -> ErrorReply {
        ErrorReply(headers: HTTPHeaders(headers), body: Array(body.utf8))
    }

    @Test(arguments: [
        ("ResourceNotFoundException", "ResourceNotFoundException"),
        ("aws.protocoltests.restjson#FooError", "FooError"),
        (
            "aws.protocoltests.restjson#FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/",
            "FooError"
        ),
        ("FooError:http://internal.amazon.com/coral/", "FooError"),
        (" ThrottlingException ", "ThrottlingException"),
    ])
    func typeIsSanitised(raw: String, expected: String) {
        #expect(ErrorReply.sanitizedType(raw) == expected)
    }

    @Test(arguments: ["", "<script>", "Foo Bar", "a\nb", String(repeating: "A", count: 129)])
    func unsafeTypeIsDropped(raw: String) {
        #expect(ErrorReply.sanitizedType(raw) == nil)
    }

    @Test func jsonTypeAndLowercaseMessage() {
        let reply = Self.reply(#"{"__type":"ResourceNotFoundException","message":"not here"}"#)
        #expect(reply.type == "ResourceNotFoundException")
        #expect(reply.message == "not here")
    }

    @Test func jsonCodeAndCapitalisedMessage() {
        let reply = Self.reply(
            #"{"code":"InvalidRequestException","Message":"pending deletion","extra":[1]}"#
        )
        #expect(reply.type == "InvalidRequestException")
        #expect(reply.message == "pending deletion")
    }

    @Test func headerTypeWhenBodyHasNone() {
        let reply = Self.reply(
            #"{"message":"x"}"#,
            headers: [
                ("x-amzn-errortype", "AccessDeniedException:http://internal.amazon.com/"),
                ("X-Amzn-RequestId", "c6b7d9a1-0000-4000-8000-000000000001"),
            ]
        )
        #expect(reply.type == "AccessDeniedException")
        #expect(reply.requestID == "c6b7d9a1-0000-4000-8000-000000000001")
    }

    @Test func motoXMLError() {
        let body = """
            <?xml version="1.0" encoding="UTF-8"?>
            <ErrorResponse><Errors><Error><Code>SignatureDoesNotMatch</Code><Message>The request signature &amp; \
            more</Message></Error></Errors><RequestId>1</RequestId></ErrorResponse>
            """
        let reply = Self.reply(body)
        #expect(reply.type == "SignatureDoesNotMatch")
        #expect(reply.message == "The request signature & more")
    }

    @Test func htmlPageHasNoType() {
        let reply = Self.reply(
            "<!doctype html><html><title>500 Internal Server Error</title></html>"
        )
        #expect(reply.type == nil)
        #expect(reply.error(status: 500) == .serviceError)
        #expect(reply.error(status: 500).errorType == "HTTP500")
        #expect(reply.error(status: 500).isRetryable)
    }

    @Test func messageIsCleanedAndCapped() throws {
        let reply = Self.reply(
            #"{"__type":"X","message":"line\none\u0007"# + String(repeating: "m", count: 400)
                + #""}"#
        )
        let message = try #require(reply.message)
        #expect(message.hasPrefix("line one mmm"))
        #expect(message.count == 301)
    }

    @Test(arguments: [
        ("ResourceNotFoundException", 404, SecretsManagerError.resourceNotFound, false),
        ("ResourceNotFoundException", 400, .resourceNotFound, false),
        ("AccessDeniedException", 400, .accessDenied, false),
        ("AccessDenied", 403, .accessDenied, false),
        ("InvalidParameterException", 400, .invalidParameter, false),
        ("InvalidRequestException", 400, .invalidRequest, false),
        ("DecryptionFailure", 400, .decryptionFailure, false),
        ("InternalServiceError", 500, .serviceError, true),
        ("InternalFailure", 500, .serviceError, true),
        ("SomethingNew", 503, .serviceError, true),
        ("SomethingNew", 400, .serviceError, false),
        ("ThrottlingException", 400, .throttled, true),
        ("TooManyRequestsException", 400, .throttled, true),
        ("SomethingNew", 429, .throttled, true),
        ("UnrecognizedClientException", 403, .credentialsRejected, false),
        ("InvalidClientTokenId", 403, .credentialsRejected, false),
        ("ExpiredTokenException", 400, .credentialsRejected, false),
        ("IncompleteSignature", 400, .credentialsRejected, false),
        ("InvalidSignatureException", 400, .signatureRejected, false),
        ("SignatureDoesNotMatch", 403, .signatureRejected, false),
        ("RequestExpired", 400, .signatureRejected, false),
    ])
    func classificationByTypeThenStatus(
        type: String,
        status: Int,
        expected: SecretsManagerError,
        retryable: Bool
    ) {
        let error = Self.reply(#"{"__type":"\#(type)","message":"m"}"#).error(status: status)
        #expect(error == expected)
        #expect(error.errorType == type)
        #expect(error.isRetryable == retryable)
        #expect(error.statusCode == status)
    }

    @Test func descriptionNamesClassTypeStatusAndMessage() {
        let error = Self.reply(
            #"{"__type":"ResourceNotFoundException","Message":"Secrets Manager can't find the specified secret."}"#,
            headers: [("x-amzn-RequestId", "req-1")]
        ).error(status: 400)
        #expect(
            error.description == "secret not found: ResourceNotFoundException (HTTP 400): "
                + "Secrets Manager can't find the specified secret. [request ID req-1]"
        )
    }

    @Test func signatureMessagesAreDropped() {
        let body =
            #"{"__type":"SignatureDoesNotMatch","message":"The canonical string was x-amz-security-token:T0KEN"}"#
        let error = Self.reply(body).error(status: 403)
        #expect(error.description == "signature rejected: SignatureDoesNotMatch (HTTP 403)")
    }
}
