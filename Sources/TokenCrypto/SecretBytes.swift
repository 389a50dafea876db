// SPDX-License-Identifier: Apache-2.0

import Glibc

/// Bytes of key material that are zeroed when released and never printed.
///
/// `description`, `debugDescription` and the mirror show only the length.
public final class SecretBytes: @unchecked Sendable {
    // Sendable because the bytes are written only while the instance is being built, before it is shared.
    private let storage: UnsafeMutableRawBufferPointer

    private init(storage: UnsafeMutableRawBufferPointer, count: Int) {
        self.storage = storage
        self.count = count
    }

    /// Creates `count` zero bytes.
    public convenience init(count: Int) {
        self.init(storage: Self.allocateZeroed(count), count: count)
    }

    /// Creates the bytes that `initializer` writes into `capacity` zero bytes, so that key material
    /// can be decoded straight into memory that is zeroed when released.
    ///
    /// `initializer` returns how many bytes it wrote, from 0 to `capacity`, and the rest stay zero.
    /// When it throws, the bytes are zeroed and released before the error is rethrown.
    public convenience init<Failure: Error>(
        capacity: Int,
        initializingWith initializer: (UnsafeMutableBufferPointer<UInt8>) throws(Failure) -> Int
    ) throws(Failure) {
        let storage = Self.allocateZeroed(capacity)
        let written: Int
        do throws(Failure) {
            let bytes = UnsafeMutableRawBufferPointer(rebasing: storage[..<capacity])
            written = try initializer(bytes.assumingMemoryBound(to: UInt8.self))
        } catch {
            Self.release(storage)
            throw error
        }
        precondition((0...capacity).contains(written), "the initializer wrote outside the capacity")
        self.init(storage: storage, count: written)
    }

    /// Copies `bytes`; the caller stays responsible for clearing its own copy.
    public convenience init(_ bytes: some Collection<UInt8>) {
        self.init(count: bytes.count)
        UnsafeMutableRawBufferPointer(rebasing: storage[..<bytes.count]).copyBytes(from: bytes)
    }

    deinit {
        Self.release(storage)
    }

    private static func allocateZeroed(_ count: Int) -> UnsafeMutableRawBufferPointer {
        let storage = UnsafeMutableRawBufferPointer.allocate(byteCount: max(count, 1), alignment: 16)
        storage.initializeMemory(as: UInt8.self, repeating: 0)
        return storage
    }

    private static func release(_ storage: UnsafeMutableRawBufferPointer) {
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
