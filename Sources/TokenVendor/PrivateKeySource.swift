// SPDX-License-Identifier: Apache-2.0

public import TokenCrypto

/// Where the signing key comes from.
public protocol PrivateKeySource {
    /// Loads and parses the key, taking no longer than `timeBudget`.
    /// - Throws: ``KeyLoadError`` naming the failure class.
    func loadPrivateKey(timeBudget: Duration) throws(KeyLoadError) -> ES384PrivateKey
}
