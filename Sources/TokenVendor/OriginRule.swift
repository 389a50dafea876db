// SPDX-License-Identifier: Apache-2.0

import JSONText

/// The form of the `ALLOWED_ORIGINS` setting: `*`, or comma-separated origins `scheme://host[:port]`
/// whose host may start with `*.`, as IVS accepts in `aws:access-control-allow-origin`.
enum OriginRule {
    static let expectedForm = "* or comma-separated origins such as https://watch.example.com,https://*.example.com"

    /// Checks the setting, so that only origin characters reach the token's claim.
    static func isValidSetting(_ value: String) -> Bool {
        if value == "*" { return true }
        let origins = value.split(separator: ",", omittingEmptySubsequences: false)
        return !origins.isEmpty && origins.allSatisfy { isValidOrigin($0) }
    }

    private static func isValidOrigin(_ origin: Substring) -> Bool {
        guard let separator = origin.firstRange(ofText: "://") else { return false }
        let scheme = origin[..<separator.lowerBound]
        var host = origin[separator.upperBound...]
        guard scheme == "https" || scheme == "http", !host.isEmpty else { return false }
        if host.hasPrefix("*.") { host = host.dropFirst(2) }
        return !host.isEmpty && host.utf8.allSatisfy(isHostByte)
    }

    /// Returns whether `byte` may appear in an origin's host and port: letters, digits, `-`, `.` and `:`.
    static func isHostByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "A")...UInt8(ascii: "Z"):
            true
        case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: ":"):
            true
        default:
            false
        }
    }
}
