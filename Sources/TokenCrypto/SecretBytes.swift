// SPDX-License-Identifier: Apache-2.0

import Glibc

/// Bytes of key material that are zeroed when released and never printed.
///
/// `description`, `debugDescription` and the mirror show only the length.
public final class SecretBytes: @unchecked Sendable {
    // Sendable because the bytes are written only while the instance is being built, before it is shared.
    private let storage: UnsafeMutableRawBufferPointer

    /// Creates `count` zero bytes.
    public init(count: Int) {
        storage = .allocate(byteCount: max(count, 1), alignment: 16)
        storage.initializeMemory(as: UInt8.self, repeating: 0)
        self.count = count
    }

    /// Copies `bytes`; the caller stays responsible for clearing its own copy.
    public convenience init(_ bytes: some Collection<UInt8>) {
        self.init(count: bytes.count)
        UnsafeMutableRawBufferPointer(rebasing: storage[..<bytes.count]).copyBytes(from: bytes)
    }

    deinit {
        explicit_bzero(storage.baseAddress!, storage.count)
        storage.deallocate()
    }

    /// The number of bytes.
    public let count: Int

    /// Calls `body` with the bytes, which must not escape it.
    public func withUnsafeBytes<Result, Failure>(
        _ body: (UnsafeRawBufferPointer) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        try body(UnsafeRawBufferPointer(rebasing: storage[..<count]))
    }

    func withUnsafeMutableBytes<Result>(_ body: (UnsafeMutableRawBufferPointer) -> Result) -> Result {
        body(UnsafeMutableRawBufferPointer(rebasing: storage[..<count]))
    }
}

extension SecretBytes: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// A redacted rendering that gives only the length.
    public var description: String { "SecretBytes(redacted, \(count) bytes)" }

    /// The same redacted rendering as ``description``.
    public var debugDescription: String { description }

    /// A mirror without children, so `dump` shows nothing of the bytes.
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}
