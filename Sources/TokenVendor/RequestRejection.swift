// SPDX-License-Identifier: Apache-2.0

/// A token request rejected with a 4xx before the key is touched.
struct RequestRejection: Error, Equatable {
    /// The HTTP status.
    let status: Int

    /// The `error` field of the body.
    let errorType: String

    /// The `message` field of the body.
    let message: String

    /// Thrown when the body is over ``TokenRequest/maximumBodyBytes``.
    static let bodyTooLarge = Self(
        status: 413,
        errorType: "PayloadTooLarge",
        message: "the request body is over 16 KiB"
    )

    /// Thrown when the body is not a JSON object with an optional string `channel`.
    static let invalidBody = Self(
        status: 400,
        errorType: "InvalidBody",
        message: "the body must be a JSON object with an optional string 'channel'"
    )

    /// Thrown when `channel` is neither a channel ARN nor a channel id.
    static let invalidChannel = Self(
        status: 400,
        errorType: "InvalidChannel",
        message: "channel must be an IVS channel ARN or channel id"
    )

    /// Thrown when the channel is not in `CHANNEL_ARN` or `CHANNEL_ARNS`.
    static let channelNotAllowed = Self(
        status: 403,
        errorType: "ChannelNotAllowed",
        message: "tokens are not vended for this channel"
    )

    /// Thrown when `REQUIRE_VIEWER` is set and no authorizer identity came with the request.
    static let viewerRequired = Self(
        status: 401,
        errorType: "ViewerRequired",
        message: "an authorizer identity is required"
    )
}
