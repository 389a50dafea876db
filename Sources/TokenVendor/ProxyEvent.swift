// SPDX-License-Identifier: Apache-2.0

import JSONText

/// The fields the vendor reads from an API Gateway REST proxy event (payload 1.0), an HTTP API event
/// (payload 2.0) or a Lambda Function URL event (payload 2.0).
///
/// Sources: https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html ,
/// https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html ,
/// https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html
struct ProxyEvent {
    /// `2.0` for HTTP API and Function URL events; absent for REST events.
    let version: String?

    /// The method of a REST event.
    let httpMethod: String?

    /// Request headers; HTTP API lower-cases their names, REST keeps them as sent.
    let headers: [String: String]?

    /// Query parameters (the last value of a repeated name), or `nil`.
    let queryStringParameters: [String: String]?

    /// The request body, base64-encoded when `isBase64Encoded` is true.
    let body: String?

    /// Whether `body` is base64.
    let isBase64Encoded: Bool?

    /// The request context, with the method of payload 2.0 events and the authorizer's output.
    let requestContext: RequestContext?

    /// The parts of `requestContext` the vendor reads.
    struct RequestContext {
        /// `requestContext.http`, present in payload 2.0 events.
        let http: HTTPDetails?

        /// `requestContext.authorizer`, the authorizer's output in any shape.
        let authorizer: JSONValue?
    }

    /// `requestContext.http` of a payload 2.0 event.
    struct HTTPDetails {
        /// The request method.
        let method: String
    }

    /// The request method, from `httpMethod` (1.0) or `requestContext.http.method` (2.0).
    var method: String? {
        httpMethod ?? requestContext?.http?.method
    }

    /// The members ``init(_:)`` reads; the parser checks the rest of the event without building it.
    static let selection = JSONParser.Selection.members([
        "version": .all, "httpMethod": .all, "headers": .all, "queryStringParameters": .all, "body": .all,
        "isBase64Encoded": .all, "requestContext": .members(["http": .all, "authorizer": .all]),
    ])

    /// Decodes an event.
    /// - Throws: ``FunctionError`` of type `Runtime.UnmarshalError` naming what is wrong, never the
    ///   event's content.
    static func decode(_ event: [UInt8]) throws -> ProxyEvent {
        let root: JSONValue
        do {
            root = try JSONParser.parse(event, selecting: selection)
        } catch {
            throw EventError.notJSON
        }
        let decoded = try ProxyEvent(root)
        guard decoded.method != nil else {
            throw EventError.missingField(decoded.version == "2.0" ? "requestContext.http.method" : "httpMethod")
        }
        return decoded
    }

    /// Returns the value of header `name`, compared case-insensitively as HTTP requires.
    func header(_ name: String) -> String? {
        let wanted = name.lowercased()
        return headers?.first { $0.key.lowercased() == wanted }?.value
    }
}
