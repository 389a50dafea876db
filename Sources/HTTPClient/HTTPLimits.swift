// SPDX-License-Identifier: Apache-2.0

/// Limits applied to one ``HTTPClient/send(_:limits:)`` call.
public struct HTTPLimits: Sendable {
    /// The time allowed to establish the connection, or `nil` for libcurl's default of 300 seconds.
    public var connectTimeout: Duration?

    /// The time allowed for the whole transfer, or `nil` for no limit.
    public var totalTimeout: Duration?

    /// The largest response body accepted; a longer one fails with ``HTTPClientError/responseTooLarge``.
    public var maximumResponseBytes: Int

    /// Creates limits.
    public init(connectTimeout: Duration? = nil, totalTimeout: Duration? = nil, maximumResponseBytes: Int) {
        self.connectTimeout = connectTimeout
        self.totalTimeout = totalTimeout
        self.maximumResponseBytes = maximumResponseBytes
    }
}
