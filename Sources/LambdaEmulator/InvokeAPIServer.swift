// SPDX-License-Identifier: Apache-2.0

import LambdaRuntime
import Synchronization

/// Lambda's Invoke API on 127.0.0.1, so `curl` and `aws lambda invoke --endpoint-url` can call the
/// emulated function. Synchronous and `Event` invocations run one at a time in the order they arrive.
public final class InvokeAPIServer: Sendable {
    private let queue: InvocationQueue
    private let server: HTTPServer

    /// Serves `host` on 127.0.0.1:`port`, where 0 picks a free port; the host stops with the server.
    ///
    /// The server's messages go to the host's `log`.
    /// - Throws: ``EmulatorError`` when the server cannot start.
    public init(host: consuming sending FunctionHost, port: UInt16) throws(EmulatorError) {
        let log = host.log
        let queue = InvocationQueue(host)
        let router = InvokeAPIRouter(queue: queue)
        self.queue = queue
        do {
            server = try HTTPServer(
                port: port,
                bodyLimit: RuntimeAPI.maximumPayloadBytes,
                name: "Invoke API",
                log: log,
                rejectContentLength: InvokeAPIRouter.rejection(of:)
            ) { router.route($0) }
        } catch {
            _ = queue.stop()
            throw error
        }
    }

    deinit {
        _ = queue.stop()
    }

    /// The port the server listens on.
    public var port: UInt16 {
        server.port
    }

    /// Stops invoking the function: drops the queued invocations, kills the running one, and returns
    /// how many queued `Event` invocations were dropped. Requests that arrive later get a 500 error.
    ///
    /// It returns without waiting for the function's timeout, so `SIGINT` or `SIGTERM` ends
    /// `invoke --serve` at once. Later calls return 0.
    public func stop() -> Int {
        queue.stop()
    }
}
