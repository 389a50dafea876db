// SPDX-License-Identifier: Apache-2.0

import FoundationEssentials
import LambdaRuntime

/// Routes `POST /2015-03-31/functions/{name}/invocations`; any function name reaches the one host.
struct InvokeAPIRouter: Sendable {
    let host: SerializedHost

    /// The path prefix of Lambda's Invoke API.
    static let pathPrefix = "/2015-03-31/functions/"

    /// The path suffix of Lambda's Invoke API.
    static let pathSuffix = "/invocations"

    /// Dispatches `request` to ``invoke(_:)`` or returns 404.
    func route(_ request: ServerRequest) -> ServerResponse {
        let path = request.path
        guard request.method == "POST", path.hasPrefix(Self.pathPrefix), path.hasSuffix(Self.pathSuffix) else {
            return Self.serviceError(404, "ResourceNotFoundException", "No route for \(request.method) \(path).")
        }
        return invoke(request)
    }

    /// Runs the request body as an event and returns the payload as Lambda's Invoke API does.
    func invoke(_ request: ServerRequest) -> ServerResponse {
        guard request.bodyByteCount <= RuntimeAPI.maximumPayloadBytes else {
            return Self.serviceError(
                413,
                "RequestEntityTooLargeException",
                "Request must be smaller than \(RuntimeAPI.maximumPayloadBytes) bytes for the InvokeFunction operation"
            )
        }
        let result = host.invoke(request.body)
        var headers: [(name: String, value: String)] = [
            ("Content-Type", result.contentType ?? "application/json"),
            ("X-Amz-Executed-Version", "$LATEST"),
            ("X-Amzn-RequestId", result.requestID),
        ]
        if result.kind != .response { headers.append(("X-Amz-Function-Error", "Unhandled")) }
        return ServerResponse(status: 200, headers: headers, body: result.payload)
    }

    /// Returns an Invoke API error: the type in `X-Amzn-ErrorType` and a `{"Type":"User","message":…}` body.
    private static func serviceError(_ status: Int, _ type: String, _ message: String) -> ServerResponse {
        struct Body: Encodable {
            var `Type` = "User"
            var message: String
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding two strings cannot fail, so the empty object is unreachable.
        let body = (try? Array(encoder.encode(Body(message: message)))) ?? Array("{}".utf8)
        return ServerResponse(
            status: status,
            headers: [("Content-Type", "application/json"), ("X-Amzn-ErrorType", type)],
            body: body
        )
    }
}
