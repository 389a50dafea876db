// SPDX-License-Identifier: Apache-2.0

import Testing
import TokenVendor

let expectedARN = "an IVS channel ARN such as arn:aws:ivs:us-west-2:123456789012:channel/AbCdEfGhIjKl"

let expectedPlaybackURLs =
    "comma-separated <channel ARN or id>=https://… pairs for channels in CHANNEL_ARN or CHANNEL_ARNS"
let expectedOrigins = "* or comma-separated origins such as https://watch.example.com,https://*.example.com"

@Suite struct VendorConfigurationTests {
    @Test func defaultsApplyWhenOptionalVariablesAreAbsent() throws {
        let configuration = try VendorConfiguration(environment: Fixture.environment)

        #expect(configuration.channelARNs == [Fixture.channelARN])
        #expect(configuration.secretID == "ivs/playback-key")
        #expect(configuration.allowedOrigin == "*")
        #expect(configuration.tokenTTL == 172_800)
        #expect(configuration.keyCacheTTL == 300)
        #expect(configuration.secretVersionStage == nil)
        #expect(configuration.strictOrigin == false)
        #expect(configuration.requireViewer == false)
        #expect(configuration.singleUse == false)
        #expect(configuration.maximumResolution == nil)
        #expect(configuration.playbackURLs == [:])
    }

    @Test func channelListAndPlaybackURLsAreRead() throws {
        let second = "arn:aws:ivs:us-west-2:123456789012:channel/ZyXwVuTsRqPo"
        let configuration = try VendorConfiguration(
            environment: Fixture.environment.merging([
                "CHANNEL_ARNS": " \(Fixture.channelARN) , \(second)",
                "PLAYBACK_URLS": "ZyXwVuTsRqPo=https://abc.us-west-2.playback.live-video.net/api/video/v1/x.m3u8",
                "MAX_RESOLUTION": "full_hd",
            ]) { $1 }
        )

        #expect(configuration.channelARNs == [Fixture.channelARN, second])
        #expect(
            configuration.playbackURLs == [second: "https://abc.us-west-2.playback.live-video.net/api/video/v1/x.m3u8"]
        )
        #expect(configuration.maximumResolution == "FULL_HD")
    }

    @Test(arguments: [
        (
            ["SECRET_ID": "k"],
            "CHANNEL_ARN is not set; expected " + expectedARN
        ),
        (
            ["CHANNEL_ARN": "arn:aws:ivs:us-west-2:1234:channel/x", "SECRET_ID": "k"],
            "CHANNEL_ARN is invalid; expected " + expectedARN
        ),
        (
            ["CHANNEL_ARN": "arn:aws:ivs:us-west-2:123456789012:channel/ab\"c", "SECRET_ID": "k"],
            "CHANNEL_ARN is invalid; expected " + expectedARN
        ),
        (["CHANNEL_ARN": Fixture.channelARN], "SECRET_ID is not set; expected the name or ARN of the key's secret"),
        (
            Fixture.environment.merging(["CHANNEL_ARNS": "arn:aws:ivs:us-west-2:123456789012:stage/x"]) { $1 },
            "CHANNEL_ARNS is invalid; expected comma-separated IVS channel ARNs such as "
                + "arn:aws:ivs:us-west-2:123456789012:channel/AbCdEfGhIjKl"
        ),
        (
            Fixture.environment.merging(["MAX_RESOLUTION": "4K"]) { $1 },
            "MAX_RESOLUTION is invalid; expected SD, HD or FULL_HD"
        ),
        (
            Fixture.environment.merging(["REQUIRE_VIEWER": "yes"]) { $1 },
            "REQUIRE_VIEWER is invalid; expected true or false"
        ),
        (
            Fixture.environment.merging(["STRICT_ORIGIN": "true"]) { $1 },
            "ALLOWED_ORIGINS is invalid; expected 1 to 5 explicit origins when STRICT_ORIGIN is true"
        ),
        (
            Fixture.environment.merging([
                "STRICT_ORIGIN": "true",
                "ALLOWED_ORIGINS":
                    "https://a.com,https://b.com,https://c.com,https://d.com,https://e.com,https://f.com",
            ]) { $1 }, "ALLOWED_ORIGINS is invalid; expected 1 to 5 explicit origins when STRICT_ORIGIN is true"
        ),
        (
            Fixture.environment.merging(["PLAYBACK_URLS": "AbCdEfGhIjKl=https://x.example.com/a.m3u8#top"]) { $1 },
            "PLAYBACK_URLS is invalid; expected " + expectedPlaybackURLs
        ),
        (
            Fixture.environment.merging([
                "PLAYBACK_URLS": "AbCdEfGhIjKl=https://x.example.com/a.m3u8,AbCdEfGhIjKl=https://y.example.com/b.m3u8"
            ]) { $1 },
            "PLAYBACK_URLS is invalid; expected " + expectedPlaybackURLs
        ),
        (
            Fixture.environment.merging(["ALLOWED_ORIGINS": ""]) { $1 },
            "ALLOWED_ORIGINS is invalid; expected " + expectedOrigins
        ),
        (
            Fixture.environment.merging(["PLAYBACK_URLS": "otherChannel=https://x.example.com/a.m3u8"]) { $1 },
            "PLAYBACK_URLS is invalid; expected " + expectedPlaybackURLs
        ),
        (
            Fixture.environment.merging(["PLAYBACK_URLS": "AbCdEfGhIjKl=http://x.example.com/a.m3u8"]) { $1 },
            "PLAYBACK_URLS is invalid; expected " + expectedPlaybackURLs
        ),
        (
            Fixture.environment.merging(["TOKEN_TTL": "0"]) { $1 },
            "TOKEN_TTL is invalid; expected a whole number of seconds from 1 to 31536000"
        ),
        (
            Fixture.environment.merging(["TOKEN_TTL": "1.5"]) { $1 },
            "TOKEN_TTL is invalid; expected a whole number of seconds from 1 to 31536000"
        ),
        (
            Fixture.environment.merging(["KEY_CACHE_TTL": "-1"]) { $1 },
            "KEY_CACHE_TTL is invalid; expected a whole number of seconds from 1 to 86400"
        ),
        (
            Fixture.environment.merging(["ALLOWED_ORIGINS": "watch.example.com"]) { $1 },
            "ALLOWED_ORIGINS is invalid; expected " + expectedOrigins
        ),
        (
            Fixture.environment.merging(["ALLOWED_ORIGINS": "https://a.com/path"]) { $1 },
            "ALLOWED_ORIGINS is invalid; expected " + expectedOrigins
        ),
    ])
    func invalidSettingFailsNamingVariable(environment: [String: String], message: String) {
        #expect(
            performing: { try VendorConfiguration(environment: environment) },
            throws: { error in
                (error as? ConfigurationError)?.description == message
            }
        )
    }
}
