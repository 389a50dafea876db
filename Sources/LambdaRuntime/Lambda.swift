// SPDX-License-Identifier: Apache-2.0

import Glibc
import HTTPClient

/// The entry point of a custom runtime.
public enum Lambda {
    /// Runs the runtime until the Runtime API fails, and returns the process exit status.
    ///
    /// `makeHandler` runs once, during initialisation; an error it throws is posted to `/init/error` and
    /// the runtime exits with status 1, as Lambda expects.
    /// - Parameters:
    ///   - environment: the process environment.
    ///   - makeHandler: builds the handler from the environment.
    /// - Returns: the exit status: 1 after an initialisation failure or a Runtime API failure.
    public static func run<Handler: LambdaHandler>(
        environment: [String: String],
        makeHandler: ([String: String], LambdaLogger) throws -> Handler
    ) -> Int32 {
        installTerminationHandler()
        let logger = LambdaLogger(environment: environment)
        guard let endpoint = environment[RuntimeAPI.endpointVariable], !endpoint.isEmpty else {
            logger.error("runtime cannot start", metadata: [("error", RuntimeError.missingEndpoint.description)])
            return 1
        }
        let client: RuntimeAPIClient
        do {
            client = try RuntimeAPIClient(endpoint: endpoint)
        } catch {
            logger.error("runtime cannot start", metadata: [("error", error.description)])
            return 1
        }

        let handler: Handler
        do {
            handler = try makeHandler(environment, logger)
        } catch {
            return failInitialization(error, client: client, logger: logger)
        }

        var loop = RuntimeLoop(transport: client, handler: handler, logger: logger)
        do {
            try loop.run()
        } catch {
            logger.error("runtime API failed", metadata: [("error", error.description)])
            return 1
        }
    }

    private static func failInitialization(_ error: any Error, client: RuntimeAPIClient, logger: LambdaLogger) -> Int32
    {
        let report =
            (error as? FunctionError)
            ?? FunctionError(errorType: "Runtime.InitError", errorMessage: String(describing: error))
        logger.error(
            "initialization failed",
            metadata: [("lambda.error_type", report.errorType), ("error", report.errorMessage)]
        )
        do {
            try client.postInitError(report)
        } catch {
            logger.error("runtime API failed", metadata: [("error", error.description)])
        }
        return 1
    }

    /// The process's `_X_AMZN_TRACE_ID`, set without allocating for each invocation.
    static let traceIDVariable = EnvironmentSlot(name: "_X_AMZN_TRACE_ID")

    /// Sets `_X_AMZN_TRACE_ID` to `traceID`, or removes it when `nil`.
    public static func exportTraceID(_ traceID: String?) {
        traceIDVariable.set(traceID)
    }

    /// Returns the process environment as a dictionary; the first of duplicate names wins.
    public static func processEnvironment() -> [String: String] {
        var result: [String: String] = [:]
        var cursor = environ
        while let entry = cursor.pointee {
            let pair = String(cString: entry)
            if let equals = pair.firstIndex(of: "=") {
                let name = String(pair[..<equals])
                if result[name] == nil {
                    result[name] = String(pair[pair.index(after: equals)...])
                }
            }
            cursor += 1
        }
        return result
    }

    /// Makes SIGTERM end the process with status 0. Lambda sends it only when extensions are registered,
    /// and the runtime keeps no state that needs flushing, so exiting at once is the clean shutdown.
    /// A parent may start the process with SIGTERM blocked, which a child inherits, so it is unblocked here.
    private static func installTerminationHandler() {
        var terminate = sigset_t()
        sigemptyset(&terminate)
        sigaddset(&terminate, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &terminate, nil)
        signal(SIGTERM) { _ in
            let message = "runtime received SIGTERM, exiting\n"
            _ = message.withCString { write(2, $0, strlen($0)) }
            _exit(0)
        }
    }
}
