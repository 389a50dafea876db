// SPDX-License-Identifier: Apache-2.0

/// The event loop of a custom runtime: one invocation at a time, `/next`, handle, then `/response` or
/// `/error`, until the Runtime API fails.
public struct RuntimeLoop<Transport: RuntimeAPITransport, Handler: LambdaHandler> {
    private let transport: Transport
    private var handler: Handler
    private let logger: LambdaLogger
    private let exportTraceID: (String?) -> Void

    /// Creates a loop.
    /// - Parameters:
    ///   - transport: the Runtime API.
    ///   - handler: the function body.
    ///   - logger: the logger each invocation's context gets, with its request ID attached.
    ///   - exportTraceID: called with the trace header before each invocation and with `nil` after it;
    ///     the default sets and clears `_X_AMZN_TRACE_ID` in the process environment.
    public init(
        transport: Transport,
        handler: Handler,
        logger: LambdaLogger,
        exportTraceID: @escaping (String?) -> Void = Lambda.exportTraceID
    ) {
        self.transport = transport
        self.handler = handler
        self.logger = logger
        self.exportTraceID = exportTraceID
    }

    /// Serves invocations until the Runtime API fails; returns only by throwing that failure.
    public mutating func run() throws(RuntimeError) -> Never {
        while true {
            try runOnce()
        }
    }

    /// Serves exactly one invocation.
    public mutating func runOnce() throws(RuntimeError) {
        let invocation = try transport.next()
        let metadata = invocation.metadata
        let context = LambdaContext(metadata: metadata, logger: logger.with(requestID: metadata.requestID))
        exportTraceID(metadata.traceID)
        defer { exportTraceID(nil) }

        let result: Result<[UInt8], FunctionError>
        do {
            result = .success(try handler.handle(invocation.event, context: context))
        } catch {
            result = .failure(Self.report(for: error))
        }

        switch result {
        case .success(let body):
            try deliver(body, context: context)
        case .failure(let error):
            context.logger.info("invocation failed", metadata: [("lambda.error_type", error.errorType)])
            try transport.postError(requestID: metadata.requestID, error: error)
        }
    }

    private func deliver(_ body: [UInt8], context: LambdaContext) throws(RuntimeError) {
        switch try transport.postResponse(requestID: context.requestID, body: body) {
        case .accepted:
            context.logger.trace("response accepted")
        case .tooLarge:
            context.logger.warning(
                "response rejected as too large",
                metadata: [("lambda.response_bytes", String(body.count))]
            )
        case .rejected(let status):
            context.logger.warning("response rejected", metadata: [("http.status", String(status))])
        }
    }

    private static func report(for error: any Error) -> FunctionError {
        if let error = error as? FunctionError {
            return error
        }
        return FunctionError(errorType: String(describing: type(of: error)), errorMessage: String(describing: error))
    }
}
