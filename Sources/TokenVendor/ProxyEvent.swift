// SPDX-License-Identifier: Apache-2.0

import FoundationEssentials

/// The fields the vendor reads from an API Gateway REST proxy event (payload 1.0), an HTTP API event
/// (payload 2.0) or a Lambda Function URL event (payload 2.0).
///
/// Sources: https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html ,
/// https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html ,
/// https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html
struct ProxyEvent: Decodable {
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

    struct RequestContext: Decodable {
        let http: HTTPDetails?
        let authorizer: JSONValue?
    }

    struct HTTPDetails: Decodable {
        let method: String
    }

    /// The request method, from `httpMethod` (1.0) or `requestContext.http.method` (2.0).
    var method: String? {
        httpMethod ?? requestContext?.http?.method
    }

    /// Decodes an event.
    /// - Throws: ``FunctionError`` of type `Runtime.UnmarshalError` naming what is wrong, never the
    ///   event's content.
    static func decode(_ event: [UInt8]) throws -> ProxyEvent {
        let decoded: ProxyEvent
        do {
            decoded = try JSONDecoder().decode(ProxyEvent.self, from: Data(event))
        } catch DecodingError.dataCorrupted {
            throw EventError.notJSON
        } catch DecodingError.keyNotFound(let key, _) {
            throw EventError.missingField(key.stringValue)
        } catch DecodingError.typeMismatch(_, let context) {
            throw EventError.wrongType(context.codingPath.map(\.stringValue).joined(separator: "."))
        } catch DecodingError.valueNotFound(_, let context) {
            throw EventError.wrongType(context.codingPath.map(\.stringValue).joined(separator: "."))
        }
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
