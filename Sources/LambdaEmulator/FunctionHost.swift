// SPDX-License-Identifier: Apache-2.0

import LambdaRuntime

/// Runs the function the way Lambda does: a Runtime API server, one process started on demand, one
/// invocation at a time, and a fresh process after a crash, an init failure or a timeout.
///
/// Platform lines (`START`, `END`, `REPORT`) and the Runtime API server's messages go to `log`; the
/// function's own output goes to stderr.
public final class FunctionHost {
    let configuration: FunctionConfiguration
    let state: RuntimeAPIStateMachine
    let log: @Sendable (String) -> Void
    var process: FunctionProcess?

    /// Kills the running process group from another thread, for example on `SIGINT`.
    public let terminator = ProcessGroupTerminator()
    private let server: HTTPServer

    /// Starts the Runtime API on a free port of 127.0.0.1; the function starts at the first invocation.
    /// - Throws: ``EmulatorError`` when the server cannot start.
    public init(configuration: FunctionConfiguration, log: @escaping @Sendable (String) -> Void) throws(EmulatorError) {
        let state = RuntimeAPIStateMachine { invocation in
            log(PlatformLines.start(requestID: invocation.requestID, version: configuration.version))
        }
        let router = RuntimeAPIRouter(state: state)
        self.server = try HTTPServer(bodyLimit: RuntimeAPI.maximumPayloadBytes, name: "Runtime API", log: log) {
            router.route($0)
        }
        self.configuration = configuration
        self.state = state
        self.log = log
    }

    deinit {
        shutdown()
    }

    /// The `host:port` given to the function as `AWS_LAMBDA_RUNTIME_API`.
    public var runtimeAPIAddress: String {
        "127.0.0.1:\(server.port)"
    }

    /// Runs one invocation of `event` as `requestID` and returns what a synchronous caller would get.
    public func invoke(_ event: [UInt8], requestID: String = RandomIdentifiers.requestID()) -> InvocationResult {
        guard event.count <= RuntimeAPI.maximumPayloadBytes else {
            return InvocationResult(
                requestID: requestID,
                kind: .requestTooLarge,
                payload: Self.requestTooLargePayload.json,
                contentType: nil,
                durationMilliseconds: 0
            )
        }

        // A process that exited after its last response is gone, so this invocation starts afresh.
        if process != nil && state.processHasExited() { process = nil }
        let coldStart = process == nil
        if coldStart, let failure = startProcess(requestID: requestID) { return failure }
        let invocation = Invocation(
            requestID: requestID,
            event: event,
            invokedFunctionARN: configuration.functionARN,
            traceID: RandomIdentifiers.traceID(),
            timeoutSeconds: configuration.timeoutSeconds
        )
        let submittedAt = MonotonicInstant.now()
        state.submit(invocation)
        let end = state.awaitEnd(
            submittedAt: submittedAt,
            coldStart: coldStart,
            initTimeoutSeconds: configuration.initTimeoutSeconds
        )
        return finish(invocation, end: end, coldStart: coldStart)
    }

    /// Reads the CPU time and peak memory of the running function process, or `nil` when none runs.
    public func processUsage() -> ProcessUsage? {
        process?.usage()
    }

    /// Kills the function's process, as Lambda does when it retires an environment, and releases waiters.
    public func shutdown() {
        stopProcess()
        state.close()
    }

    /// The error JSON for an event over the payload limit.
    static let requestTooLargePayload = LambdaErrorPayload(
        errorMessage: "Request must be smaller than \(RuntimeAPI.maximumPayloadBytes) bytes for the "
            + "InvokeFunction operation",
        errorType: "RequestTooLarge"
    )
}
