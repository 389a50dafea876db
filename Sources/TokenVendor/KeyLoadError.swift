// SPDX-License-Identifier: Apache-2.0

/// A failure to obtain the signing key, returned to the caller as a JSON 5xx and never cached.
///
/// Every field is safe to return to the caller: it names the failure class, never the key, the secret
/// or credentials.
public struct KeyLoadError: Error, Equatable, CustomStringConvertible {
    /// The HTTP status of the response: 500, 502, 503 or 504.
    public let status: Int

    /// A short class name, such as `ResourceNotFoundException` or `InvalidKey`.
    public let errorType: String

    /// A sentence for operators.
    public let message: String

    /// Creates an error.
    public init(status: Int, errorType: String, message: String) {
        self.status = status
        self.errorType = errorType
        self.message = message
    }

    /// A one-line description.
    public var description: String { "\(errorType): \(message)" }
}
