// SPDX-License-Identifier: Apache-2.0

/// The result of an invocation as the Runtime API recorded it: a response or an error.
enum InvocationOutcome: Sendable {
    /// The runtime posted a response of at most the payload limit.
    case response(body: [UInt8], contentType: String?)

    /// The invocation failed with this error JSON, posted by the runtime or made by the platform.
    case error(body: [UInt8])
}
