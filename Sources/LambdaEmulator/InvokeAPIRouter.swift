// SPDX-License-Identifier: Apache-2.0

import FoundationEssentials
import LambdaRuntime

/// Routes `POST /2015-03-31/functions/{name}/invocations`; any function name reaches the one host.
struct InvokeAPIRouter: Sendable {
    let queue: InvocationQueue

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

    /// The largest event of an asynchronous (`Event`) invocation, 1 MiB.
    // NOTE: Lambda documents 1 MB for asynchronous payloads; the exact byte count is not confirmed.
    static let maximumAsynchronousPayloadBytes = 1024 * 1024

    /// Runs the request body as an event and returns the payload as Lambda's Invoke API does.
    ///
    /// `X-Amz-Invocation-Type: DryRun` returns 204 without running the function. `Event` queues the
    /// event and returns 202 with no body at once, as Lambda does.
    func invoke(_ request: ServerRequest) -> ServerResponse {
        switch request.header("X-Amz-Invocation-Type") ?? "RequestResponse" {
        case "RequestResponse":
            return invokeSynchronously(request)
        case "Event":
            return invokeAsynchronously(request)
        case "DryRun":
            return ServerResponse(status: 204, headers: [], body: [])
        case let other:
            return Self.serviceError(
                400,
                "InvalidParameterValueException",
                "X-Amz-Invocation-Type \(other.prefix(64)) is invalid; use RequestResponse, Event or DryRun"
            )
        }
    }

    /// Returns the Invoke API's error for a `Content-Length` header that is not a 64-bit decimal number.
    static func rejection(of fault: ContentLengthFault) -> ServerResponse {
        switch fault {
        case .notANumber(let value):
            serviceError(
                400,
                "InvalidRequestContentException",
                "Content-Length \"\(value.prefix(64))\" is invalid: expected the body size as a decimal number of bytes"
            )
        case .tooLarge(let value):
            serviceError(
                413,
                "RequestEntityTooLargeException",
                "Content-Length \(value.prefix(64)) is too large: request must be smaller than "
                    + "\(RuntimeAPI.maximumPayloadBytes) bytes for the InvokeFunction operation"
            )
        }
    }

    private func invokeSynchronously(_ request: ServerRequest) -> ServerResponse {
        guard request.bodyByteCount <= RuntimeAPI.maximumPayloadBytes else {
            return Self.serviceError(
                413,
                "RequestEntityTooLargeException",
                "Request must be smaller than \(RuntimeAPI.maximumPayloadBytes) bytes for the InvokeFunction operation"
            )
        }
        guard let result = queue.invoke(request.body) else { return Self.stopping }
        var headers: [(name: String, value: String)] = [
            ("Content-Type", result.contentType ?? "application/json"),
            ("X-Amz-Executed-Version", "$LATEST"),
            ("X-Amzn-RequestId", result.requestID),
        ]
        if result.kind != .response { headers.append(("X-Amz-Function-Error", "Unhandled")) }
        return ServerResponse(status: 200, headers: headers, body: result.payload)
    }

    /// Queues the request body for the worker and returns 202 with the invocation's request ID.
    ///
    /// - Note: Lambda retries a failed `Event` invocation twice by default; the emulator runs it once
    ///   and reports the failure only in its `REPORT` line.
    private func invokeAsynchronously(_ request: ServerRequest) -> ServerResponse {
        guard request.bodyByteCount <= Self.maximumAsynchronousPayloadBytes else {
            return Self.serviceError(
                413,
                "RequestEntityTooLargeException",
                "Request must be smaller than \(Self.maximumAsynchronousPayloadBytes) bytes for an Event invocation"
            )
        }
        guard let requestID = queue.enqueue(request.body) else { return Self.stopping }
        return ServerResponse(
            status: 202,
            headers: [("X-Amz-Executed-Version", "$LATEST"), ("X-Amzn-RequestId", requestID)],
            body: []
        )
    }

    /// The error for a request that arrives while the emulator is stopping.
    private static let stopping = serviceError(
        500,
        "ServiceException",
        "The emulator is stopping, so the function was not invoked."
    )

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
