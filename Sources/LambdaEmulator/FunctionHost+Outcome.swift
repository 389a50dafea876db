// SPDX-License-Identifier: Apache-2.0

extension FunctionHost {
    /// Turns how the wait ended into the caller's result, logs `END` and `REPORT`, and retires the
    /// process when Lambda would: after an init failure, a crash or a timeout.
    func finish(_ invocation: Invocation, end: InvocationEnd, coldStart: Bool) -> InvocationResult {
        let initDuration = coldStart ? state.initDurationMilliseconds() : nil
        let (outcome, status) = Self.result(of: invocation, end: end)
        var result = outcome
        result.initDurationMilliseconds = initDuration

        logStartIfMissing(requestID: invocation.requestID)
        logEnd(
            requestID: invocation.requestID,
            durationMilliseconds: result.durationMilliseconds,
            initDuration: initDuration,
            status: status,
            errorType: status == "error" ? result.errorType : nil
        )
        retireProcessIfNeeded(after: end)
        return result
    }

    /// Returns the caller's result and the `REPORT` status (`error`, `timeout` or `nil`) for `end`.
    private static func result(of invocation: Invocation, end: InvocationEnd) -> (InvocationResult, String?) {
        var result = InvocationResult(
            requestID: invocation.requestID,
            kind: .functionError,
            payload: [],
            contentType: nil,
            durationMilliseconds: 0
        )
        switch end {
        case .finished(.response(let body, let contentType), let duration):
            result.kind = .response
            result.payload = body
            result.contentType = contentType
            result.durationMilliseconds = duration
            return (result, nil)
        case .finished(.error(let body), let duration):
            result.payload = body
            result.durationMilliseconds = duration
        case .initFailed(let body):
            result.payload = body
        case .exited(let exit):
            result.payload = exitErrorPayload(requestID: invocation.requestID, exit: exit).json
        case .timedOut:
            result.payload = timeoutPayload(requestID: invocation.requestID, seconds: invocation.timeoutSeconds).json
            result.durationMilliseconds = invocation.timeoutSeconds * 1000
            return (result, "timeout")
        }
        return (result, "error")
    }

    /// Returns the caller's error for a process that ended during the invocation or its init.
    static func exitErrorPayload(requestID: String, exit: ProcessExit) -> LambdaErrorPayload {
        LambdaErrorPayload(
            errorMessage: "RequestId: \(requestID) Error: Runtime exited with error: \(exit)",
            errorType: "Runtime.ExitError"
        )
    }

    /// Returns the caller's error for an invocation that ran past the function timeout.
    ///
    /// - Note: The `Sandbox.Timedout` type is what Lambda reports today as far as we know; older
    ///   runtimes returned the message alone.
    static func timeoutPayload(requestID: String, seconds: Double) -> LambdaErrorPayload {
        LambdaErrorPayload(
            errorMessage: "RequestId: \(requestID) Error: Task timed out after "
                + "\(PlatformLines.twoDecimals(seconds)) seconds",
            errorType: "Sandbox.Timedout"
        )
    }

    private func logStartIfMissing(requestID: String) {
        if state.handedOutRequestID() != requestID {
            log(PlatformLines.start(requestID: requestID, version: configuration.version))
        }
    }

    private func retireProcessIfNeeded(after end: InvocationEnd) {
        switch end {
        case .finished:
            return
        case .exited:
            // The reaper has already recorded the exit, so only the handle is left to drop.
            process = nil
        case .initFailed, .timedOut:
            stopProcess()
        }
    }
}
