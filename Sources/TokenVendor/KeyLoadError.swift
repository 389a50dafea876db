// SPDX-License-Identifier: Apache-2.0

/// A failure to obtain the signing key, returned to the caller as a JSON 5xx and never cached.
///
/// No field contains the key, the secret or credentials. The caller receives `errorType` and
/// `message`. `detail` can name the secret's layout or the key's curve, so it goes only to the log.
public struct KeyLoadError: Error, Equatable, CustomStringConvertible {
    /// The HTTP status of the response: 500, 502, 503 or 504.
    public let status: Int

    /// A short class name, such as `ResourceNotFoundException` or `InvalidKey`.
    public let errorType: String

    /// A sentence for the caller that names no detail of the secret.
    public let message: String

    /// The reason for operators, logged and never returned, or `nil` when `message` is complete.
    public let detail: String?

    /// Creates an error.
    public init(status: Int, errorType: String, message: String, detail: String? = nil) {
        self.status = status
        self.errorType = errorType
        self.message = message
        self.detail = detail
    }

    /// A one-line description for logs, with the detail.
    public var description: String { "\(errorType): \(message)" + (detail.map { ": \($0)" } ?? "") }
}
