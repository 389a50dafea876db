// SPDX-License-Identifier: Apache-2.0

import LambdaRuntime

/// The Runtime API's state for one function: the queued event, the invocation in flight, the init
/// phase and the current process, with one method per route and the calls the host waits on.
///
/// Each process of the function is a generation. Waits and posts from an older generation get
/// a reply but never touch the state of the current one.
final class RuntimeAPIStateMachine: @unchecked Sendable {
    // Sendable because every mutable property below is read and written only inside monitor.withLock.
    let monitor = Monitor()
    var generation = 0
    var processStartedAt = MonotonicInstant.now()
    var initFinishedAt: MonotonicInstant?
    var initErrorBody: [UInt8]?
    var pending: Invocation?
    var current: Invocation?
    var handedOutAt: MonotonicInstant?
    var outcome: InvocationOutcome?
    var outcomeAt: MonotonicInstant?
    var exit: ProcessExit?
    var closed = false

    /// Called from the `/next` thread after an invocation is handed out, before the event is sent.
    let onHandOut: @Sendable (Invocation) -> Void

    init(onHandOut: @escaping @Sendable (Invocation) -> Void) {
        self.onHandOut = onHandOut
    }

    /// Starts a new generation for a process that is about to be spawned and returns its number.
    func beginProcess() -> Int {
        monitor.withLock {
            generation += 1
            processStartedAt = .now()
            initFinishedAt = nil
            initErrorBody = nil
            exit = nil
            current = nil
            monitor.broadcast()
            return generation
        }
    }

    /// Queues `invocation` for the next `/next` call.
    func submit(_ invocation: Invocation) {
        monitor.withLock {
            pending = invocation
            current = nil
            handedOutAt = nil
            outcome = nil
            outcomeAt = nil
            monitor.broadcast()
        }
    }

    /// Records that the process of `generation` ended.
    func processExited(_ exit: ProcessExit, generation: Int) {
        monitor.withLock {
            guard generation == self.generation else { return }
            self.exit = exit
            monitor.broadcast()
        }
    }

    /// Releases every waiting `/next` call with a 500, so the HTTP server can stop.
    func close() {
        monitor.withLock {
            closed = true
            monitor.broadcast()
        }
    }

    /// Sends the Runtime API's error JSON with `status`.
    static func apiError(status: Int, type: String, message: String) -> ServerResponse {
        .json(status: status, LambdaErrorPayload(errorMessage: message, errorType: type).json)
    }

    /// The `202 {"status":"OK"}` reply to an accepted post.
    static let accepted = ServerResponse.json(status: 202, Array(#"{"status":"OK"}"#.utf8))

    /// Returns the 400 reply to a post naming a request ID that is not the invocation in flight.
    static func invalidRequestID(_ requestID: String) -> ServerResponse {
        apiError(status: 400, type: "InvalidRequestID", message: "Invalid request ID: \(requestID)")
    }

    /// Returns the 403 reply to a call that is not allowed in the current state.
    static func invalidStateTransition(_ detail: String) -> ServerResponse {
        apiError(status: 403, type: "InvalidStateTransition", message: detail)
    }
}
