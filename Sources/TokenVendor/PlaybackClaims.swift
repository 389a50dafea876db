// SPDX-License-Identifier: Apache-2.0

import JSONText
import LambdaRuntime

/// The claims of an IVS playback token.
///
/// Source: https://docs.aws.amazon.com/ivs/latest/LowLatencyUserGuide/private-channels-generate-tokens.html
struct PlaybackClaims: Equatable {
    /// `aws:channel-arn`: the channel the token plays.
    var channelARN: String

    /// `aws:access-control-allow-origin`: the origins allowed to play, `*` for any.
    var allowedOrigin: String

    /// `aws:strict-origin-enforcement`, written only when true.
    var strictOrigin = false

    /// `aws:viewer-id`, at most 40 characters.
    var viewerID: String?

    /// `aws:viewer-session-version`, written only with a viewer id.
    var viewerSessionVersion: Int64?

    /// `aws:single-use-uuid`.
    var singleUseID: String?

    /// `aws:maximum-resolution`: `SD`, `HD` or `FULL_HD`.
    var maximumResolution: String?

    /// `exp`: the expiry in whole seconds since the Unix epoch (a JWT NumericDate, RFC 7519 section 2).
    var expiresAt: Int

    /// Returns the claims as compact JSON with `exp` last.
    func json() -> [UInt8] {
        var output: [UInt8] = Array("{\"aws:channel-arn\":".utf8)
        JSONString.append(channelARN, to: &output)
        output += Array(",\"aws:access-control-allow-origin\":".utf8)
        JSONString.append(allowedOrigin, to: &output)
        if strictOrigin {
            output += Array(",\"aws:strict-origin-enforcement\":true".utf8)
        }
        if let viewerID {
            output += Array(",\"aws:viewer-id\":".utf8)
            JSONString.append(viewerID, to: &output)
            if let viewerSessionVersion {
                output += Array(",\"aws:viewer-session-version\":\(viewerSessionVersion)".utf8)
            }
        }
        if let singleUseID {
            output += Array(",\"aws:single-use-uuid\":".utf8)
            JSONString.append(singleUseID, to: &output)
        }
        if let maximumResolution {
            output += Array(",\"aws:maximum-resolution\":".utf8)
            JSONString.append(maximumResolution, to: &output)
        }
        output += Array(",\"exp\":\(expiresAt)}".utf8)
        return output
    }
}
