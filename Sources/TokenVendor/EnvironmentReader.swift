// SPDX-License-Identifier: Apache-2.0

/// Reads typed settings from the environment, throwing ``ConfigurationError`` in one wording.
struct EnvironmentReader {
    let environment: [String: String]

    func optional(_ name: String) -> String? {
        environment[name].flatMap { $0.isEmpty ? nil : $0 }
    }

    func required(_ name: String, expected: String) throws(ConfigurationError) -> String {
        guard let value = optional(name) else { throw .missing(name, expected: expected) }
        return value
    }

    func flag(_ name: String) throws(ConfigurationError) -> Bool {
        switch optional(name)?.lowercased() {
        case nil, "false": return false
        case "true": return true
        default: throw .invalid(name, expected: "true or false")
        }
    }

    func seconds(_ name: String, default value: Int, maximum: Int) throws(ConfigurationError) -> Int {
        guard let text = optional(name) else { return value }
        guard let seconds = Int(text), seconds >= 1, seconds <= maximum else {
            throw .invalid(name, expected: "a whole number of seconds from 1 to \(maximum)")
        }
        return seconds
    }

    /// Reads `CHANNEL_ARN` and the comma-separated `CHANNEL_ARNS`; at least one must be set.
    func channelARNs() throws(ConfigurationError) -> [String] {
        var arns: [String] = []
        if let single = optional("CHANNEL_ARN") {
            guard ChannelARN.isValid(single) else { throw .invalid("CHANNEL_ARN", expected: ChannelARN.expectedForm) }
            arns.append(single)
        }
        for entry in (optional("CHANNEL_ARNS") ?? "").split(separator: ",") {
            let arn = Self.trimmed(entry)
            guard ChannelARN.isValid(arn) else {
                throw .invalid("CHANNEL_ARNS", expected: ChannelARN.expectedList)
            }
            if !arns.contains(arn) { arns.append(arn) }
        }
        guard !arns.isEmpty else { throw .missing("CHANNEL_ARN", expected: ChannelARN.expectedForm) }
        return arns
    }

    func resolution() throws(ConfigurationError) -> String? {
        guard let value = optional("MAX_RESOLUTION") else { return nil }
        let upper = value.uppercased()
        guard ["SD", "HD", "FULL_HD"].contains(upper) else {
            throw .invalid("MAX_RESOLUTION", expected: "SD, HD or FULL_HD")
        }
        return upper
    }

    /// Reads `PLAYBACK_URLS`: comma-separated `<channel ARN or id>=<https URL>` pairs, one per channel.
    /// A URL with a `#fragment` is rejected, because the appended `?token=` would land in the fragment,
    /// which players never send.
    func playbackURLs(channels: [String]) throws(ConfigurationError) -> [String: String] {
        let expected =
            "comma-separated <channel ARN or id>=https://… pairs for channels in CHANNEL_ARN or CHANNEL_ARNS"
        var result: [String: String] = [:]
        for pair in (optional("PLAYBACK_URLS") ?? "").split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1).map(Self.trimmed)
            guard parts.count == 2, parts[1].hasPrefix("https://"), !parts[1].contains(where: \.isWhitespace),
                !parts[1].contains("#"),
                case .allowed(let arn) = ChannelSelector(allowedARNs: channels).choose(parts[0]), result[arn] == nil
            else {
                throw .invalid("PLAYBACK_URLS", expected: expected)
            }
            result[arn] = parts[1]
        }
        return result
    }

    private static func trimmed(_ text: Substring) -> String {
        String(text.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
