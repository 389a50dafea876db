// SPDX-License-Identifier: Apache-2.0

/// The token vendor's settings, read from the function's environment and validated at initialisation.
public struct VendorConfiguration: Sendable, Equatable {
    /// The channel whose tokens are vended (`CHANNEL_ARN`).
    public var channelARN: String

    /// The Secrets Manager secret holding the private key, by name or ARN (`SECRET_ID`).
    public var secretID: String

    /// The secret's staging label (`SECRET_VERSION_STAGE`); `nil` lets Secrets Manager use `AWSCURRENT`.
    public var secretVersionStage: String?

    /// The `aws:access-control-allow-origin` claim and CORS origin (`ALLOWED_ORIGINS`, default `*`).
    public var allowedOrigin: String

    /// The token lifetime in seconds (`TOKEN_TTL`, default 172800, two days).
    public var tokenTTL: Int

    /// How long a loaded key is reused before it is fetched again, in seconds (`KEY_CACHE_TTL`, default
    /// 300, the refresh interval the AWS Parameters and Secrets Lambda Extension uses).
    public var keyCacheTTL: Int

    /// The largest accepted `TOKEN_TTL`, one year; a longer-lived token outlives any sensible key rotation.
    static let maximumTokenTTL = 365 * 24 * 3600

    /// Reads and validates the settings.
    /// - Throws: ``ConfigurationError`` naming the variable and the accepted form.
    public init(environment: [String: String]) throws(ConfigurationError) {
        channelARN = try Self.required("CHANNEL_ARN", in: environment, expected: ChannelARN.expectedForm)
        guard ChannelARN.isValid(channelARN) else {
            throw .invalid("CHANNEL_ARN", expected: ChannelARN.expectedForm)
        }
        secretID = try Self.required("SECRET_ID", in: environment, expected: "the name or ARN of the key's secret")
        secretVersionStage = environment["SECRET_VERSION_STAGE"].flatMap { $0.isEmpty ? nil : $0 }
        allowedOrigin = environment["ALLOWED_ORIGINS"].flatMap { $0.isEmpty ? nil : $0 } ?? "*"
        guard OriginRule.isValidSetting(allowedOrigin) else {
            throw .invalid("ALLOWED_ORIGINS", expected: OriginRule.expectedForm)
        }
        tokenTTL = try Self.seconds("TOKEN_TTL", in: environment, default: 172_800, maximum: Self.maximumTokenTTL)
        keyCacheTTL = try Self.seconds("KEY_CACHE_TTL", in: environment, default: 300, maximum: 86_400)
    }

    private static func required(_ name: String, in environment: [String: String], expected: String)
        throws(ConfigurationError) -> String
    {
        guard let value = environment[name], !value.isEmpty else {
            throw .missing(name, expected: expected)
        }
        return value
    }

    private static func seconds(_ name: String, in environment: [String: String], default value: Int, maximum: Int)
        throws(ConfigurationError) -> Int
    {
        guard let text = environment[name], !text.isEmpty else { return value }
        guard let seconds = Int(text), seconds >= 1, seconds <= maximum else {
            throw .invalid(name, expected: "a whole number of seconds from 1 to \(maximum)")
        }
        return seconds
    }
}
