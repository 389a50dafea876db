// SPDX-License-Identifier: Apache-2.0

import Synchronization

/// Container credentials kept until shortly before their `Expiration`, so that a warm function
/// fetches them once per lifetime of the keys instead of once per secret fetch.
///
/// The clients of a process share ``shared``, and threads may use it at once. The lock is never held
/// while credentials are fetched, so two threads that miss together both fetch, and the later one
/// stores its keys.
final class ContainerCredentialsCache: Sendable {
    /// The cache that every client of the process uses unless it is given its own.
    static let shared = ContainerCredentialsCache()

    /// How long before `Expiration` cached keys stop being used, so that a request signed with them
    /// does not reach AWS after they expire.
    static let refreshMargin: Int64 = 5 * 60

    private struct Entry: Sendable {
        let credentials: AWSCredentials
        let expiration: AWSTimestamp
    }

    private let entries = Mutex<[ContainerCredentialsEndpoint: Entry]>([:])

    /// Returns the keys cached for `endpoint`, or `nil` when there are none or they expire within
    /// ``refreshMargin`` of `now`.
    func credentials(for endpoint: ContainerCredentialsEndpoint, now: AWSTimestamp) -> AWSCredentials? {
        entries.withLock { entries in
            guard let entry = entries[endpoint],
                now.secondsSince1970 < entry.expiration.secondsSince1970 - Self.refreshMargin
            else { return nil }
            return entry.credentials
        }
    }

    /// Keeps `credentials` for `endpoint` until ``refreshMargin`` before `expiration`.
    func store(_ credentials: AWSCredentials, expiration: AWSTimestamp, for endpoint: ContainerCredentialsEndpoint) {
        entries.withLock { $0[endpoint] = Entry(credentials: credentials, expiration: expiration) }
    }

    /// Drops the keys cached for `endpoint`, such as after AWS rejected them.
    func remove(_ endpoint: ContainerCredentialsEndpoint) {
        _ = entries.withLock { $0.removeValue(forKey: endpoint) }
    }
}
