// SPDX-License-Identifier: Apache-2.0

/// Resolves the channel a request names against the allowed set.
struct ChannelSelector: Equatable {
    /// The channels tokens may be vended for; the first is the default.
    let allowedARNs: [String]

    /// The outcome of a request's channel choice.
    enum Choice: Equatable {
        case allowed(String)
        case invalid
        case notAllowed
    }

    /// Resolves `requested`, an ARN or a bare channel id, or picks the default when it is `nil`.
    func choose(_ requested: String?) -> Choice {
        guard let requested else { return .allowed(allowedARNs[0]) }
        if requested.hasPrefix("arn:") {
            guard ChannelARN.isValid(requested) else { return .invalid }
            return allowedARNs.contains(requested) ? .allowed(requested) : .notAllowed
        }
        guard ChannelARN.isValidID(requested) else { return .invalid }
        let suffix = ":channel/" + requested
        return allowedARNs.first { $0.hasSuffix(suffix) }.map(Choice.allowed) ?? .notAllowed
    }
}
