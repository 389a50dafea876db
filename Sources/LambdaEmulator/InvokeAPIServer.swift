// SPDX-License-Identifier: Apache-2.0

import LambdaRuntime
import Synchronization

/// Lambda's synchronous Invoke API on 127.0.0.1, so `curl` and `aws lambda invoke --endpoint-url`
/// can call the emulated function. Concurrent requests wait for a lock and run one at a time.
public final class InvokeAPIServer: Sendable {
    private let server: HTTPServer

    /// Serves `host` on 127.0.0.1:`port`, where 0 picks a free port; the host stops with the server.
    ///
    /// The server's messages go to the host's `log`.
    /// - Throws: ``EmulatorError`` when the server cannot start.
    public init(host: consuming sending FunctionHost, port: UInt16) throws(EmulatorError) {
        let log = host.log
        let router = InvokeAPIRouter(host: SerializedHost(host))
        server = try HTTPServer(
            port: port,
            bodyLimit: RuntimeAPI.maximumPayloadBytes,
            name: "Invoke API",
            log: log,
            rejectContentLength: InvokeAPIRouter.rejection(of:)
        ) { router.route($0) }
    }

    /// The port the server listens on.
    public var port: UInt16 {
        server.port
    }
}
