// SPDX-License-Identifier: Apache-2.0

import Synchronization

/// A host behind a mutex, so only one invocation runs at a time.
final class SerializedHost: Sendable {
    private let host: Mutex<FunctionHost>

    init(_ host: consuming sending FunctionHost) {
        self.host = Mutex(host)
    }

    /// Runs `event` once every earlier invocation has finished.
    func invoke(_ event: [UInt8]) -> InvocationResult {
        host.withLock { $0.invoke(event) }
    }
}
