// SPDX-License-Identifier: Apache-2.0

import TokenCrypto
import TokenVendor

/// A key source that returns one key generated at start-up, so fuzzed requests reach signing.
struct FixedKeySource: PrivateKeySource {
    let key: ES384PrivateKey?

    func loadPrivateKey(timeBudget: Duration) throws(KeyLoadError) -> ES384PrivateKey {
        guard let key else { throw KeyLoadError(status: 500, errorType: "InvalidKey", message: "no key") }
        return key
    }
}
