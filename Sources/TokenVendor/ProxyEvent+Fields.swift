// SPDX-License-Identifier: Apache-2.0

import JSONText
import LambdaRuntime

extension ProxyEvent {
    /// Reads the fields from a parsed event. Absent and `null` fields read as `nil`; other fields are
    /// ignored.
    /// - Throws: ``FunctionError`` of type `Runtime.UnmarshalError` when a field has the wrong type
    ///   or `requestContext.http` lacks `method`.
    init(_ root: JSONValue) throws(FunctionError) {
        guard case .object(let members) = root else { throw EventError.wrongType("") }
        version = try Self.string(members["version"], path: "version")
        httpMethod = try Self.string(members["httpMethod"], path: "httpMethod")
        headers = try Self.stringMap(members["headers"], path: "headers")
        queryStringParameters = try Self.stringMap(members["queryStringParameters"], path: "queryStringParameters")
        body = try Self.string(members["body"], path: "body")
        switch members["isBase64Encoded"] {
        case nil, .null: isBase64Encoded = nil
        case .bool(let value): isBase64Encoded = value
        default: throw EventError.wrongType("isBase64Encoded")
        }
        requestContext = try Self.requestContext(members["requestContext"])
    }

    private static func requestContext(_ value: JSONValue?) throws(FunctionError) -> RequestContext? {
        let members: [String: JSONValue]
        switch value {
        case nil, .null: return nil
        case .object(let object): members = object
        default: throw EventError.wrongType("requestContext")
        }
        let http: HTTPDetails?
        switch members["http"] {
        case nil, .null:
            http = nil
        case .object(let details):
            guard let method = details["method"] else { throw EventError.missingField("method") }
            guard case .string(let text) = method else { throw EventError.wrongType("requestContext.http.method") }
            http = HTTPDetails(method: text)
        default:
            throw EventError.wrongType("requestContext.http")
        }
        let authorizer = members["authorizer"].flatMap { $0 == .null ? nil : $0 }
        return RequestContext(http: http, authorizer: authorizer)
    }

    private static func string(_ value: JSONValue?, path: String) throws(FunctionError) -> String? {
        switch value {
        case nil, .null: return nil
        case .string(let text): return text
        default: throw EventError.wrongType(path)
        }
    }

    private static func stringMap(_ value: JSONValue?, path: String) throws(FunctionError) -> [String: String]? {
        let members: [String: JSONValue]
        switch value {
        case nil, .null: return nil
        case .object(let object): members = object
        default: throw EventError.wrongType(path)
        }
        var map: [String: String] = [:]
        map.reserveCapacity(members.count)
        for (name, member) in members {
            guard case .string(let text) = member else { throw EventError.wrongType(path + "." + name) }
            map[name] = text
        }
        return map
    }
}
