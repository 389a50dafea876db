// SPDX-License-Identifier: Apache-2.0

/// The token vendor's settings, read from the function's environment and validated at initialisation.
public struct VendorConfiguration: Sendable, Equatable {
    /// The channels tokens may be vended for (`CHANNEL_ARN`, then `CHANNEL_ARNS`); the first is the
    /// default when a request names none.
    public var channelARNs: [String]

    /// The Secrets Manager secret holding the private key, by name or ARN (`SECRET_ID`).
    public var secretID: String

    /// The secret's staging label (`SECRET_VERSION_STAGE`); `nil` lets Secrets Manager use `AWSCURRENT`.
    public var secretVersionStage: String?

    /// The `aws:access-control-allow-origin` claim and CORS rule (`ALLOWED_ORIGINS`, default `*`).
    public var allowedOrigin: String

    /// Whether tokens carry `aws:strict-origin-enforcement: true` (`STRICT_ORIGIN`).
    public var strictOrigin: Bool

    /// The token lifetime in seconds (`TOKEN_TTL`, default 172800, two days); capped at 600 when the
    /// token names a viewer or is single-use, as IVS requires.
    public var tokenTTL: Int

    /// Whether requests without an authorizer identity get 401 (`REQUIRE_VIEWER`).
    public var requireViewer: Bool

    /// Whether tokens carry a random `aws:single-use-uuid` (`SINGLE_USE`).
    public var singleUse: Bool

    /// The `aws:maximum-resolution` claim: `SD`, `HD` or `FULL_HD` (`MAX_RESOLUTION`).
    public var maximumResolution: String?

    /// Playback URLs by channel ARN (`PLAYBACK_URLS`), for the `playbackUrl` response field.
    public var playbackURLs: [String: String]

    /// Mixed into derived viewer ids so they cannot be reversed by guessing identities (`VIEWER_ID_SALT`).
    public var viewerIDSalt: String

    /// How long a loaded key is reused before it is fetched again, in seconds (`KEY_CACHE_TTL`, default
    /// 300, the refresh interval the AWS Parameters and Secrets Lambda Extension uses).
    public var keyCacheTTL: Int

    /// The largest accepted `TOKEN_TTL`, one year.
    static let maximumTokenTTL = 365 * 24 * 3600

    /// The maximum lifetime IVS accepts for tokens with a viewer id or a single-use id, in seconds.
    static let restrictedTokenTTL = 600

    /// The maximum number of origins IVS accepts with strict origin enforcement.
    static let maximumStrictOrigins = 5

    /// Reads and validates the settings.
    /// - Throws: ``ConfigurationError`` naming the variable and the accepted form.
    public init(environment: [String: String]) throws(ConfigurationError) {
        let reader = EnvironmentReader(environment: environment)
        channelARNs = try reader.channelARNs()
        secretID = try reader.required("SECRET_ID", expected: "the name or ARN of the key's secret")
        secretVersionStage = reader.optional("SECRET_VERSION_STAGE")
        // Set but empty is an error, not `*`: an empty stack parameter must not open the endpoint to any origin.
        if environment["ALLOWED_ORIGINS"]?.isEmpty == true {
            throw .invalid("ALLOWED_ORIGINS", expected: OriginRule.expectedForm)
        }
        allowedOrigin = reader.optional("ALLOWED_ORIGINS") ?? "*"
        guard OriginRule.isValidSetting(allowedOrigin) else {
            throw .invalid("ALLOWED_ORIGINS", expected: OriginRule.expectedForm)
        }
        strictOrigin = try reader.flag("STRICT_ORIGIN")
        let originCount = allowedOrigin.split(separator: ",").count
        if strictOrigin && (allowedOrigin == "*" || originCount > Self.maximumStrictOrigins) {
            throw .invalid("ALLOWED_ORIGINS", expected: "1 to 5 explicit origins when STRICT_ORIGIN is true")
        }
        tokenTTL = try reader.seconds("TOKEN_TTL", default: 172_800, maximum: Self.maximumTokenTTL)
        requireViewer = try reader.flag("REQUIRE_VIEWER")
        singleUse = try reader.flag("SINGLE_USE")
        maximumResolution = try reader.resolution()
        playbackURLs = try reader.playbackURLs(channels: channelARNs)
        viewerIDSalt = reader.optional("VIEWER_ID_SALT") ?? ""
        keyCacheTTL = try reader.seconds("KEY_CACHE_TTL", default: 300, maximum: 86_400)
    }
}
