// SPDX-License-Identifier: Apache-2.0

/// Settings for ``SecretsManagerClient``, read from a Lambda-style environment.
///
/// Variables read, all optional unless noted:
/// - `SECRETS_SOURCE`: `api` (the default) calls Secrets Manager's `GetSecretValue` over HTTPS with
///   SigV4; `extension` reads through the AWS Parameters and Secrets Lambda Extension on
///   `127.0.0.1:$PARAMETERS_SECRETS_EXTENSION_HTTP_PORT` (default 2773), authenticated by
///   `AWS_SESSION_TOKEN`, which is then required.
/// - `AWS_REGION`, else `AWS_DEFAULT_REGION`: required for `api`; the signing region and the
///   endpoint's.
/// - `AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY` (both or neither), `AWS_SESSION_TOKEN`; when
///   neither key is set, the container credentials provider:
///   `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI` or `AWS_CONTAINER_CREDENTIALS_FULL_URI`, with
///   `AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE` or `AWS_CONTAINER_AUTHORIZATION_TOKEN`.
/// - `AWS_ENDPOINT_URL_SECRETS_MANAGER`, else `AWS_ENDPOINT_URL`: `scheme://host[:port][/path]`,
///   both ignored when `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS` is `true`. Otherwise the endpoint is
///   `https://secretsmanager[-fips].<region>.amazonaws.com`, with `-fips` when
///   `AWS_USE_FIPS_ENDPOINT` is `true`, and `amazonaws.com.cn` for `cn-` regions.
/// - `AWS_MAX_ATTEMPTS`: attempts in total, including the first; default 3.
public struct SecretsManagerConfiguration: Sendable {
    /// The service that provides secrets.
    enum Source: Sendable, Equatable {
        /// Secrets Manager's JSON API at `endpoint`, signed with keys from `credentials`.
        case api(endpoint: EndpointURL, region: String, credentials: CredentialSource)

        /// The Parameters and Secrets Lambda Extension on `127.0.0.1:port`.
        case lambdaExtension(port: Int, sessionToken: String)
    }

    /// The attempts allowed in total when the default is not overridden.
    static let defaultMaxAttempts = 3

    /// The port of the Parameters and Secrets Lambda Extension when none is configured.
    static let defaultExtensionPort = 2773

    /// The service that provides secrets.
    let source: Source

    /// The attempts allowed in total for one fetch, at least 1.
    let maxAttempts: Int

    /// Reads region, credential source, endpoint and retry settings from `environment`; never reads
    /// the process environment itself.
    /// - Throws: ``SecretsManagerConfigurationError`` naming the first variable that is missing or
    ///   invalid.
    public init(environment: [String: String]) throws(SecretsManagerConfigurationError) {
        let reader = EnvironmentReader(environment)
        maxAttempts = try reader.maxAttempts()
        switch try reader.sourceName() {
        case "extension":
            source = .lambdaExtension(
                port: try reader.extensionPort(),
                sessionToken: try reader.extensionToken()
            )
        default:
            let region = try reader.region()
            source = .api(
                endpoint: try reader.endpoint(region: region),
                region: region,
                credentials: try reader.credentialSource()
            )
        }
    }

    init(source: Source, maxAttempts: Int = defaultMaxAttempts) {
        self.source = source
        self.maxAttempts = maxAttempts
    }
}

extension SecretsManagerConfiguration: CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    /// The source, region, endpoint and attempt count, without credentials or tokens.
    public var description: String {
        switch source {
        case .api(let endpoint, let region, let credentials):
            "SecretsManagerConfiguration(api, region: \(region), endpoint: \(endpoint.url), "
                + "credentials: \(credentials.name), maxAttempts: \(maxAttempts))"
        case .lambdaExtension(let port, _):
            "SecretsManagerConfiguration(extension, port: \(port), maxAttempts: \(maxAttempts))"
        }
    }

    /// The same rendering as ``description``.
    public var debugDescription: String { description }

    /// A mirror without children, so `dump` shows nothing of the credentials.
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}
