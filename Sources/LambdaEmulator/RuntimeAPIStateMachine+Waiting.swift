// SPDX-License-Identifier: Apache-2.0

/// The end of the host's wait for one invocation.
enum InvocationEnd: Sendable {
    /// The runtime posted a response or an error; `duration` runs from hand-out to the post, in ms.
    case finished(InvocationOutcome, durationMilliseconds: Double)

    /// The runtime posted `/init/error` with this error JSON.
    case initFailed(body: [UInt8])

    /// The process ended before the invocation finished.
    case exited(ProcessExit)

    /// The invocation ran past its deadline.
    case timedOut
}

extension RuntimeAPIStateMachine {
    /// Blocks until the submitted invocation finishes, the process ends or the deadline passes.
    ///
    /// The deadline is the hand-out time plus the function timeout. Until the event is handed out
    /// it is `submittedAt` plus the timeout, plus `initTimeoutSeconds` on a cold start.
    func awaitEnd(submittedAt: MonotonicInstant, coldStart: Bool, initTimeoutSeconds: Double) -> InvocationEnd {
        monitor.withLock {
            while true {
                if let end = currentEnd() { return end }
                let timeout = pendingTimeout()
                let deadline =
                    handedOutAt?.adding(seconds: timeout)
                    ?? submittedAt.adding(seconds: timeout + (coldStart ? initTimeoutSeconds : 0))
                if MonotonicInstant.now() >= deadline {
                    pending = nil
                    return .timedOut
                }
                monitor.wait(until: deadline)
            }
        }
    }

    /// Returns the init duration of the current process in ms, or `nil` before its first `/next`.
    func initDurationMilliseconds() -> Double? {
        monitor.withLock { initFinishedAt?.milliseconds(since: processStartedAt) }
    }

    private func currentEnd() -> InvocationEnd? {
        if let outcome, let handedOutAt, let outcomeAt {
            return .finished(outcome, durationMilliseconds: outcomeAt.milliseconds(since: handedOutAt))
        }
        if let initErrorBody { return .initFailed(body: initErrorBody) }
        if let exit { return .exited(exit) }
        return nil
    }

    private func pendingTimeout() -> Double {
        current?.timeoutSeconds ?? pending?.timeoutSeconds ?? 0
    }
}

extension RuntimeAPIStateMachine {
    /// Blocks until the current generation's process has been reaped.
    func awaitExit() {
        monitor.withLock {
            while exit == nil { monitor.wait(until: nil) }
        }
    }

    /// Returns the request ID of the invocation last handed out by `/next`, if any since the last submit.
    func handedOutRequestID() -> String? {
        monitor.withLock { current?.requestID }
    }

    /// Returns whether the current generation's process has been reaped.
    func processHasExited() -> Bool {
        monitor.withLock { exit != nil }
    }
}
