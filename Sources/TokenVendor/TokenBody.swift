// SPDX-License-Identifier: Apache-2.0

import JSONText
import LambdaRuntime

/// The JSON bodies of the vendor's responses.
enum TokenBody {
    /// Returns `{"token":…,"expiresAt":…,"channelArn":…}` with `expiresAt` in ISO 8601 UTC, and
    /// `"playbackUrl":"<url>?token=<jwt>"` when the channel's playback URL is known.
    static func json(token: String, claims: PlaybackClaims, playbackURL: String?) -> String {
        var output: [UInt8] = Array("{\"token\":".utf8)
        JSONString.append(token, to: &output)
        output += Array(",\"expiresAt\":\"\(iso8601(seconds: claims.expiresAt))\",\"channelArn\":".utf8)
        JSONString.append(claims.channelARN, to: &output)
        if let playbackURL {
            output += Array(",\"playbackUrl\":".utf8)
            let separator = playbackURL.contains("?") ? "&" : "?"
            JSONString.append(playbackURL + separator + "token=" + token, to: &output)
        }
        output.append(UInt8(ascii: "}"))
        return String(decoding: output, as: UTF8.self)
    }

    /// Returns `{"error":…,"message":…,"requestId":…}`.
    static func errorJSON(type: String, message: String, requestID: String) -> String {
        var output: [UInt8] = Array("{\"error\":".utf8)
        JSONString.append(type, to: &output)
        output += Array(",\"message\":".utf8)
        JSONString.append(message, to: &output)
        output += Array(",\"requestId\":".utf8)
        JSONString.append(requestID, to: &output)
        output.append(UInt8(ascii: "}"))
        return String(decoding: output, as: UTF8.self)
    }

    /// Formats whole seconds since the epoch as `2026-12-06T15:04:05Z`.
    static func iso8601(seconds: Int) -> String {
        let withMilliseconds = Timestamp.iso8601(millisecondsSinceEpoch: Int64(seconds) * 1000)
        return String(withMilliseconds.dropLast(5)) + "Z"
    }
}
