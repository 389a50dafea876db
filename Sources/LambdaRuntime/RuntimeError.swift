// SPDX-License-Identifier: Apache-2.0

/// A failure of the Runtime API conversation itself, after which the runtime exits.
public struct RuntimeError: Error, Equatable, CustomStringConvertible {
    private enum Code: Equatable {
        case missingRequestIDHeader
        case invalidDeadlineHeader
        case missingFunctionARNHeader
        case missingEndpoint
        case unexpectedStatus(path: String, status: Int)
        case transport(path: String, message: String)
    }

    private let code: Code

    /// Thrown when a `/next` response has no usable `Lambda-Runtime-Aws-Request-Id`.
    public static let missingRequestIDHeader = Self(code: .missingRequestIDHeader)

    /// Thrown when a `/next` response has no numeric `Lambda-Runtime-Deadline-Ms`.
    public static let invalidDeadlineHeader = Self(code: .invalidDeadlineHeader)

    /// Thrown when a `/next` response has no `Lambda-Runtime-Invoked-Function-Arn`.
    public static let missingFunctionARNHeader = Self(code: .missingFunctionARNHeader)

    /// Thrown when `AWS_LAMBDA_RUNTIME_API` is not set.
    public static let missingEndpoint = Self(code: .missingEndpoint)

    /// Thrown when the Runtime API responds to `path` with a status the runtime cannot continue after.
    public static func unexpectedStatus(path: String, status: Int) -> Self {
        Self(code: .unexpectedStatus(path: path, status: status))
    }

    /// Thrown when no HTTP response came back for `path`.
    public static func transport(path: String, message: String) -> Self {
        Self(code: .transport(path: path, message: message))
    }

    /// A one-line description naming the path and status, never a payload.
    public var description: String {
        switch code {
        case .missingRequestIDHeader:
            "the Runtime API sent an event without a valid \(RuntimeAPI.Header.requestID) header"
        case .invalidDeadlineHeader:
            "the Runtime API sent an event without a numeric \(RuntimeAPI.Header.deadline) header"
        case .missingFunctionARNHeader:
            "the Runtime API sent an event without a \(RuntimeAPI.Header.invokedFunctionARN) header"
        case .missingEndpoint:
            "\(RuntimeAPI.endpointVariable) is not set; it must hold the Runtime API's host:port"
        case .unexpectedStatus(let path, let status):
            "the Runtime API answered \(path) with HTTP \(status)"
        case .transport(let path, let message):
            "the Runtime API could not be reached for \(path): \(message)"
        }
    }
}
