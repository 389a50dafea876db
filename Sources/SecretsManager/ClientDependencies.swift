// SPDX-License-Identifier: Apache-2.0

/// The transport, clocks and randomness that ``SecretsManagerClient`` uses, replaceable in tests.
struct ClientDependencies {
    /// Sends HTTP requests.
    let transport: any HTTPTransport

    /// Supplies deadlines, `X-Amz-Date` and backoff sleeps.
    let clock: any ClientClock

    /// Returns a uniform sample in `0..<1` for backoff jitter.
    let random: () -> Double

    /// The cache of container credentials. The function passes ``ContainerCredentialsCache/shared``,
    /// and the default is a new cache, so tests do not share keys.
    var containerCredentials = ContainerCredentialsCache()
}
