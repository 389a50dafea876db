// SPDX-License-Identifier: Apache-2.0

/// Reads and checks the variables that ``SecretsManagerConfiguration`` documents.
struct EnvironmentReader {
    private let environment: [String: String]

    init(_ environment: [String: String]) {
        self.environment = environment
    }

    /// Returns the value of `name`, treating an empty value as unset.
    func value(_ name: String) -> String? {
        guard let value = environment[name], !value.isEmpty else { return nil }
        return value
    }

    /// Returns `true` or `false` for a boolean variable, `false` when unset; case is ignored.
    func flag(_ name: String) throws(SecretsManagerConfigurationError) -> Bool {
        switch value(name)?.lowercased() {
        case nil, "false": false
        case "true": true
        default: throw .invalid(name, expected: "true or false")
        }
    }

    func sourceName() throws(SecretsManagerConfigurationError) -> String {
        let name = value("SECRETS_SOURCE")?.lowercased() ?? "api"
        guard name == "api" || name == "extension" else {
            throw .invalid("SECRETS_SOURCE", expected: "api or extension")
        }
        return name
    }

    func maxAttempts() throws(SecretsManagerConfigurationError) -> Int {
        guard let text = value("AWS_MAX_ATTEMPTS") else {
            return SecretsManagerConfiguration.defaultMaxAttempts
        }
        guard let count = Int(text), (1...100).contains(count) else {
            throw .invalid("AWS_MAX_ATTEMPTS", expected: "a whole number from 1 to 100")
        }
        return count
    }

    func region() throws(SecretsManagerConfigurationError) -> String {
        let name = value("AWS_REGION") == nil ? "AWS_DEFAULT_REGION" : "AWS_REGION"
        guard let region = value(name) else {
            throw .missing(
                "AWS_REGION",
                expected: "a region such as us-east-1 (or set AWS_DEFAULT_REGION)"
            )
        }
        let allowed = region.utf8.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: "-")
        }
        guard allowed, region.utf8.count <= 63, !region.hasPrefix("-"), !region.hasSuffix("-")
        else {
            throw .invalid(
                name,
                expected: "a region of lower-case letters, digits and hyphens, such as us-east-1"
            )
        }
        return region
    }

    func extensionPort() throws(SecretsManagerConfigurationError) -> Int {
        let name = "PARAMETERS_SECRETS_EXTENSION_HTTP_PORT"
        guard let text = value(name) else {
            return SecretsManagerConfiguration.defaultExtensionPort
        }
        guard let port = Int(text), (1...65535).contains(port) else {
            throw .invalid(name, expected: "a port number from 1 to 65535")
        }
        return port
    }

    func extensionToken() throws(SecretsManagerConfigurationError) -> String {
        guard let token = value("AWS_SESSION_TOKEN") else {
            throw .missing(
                "AWS_SESSION_TOKEN",
                expected: "the session token, which the extension requires"
            )
        }
        guard Self.isHeaderSafe(token) else {
            throw .invalid("AWS_SESSION_TOKEN", expected: "printable ASCII without spaces")
        }
        return token
    }

    /// Checks that `value` is printable ASCII without spaces, so it can go into a header intact.
    static func isHeaderSafe(_ value: String) -> Bool {
        value.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F }
    }
}
