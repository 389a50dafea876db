// SPDX-License-Identifier: Apache-2.0

/// The form of the `ALLOWED_ORIGIN` setting: `*`, or comma-separated origins `scheme://host[:port]`
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
        guard let separator = origin.range(of: "://") else { return false }
        let scheme = origin[..<separator.lowerBound]
        var host = origin[separator.upperBound...]
        guard scheme == "https" || scheme == "http", !host.isEmpty else { return false }
        if host.hasPrefix("*.") { host = host.dropFirst(2) }
        return !host.isEmpty && host.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":")
        }
    }
}
