// SPDX-License-Identifier: Apache-2.0

/// The result a synchronous caller of one invocation receives.
public struct InvocationResult: Sendable {
    /// The outcome: a response, a failure, or an event rejected before it ran.
    public enum Kind: Sendable, Equatable {
        /// The function posted a response.
        case response
        /// The invocation failed; the payload is Lambda's error JSON.
        case functionError
        /// The event was over the payload limit, so the function was not started.
        case requestTooLarge
    }

    /// The invocation's request ID.
    public var requestID: String

    /// The outcome.
    public var kind: Kind

    /// The response bytes, or the error JSON for any other kind.
    public var payload: [UInt8]

    /// The response's content type as the runtime posted it, if any.
    public var contentType: String?

    /// Milliseconds from hand-out to the result, or 0 when the event never reached the function.
    public var durationMilliseconds: Double

    /// Milliseconds from process start to its first `/next`, when this invocation started the process.
    public var initDurationMilliseconds: Double? = nil

    /// The `errorType` of the error JSON, or `nil` for a response.
    public var errorType: String? {
        errorField("errorType")
    }

    /// The `errorMessage` of the error JSON, or `nil` for a response.
    public var errorMessage: String? {
        errorField("errorMessage")
    }

    private func errorField(_ name: String) -> String? {
        guard kind != .response else { return nil }
        return JSONValue.parse(payload)?.objectValue?[name]?.stringValue
    }
}
