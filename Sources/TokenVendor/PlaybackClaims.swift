// SPDX-License-Identifier: Apache-2.0

import LambdaRuntime

/// The claims of an IVS playback token.
///
/// Source: https://docs.aws.amazon.com/ivs/latest/LowLatencyUserGuide/private-channels-generate-tokens.html
struct PlaybackClaims: Equatable {
    /// `aws:channel-arn`: the channel the token plays.
    var channelARN: String

    /// `aws:access-control-allow-origin`: the origins allowed to play, `*` for any.
    var allowedOrigin: String

    /// `exp`: the expiry in whole seconds since the Unix epoch (a JWT NumericDate, RFC 7519 section 2).
    var expiresAt: Int

    /// Returns the claims as compact JSON with `exp` last.
    func json() -> [UInt8] {
        var output: [UInt8] = Array("{\"aws:channel-arn\":".utf8)
        JSONString.append(channelARN, to: &output)
        output += Array(",\"aws:access-control-allow-origin\":".utf8)
        JSONString.append(allowedOrigin, to: &output)
        output += Array(",\"exp\":\(expiresAt)}".utf8)
        return output
    }
}
