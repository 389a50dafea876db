// SPDX-License-Identifier: Apache-2.0

/// One event received from `/next`: its metadata and the event bytes.
public struct Invocation: Sendable {
    /// The validated headers.
    public let metadata: InvocationMetadata

    /// The event payload as received.
    public let event: [UInt8]

    /// Creates an invocation.
    public init(metadata: InvocationMetadata, event: [UInt8]) {
        self.metadata = metadata
        self.event = event
    }
}
