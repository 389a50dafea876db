// SPDX-License-Identifier: Apache-2.0

/// The URL-safe base64 alphabet without padding (RFC 4648 section 5), as JWS uses it (RFC 7515 section 2).
public enum Base64URL {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    /// Appends the unpadded base64url encoding of `bytes` to `output`.
    public static func encode(_ bytes: some Collection<UInt8>, into output: inout [UInt8]) {
        output.reserveCapacity(output.count + (bytes.count * 4 + 2) / 3)
        var iterator = bytes.makeIterator()
        while let first = iterator.next() {
            let second = iterator.next()
            let third = iterator.next()
            let group = UInt32(first) << 16 | UInt32(second ?? 0) << 8 | UInt32(third ?? 0)
            output.append(alphabet[Int(group >> 18 & 0x3F)])
            output.append(alphabet[Int(group >> 12 & 0x3F)])
            if second != nil { output.append(alphabet[Int(group >> 6 & 0x3F)]) }
            if third != nil { output.append(alphabet[Int(group & 0x3F)]) }
        }
    }

    /// Returns the unpadded base64url encoding of `bytes`.
    public static func encode(_ bytes: some Collection<UInt8>) -> String {
        var output: [UInt8] = []
        encode(bytes, into: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Decodes unpadded base64url text, or returns `nil` when it contains other characters or has an invalid length.
    public static func decode(_ text: String) -> [UInt8]? {
        guard !text.isEmpty else { return [] }
        guard text.utf8.allSatisfy({ alphabet.contains($0) }) else { return nil }
        return Base64.decodeLeniently(text.utf8)
    }
}
