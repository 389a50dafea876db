// SPDX-License-Identifier: Apache-2.0

import HTTPClient
import LambdaRuntime

/// A Runtime API held in memory: hands out queued events and records what the runtime posts.
final class InMemoryTransport: RuntimeAPITransport {
    enum Posted: Equatable {
        case response(requestID: String, body: [UInt8])
        case error(requestID: String, error: FunctionError)
        case initError(FunctionError)
    }

    var events: [Invocation] = []
    var posted: [Posted] = []
    var responseOutcome = ResponseOutcome.accepted

    func enqueue(
        _ event: String,
        requestID: String,
        traceID: String? = nil,
        extraHeaders: [(name: String, value: String)] = []
    ) throws {
        var fields = [
            (name: "lambda-runtime-aws-request-id", value: requestID),
            (name: "LAMBDA-RUNTIME-DEADLINE-MS", value: "1796396648000"),
            (name: "Lambda-Runtime-Invoked-Function-Arn", value: "arn:aws:lambda:us-west-2:123456789012:function:f"),
        ]
        if let traceID {
            fields.append((name: "lambda-runtime-trace-id", value: traceID))
        }
        fields += extraHeaders
        events.append(
            Invocation(metadata: try InvocationMetadata(headers: HTTPHeaders(fields)), event: Array(event.utf8))
        )
    }

    func next() throws(RuntimeError) -> Invocation {
        guard !events.isEmpty else { throw .unexpectedStatus(path: RuntimeAPI.nextPath, status: 500) }
        return events.removeFirst()
    }

    func postResponse(requestID: String, body: [UInt8]) throws(RuntimeError) -> ResponseOutcome {
        posted.append(.response(requestID: requestID, body: body))
        return responseOutcome
    }

    func postError(requestID: String, error: FunctionError) throws(RuntimeError) {
        posted.append(.error(requestID: requestID, error: error))
    }

    func postInitError(_ error: FunctionError) throws(RuntimeError) {
        posted.append(.initError(error))
    }
}
