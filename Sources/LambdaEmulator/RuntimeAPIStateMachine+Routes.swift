// SPDX-License-Identifier: Apache-2.0

import LambdaRuntime

extension RuntimeAPIStateMachine {
    /// `GET /runtime/invocation/next`: blocks until an event is queued, then hands it out.
    func next() -> ServerResponse {
        let invocation: Invocation? = monitor.withLock {
            let caller = generation
            if initFinishedAt == nil { initFinishedAt = .now() }
            monitor.broadcast()
            while pending == nil && caller == generation && !closed {
                monitor.wait(until: nil)
            }
            guard caller == generation, !closed, let invocation = pending else { return nil }
            pending = nil
            current = invocation
            handedOutAt = .now()
            return invocation
        }
        guard let invocation else {
            return Self.apiError(
                status: 500,
                type: "Runtime.Reset",
                message: "The execution environment was reset."
            )
        }
        onHandOut(invocation)
        return Self.eventResponse(invocation)
    }

    /// `POST /runtime/invocation/{id}/response`: records the function's result.
    func response(requestID: String, body: [UInt8], byteCount: Int, contentType: String?) -> ServerResponse {
        monitor.withLock {
            if let rejection = rejectPost(requestID: requestID) { return rejection }
            guard byteCount <= RuntimeAPI.maximumPayloadBytes else {
                record(.error(body: Self.responseTooLargePayload.json))
                return Self.apiError(
                    status: 413,
                    type: "RequestEntityTooLarge",
                    message: "Exceeded maximum allowed payload size (\(RuntimeAPI.maximumPayloadBytes) bytes)."
                )
            }
            record(.response(body: body, contentType: contentType))
            return Self.accepted
        }
    }

    /// `POST /runtime/invocation/{id}/error`: records that the invocation failed.
    func error(requestID: String, body: [UInt8], errorType: String?) -> ServerResponse {
        monitor.withLock {
            if let rejection = rejectPost(requestID: requestID) { return rejection }
            record(.error(body: Self.errorJSON(body: body, errorType: errorType)))
            return Self.accepted
        }
    }

    /// `POST /runtime/init/error`: records that init failed; the process is expected to exit next.
    func initError(body: [UInt8], errorType: String?) -> ServerResponse {
        monitor.withLock {
            guard initFinishedAt == nil, initErrorBody == nil else {
                return Self.invalidStateTransition("Init error posted after init completed.")
            }
            initErrorBody = Self.errorJSON(body: body, errorType: errorType)
            monitor.broadcast()
            return Self.accepted
        }
    }

    /// The caller's view of a response over the payload limit.
    static let responseTooLargePayload = LambdaErrorPayload(
        errorMessage: "Response payload size exceeded maximum allowed payload size "
            + "(\(RuntimeAPI.maximumPayloadBytes) bytes).",
        errorType: "Function.ResponseSizeTooLarge"
    )

    private func rejectPost(requestID: String) -> ServerResponse? {
        guard let current, current.requestID == requestID else { return Self.invalidRequestID(requestID) }
        guard outcome == nil else {
            return Self.invalidStateTransition("Invocation \(requestID) already has a result.")
        }
        return nil
    }

    private func record(_ result: InvocationOutcome) {
        outcome = result
        outcomeAt = .now()
        monitor.broadcast()
    }

    /// Passes the runtime's error JSON through, or builds one when the body is not an error object.
    private static func errorJSON(body: [UInt8], errorType: String?) -> [UInt8] {
        if case .object = JSONValue.parse(body) { return body }
        let message = String(decoding: body, as: UTF8.self)
        return LambdaErrorPayload(errorMessage: message, errorType: errorType ?? "Unhandled").json
    }

    private static func eventResponse(_ invocation: Invocation) -> ServerResponse {
        let deadline = MonotonicInstant.epochMilliseconds() + Int64(invocation.timeoutSeconds * 1000)
        let headers: [(name: String, value: String)] = [
            ("Content-Type", "application/json"),
            (RuntimeAPI.Header.requestID, invocation.requestID),
            (RuntimeAPI.Header.deadline, String(deadline)),
            (RuntimeAPI.Header.invokedFunctionARN, invocation.invokedFunctionARN),
            (RuntimeAPI.Header.traceID, invocation.traceID),
        ]
        return ServerResponse(status: 200, headers: headers, body: invocation.event)
    }
}
