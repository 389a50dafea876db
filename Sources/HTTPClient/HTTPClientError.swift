// SPDX-License-Identifier: Apache-2.0

/// A transfer that did not produce an HTTP response.
///
/// Descriptions name the failure and libcurl's code, never request headers or bodies, so they are safe
/// to log and to show the invoker.
public struct HTTPClientError: Error, Equatable, CustomStringConvertible {
    private enum Code: Equatable {
        case couldNotConnect
        case timedOut
        case responseTooLarge
        case transferFailed
        case setupFailed
    }

    private let code: Code

    /// libcurl's `CURLcode`, or 0 when the failure did not come from a transfer.
    public let curlCode: Int32

    /// libcurl's text for the code.
    public let curlMessage: String

    init(curlCode: Int32, curlMessage: String, isConnectFailure: Bool, isTimeout: Bool, isTooLarge: Bool) {
        if isTooLarge {
            code = .responseTooLarge
        } else if isTimeout {
            code = .timedOut
        } else if isConnectFailure {
            code = .couldNotConnect
        } else {
            code = .transferFailed
        }
        self.curlCode = curlCode
        self.curlMessage = curlMessage
    }

    private init(code: Code, message: String) {
        self.code = code
        curlCode = 0
        curlMessage = message
    }

    /// Thrown when libcurl could not create or configure a handle.
    static func setupFailed(_ message: String) -> Self {
        Self(code: .setupFailed, message: message)
    }

    /// Thrown when the connection was refused or the host could not be reached.
    public static let couldNotConnect = Self(code: .couldNotConnect, message: "")

    /// Thrown when the connect or total timeout expired.
    public static let timedOut = Self(code: .timedOut, message: "")

    /// Thrown when the body exceeded ``HTTPLimits/maximumResponseBytes``.
    public static let responseTooLarge = Self(code: .responseTooLarge, message: "")

    /// Whether the connection could not be established.
    public var isConnectFailure: Bool { code == .couldNotConnect }

    /// Whether a timeout expired.
    public var isTimeout: Bool { code == .timedOut }

    /// Whether the response body was over the limit.
    public var isResponseTooLarge: Bool { code == .responseTooLarge }

    /// Compares the failure class only, so tests can match on the static members.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.code == rhs.code
    }

    /// A one-line description without request data.
    public var description: String {
        let summary =
            switch code {
            case .couldNotConnect: "could not connect"
            case .timedOut: "timed out"
            case .responseTooLarge: "response body too large"
            case .transferFailed: "transfer failed"
            case .setupFailed: "libcurl setup failed"
            }
        return curlCode == 0 ? "\(summary): \(curlMessage)" : "\(summary) (curl error \(curlCode): \(curlMessage))"
    }
}
