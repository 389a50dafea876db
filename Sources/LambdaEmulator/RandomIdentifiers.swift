// SPDX-License-Identifier: Apache-2.0

import FoundationEssentials
import Glibc

/// Random identifiers shaped like the ones AWS hands out: request IDs, trace IDs, credentials.
public enum RandomIdentifiers {
    /// Returns a lower-case UUID, the shape of a Lambda request ID.
    public static func requestID() -> String {
        UUID().uuidString.lowercased()
    }

    /// Returns an X-Ray trace header `Root=1-<epoch hex>-<24 hex>;Parent=<16 hex>;Sampled=0`.
    public static func traceID() -> String {
        let epochSeconds = MonotonicInstant.epochMilliseconds() / 1000
        let root = "1-\(String(epochSeconds, radix: 16))-\(hex(count: 24))"
        return "Root=\(root);Parent=\(hex(count: 16));Sampled=0"
    }

    /// Returns `count` random lower-case hexadecimal digits.
    public static func hex(count: Int) -> String {
        text(count: count, alphabet: Array("0123456789abcdef"))
    }

    /// Returns `count` random characters from upper-case letters and digits, as in access key IDs.
    public static func upperAlphanumeric(count: Int) -> String {
        text(count: count, alphabet: Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))
    }

    /// Returns `count` random characters from the base64 alphabet, as in secret keys and tokens.
    public static func base64Like(count: Int) -> String {
        text(count: count, alphabet: Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"))
    }

    private static func text(count: Int, alphabet: [Character]) -> String {
        var generator = SystemRandomNumberGenerator()
        return String((0..<count).map { _ in alphabet.randomElement(using: &generator)! })
    }
}
