// SPDX-License-Identifier: Apache-2.0

extension EnvironmentReader {
    /// Returns the configured endpoint override if any applies, else the regional endpoint.
    func endpoint(region: String) throws(SecretsManagerConfigurationError) -> EndpointURL {
        if try !flag("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS") {
            for name in ["AWS_ENDPOINT_URL_SECRETS_MANAGER", "AWS_ENDPOINT_URL"] {
                guard let text = value(name) else { continue }
                guard let url = EndpointURL(text), !url.target.contains("?") else {
                    throw .invalid(
                        name,
                        expected: "an http or https URL such as https://host[:port][/path]"
                    )
                }
                return url
            }
        }

        let service = try flag("AWS_USE_FIPS_ENDPOINT") ? "secretsmanager-fips" : "secretsmanager"
        let suffix = region.hasPrefix("cn-") ? "amazonaws.com.cn" : "amazonaws.com"
        guard let url = EndpointURL("https://\(service).\(region).\(suffix)") else {
            throw .invalid("AWS_REGION", expected: "a region that forms a valid host name")
        }
        return url
    }
}
