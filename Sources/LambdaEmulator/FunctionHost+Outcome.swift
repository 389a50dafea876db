// SPDX-License-Identifier: Apache-2.0

extension FunctionHost {
    /// Turns how the wait ended into the caller's result, logs `END` and `REPORT`, and retires the
    /// process when Lambda would: after an init failure, a crash or a timeout.
    func finish(_ invocation: Invocation, end: InvocationEnd, coldStart: Bool) -> InvocationResult {
        let requestID = invocation.requestID
        let initDuration = coldStart ? state.initDurationMilliseconds() : nil
        var result = InvocationResult(
            requestID: requestID,
            kind: .functionError,
            payload: [],
            contentType: nil,
            durationMilliseconds: 0
        )
        var status: String?

        switch end {
        case .finished(.response(let body, let contentType), let duration):
            result.kind = .response
            result.payload = body
            result.contentType = contentType
            result.durationMilliseconds = duration
        case .finished(.error(let body), let duration):
            result.payload = body
            result.durationMilliseconds = duration
            status = "error"
        case .initFailed(let body):
            result.payload = body
            status = "error"
        case .exited(let exit, _):
            result.payload = Self.exitErrorPayload(requestID: requestID, exit: exit).json
            status = "error"
        case .timedOut:
            result.payload = Self.timeoutPayload(requestID: requestID, seconds: invocation.timeoutSeconds).json
            result.durationMilliseconds = invocation.timeoutSeconds * 1000
            status = "timeout"
        }

        logStartIfMissing(requestID: requestID)
        logEnd(
            requestID: requestID,
            durationMilliseconds: result.durationMilliseconds,
            initDuration: initDuration,
            status: status,
            errorType: status == "error" ? result.errorType : nil
        )
        retireProcessIfNeeded(after: end)
        return result
    }

    /// The caller's error for a process that ended during the invocation or its init.
    static func exitErrorPayload(requestID: String, exit: ProcessExit) -> LambdaErrorPayload {
        LambdaErrorPayload(
            errorMessage: "RequestId: \(requestID) Error: Runtime exited with error: \(exit)",
            errorType: "Runtime.ExitError"
        )
    }

    /// The caller's error for an invocation that ran past the function timeout.
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
