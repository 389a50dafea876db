// SPDX-License-Identifier: Apache-2.0

import Testing
import TokenVendor

@Suite struct VendorConfigurationTests {
    @Test func defaultsApplyWhenOptionalVariablesAreAbsent() throws {
        let configuration = try VendorConfiguration(environment: Fixture.environment)

        #expect(configuration.channelARN == Fixture.channelARN)
        #expect(configuration.secretID == "ivs/playback-key")
        #expect(configuration.allowedOrigin == "*")
        #expect(configuration.tokenTTL == 172_800)
        #expect(configuration.keyCacheTTL == 300)
        #expect(configuration.secretVersionStage == nil)
    }

    @Test(arguments: [
        (["SECRET_ID": "k"], "CHANNEL_ARN is not set; expected an IVS channel ARN such as arn:aws:ivs:us-west-2:123456789012:channel/AbCdEfGhIjKl"),
        (["CHANNEL_ARN": "arn:aws:ivs:us-west-2:1234:channel/x", "SECRET_ID": "k"], "CHANNEL_ARN is invalid; expected an IVS channel ARN such as arn:aws:ivs:us-west-2:123456789012:channel/AbCdEfGhIjKl"),
        (["CHANNEL_ARN": "arn:aws:ivs:us-west-2:123456789012:channel/ab\"c", "SECRET_ID": "k"], "CHANNEL_ARN is invalid; expected an IVS channel ARN such as arn:aws:ivs:us-west-2:123456789012:channel/AbCdEfGhIjKl"),
        (["CHANNEL_ARN": Fixture.channelARN], "SECRET_ID is not set; expected the name or ARN of the key's secret"),
        (Fixture.environment.merging(["TOKEN_TTL": "0"]) { $1 }, "TOKEN_TTL is invalid; expected a whole number of seconds from 1 to 31536000"),
        (Fixture.environment.merging(["TOKEN_TTL": "1.5"]) { $1 }, "TOKEN_TTL is invalid; expected a whole number of seconds from 1 to 31536000"),
        (Fixture.environment.merging(["KEY_CACHE_TTL": "-1"]) { $1 }, "KEY_CACHE_TTL is invalid; expected a whole number of seconds from 1 to 86400"),
        (Fixture.environment.merging(["ALLOWED_ORIGINS": "watch.example.com"]) { $1 }, "ALLOWED_ORIGINS is invalid; expected * or comma-separated origins such as https://watch.example.com,https://*.example.com"),
        (Fixture.environment.merging(["ALLOWED_ORIGINS": "https://a.com/path"]) { $1 }, "ALLOWED_ORIGINS is invalid; expected * or comma-separated origins such as https://watch.example.com,https://*.example.com"),
    ])
    func invalidSettingFailsNamingVariable(environment: [String: String], message: String) {
        #expect(performing: { try VendorConfiguration(environment: environment) }, throws: { error in
            (error as? ConfigurationError)?.description == message
        })
    }
}
