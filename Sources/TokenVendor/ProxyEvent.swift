// SPDX-License-Identifier: Apache-2.0

import FoundationEssentials

/// The fields of an API Gateway REST proxy event (payload format 1.0) that the vendor reads.
///
/// Source: https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html
struct ProxyEvent: Decodable {
    /// The request method, such as `GET`.
    let httpMethod: String

    /// The request headers with their original names; API Gateway sends `null` when there are none.
    let headers: [String: String]?

    /// Decodes an event.
    /// - Throws: ``FunctionError`` of type `Runtime.UnmarshalError` naming what is wrong, never the
    ///   event's content.
    static func decode(_ event: [UInt8]) throws -> ProxyEvent {
        do {
            return try JSONDecoder().decode(ProxyEvent.self, from: Data(event))
        } catch DecodingError.dataCorrupted {
            throw EventError.notJSON
        } catch DecodingError.keyNotFound(let key, _) {
            throw EventError.missingField(key.stringValue)
        } catch DecodingError.typeMismatch(_, let context) {
            throw EventError.wrongType(context.codingPath.map(\.stringValue).joined(separator: "."))
        } catch DecodingError.valueNotFound(_, let context) {
            throw EventError.wrongType(context.codingPath.map(\.stringValue).joined(separator: "."))
        }
    }

    /// Returns the value of header `name`, compared case-insensitively as HTTP requires.
    func header(_ name: String) -> String? {
        let wanted = name.lowercased()
        return headers?.first { $0.key.lowercased() == wanted }?.value
    }
}
