// SPDX-License-Identifier: Apache-2.0

public import TokenCrypto

/// A source of the signing key.
public protocol PrivateKeySource {
    /// Loads and parses the key, taking no longer than `timeBudget`.
    /// - Throws: ``KeyLoadError`` naming the failure class.
    func loadPrivateKey(timeBudget: Duration) throws(KeyLoadError) -> ES384PrivateKey
}
