// SPDX-License-Identifier: Apache-2.0

/// The form of an IVS channel ARN: `arn:<partition>:ivs:<region>:<12-digit account>:channel/<id>`.
enum ChannelARN {
    static let expectedForm = "an IVS channel ARN such as arn:aws:ivs:us-west-2:123456789012:channel/AbCdEfGhIjKl"

    static let expectedList =
        "comma-separated IVS channel ARNs such as arn:aws:ivs:us-west-2:123456789012:channel/AbCdEfGhIjKl"

    /// Checks every part of the ARN, so nothing but these characters can reach the token's claim.
    static func isValid(_ value: String) -> Bool {
        let parts = value.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 6, parts[0] == "arn", parts[1].hasPrefix("aws"), parts[2] == "ivs" else {
            return false
        }
        let partition = parts[1].utf8.allSatisfy { isLowercaseLetter($0) || $0 == UInt8(ascii: "-") }
        let region =
            !parts[3].isEmpty
            && parts[3].utf8.allSatisfy { isLowercaseLetter($0) || isDigit($0) || $0 == UInt8(ascii: "-") }
        let account = parts[4].utf8.count == 12 && parts[4].utf8.allSatisfy(isDigit)
        guard partition, region, account, parts[5].hasPrefix("channel/") else { return false }
        return isValidID(parts[5].dropFirst("channel/".count))
    }

    /// Checks a bare channel id, the last part of the ARN: 1 to 128 letters and digits.
    static func isValidID(_ id: some StringProtocol) -> Bool {
        !id.isEmpty && id.utf8.count <= 128 && id.utf8.allSatisfy { isDigit($0) || isLetter($0) }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private static func isLowercaseLetter(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }

    private static func isLetter(_ byte: UInt8) -> Bool { isLowercaseLetter(byte) || (byte >= 0x41 && byte <= 0x5A) }
}
