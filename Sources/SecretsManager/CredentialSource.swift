// SPDX-License-Identifier: Apache-2.0

/// The origin of the keys that sign the client's requests.
enum CredentialSource: Sendable, Equatable {
    /// Keys read from `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and `AWS_SESSION_TOKEN`.
    case environment(AWSCredentials)

    /// Keys fetched over HTTP from the container credentials endpoint, and kept until shortly
    /// before they expire.
    case container(ContainerCredentialsEndpoint)

    /// A name for descriptions: `environment` or `container`.
    var name: String {
        switch self {
        case .environment: "environment"
        case .container: "container"
        }
    }
}
