// SPDX-License-Identifier: Apache-2.0

import LambdaRuntime
import TokenCrypto

/// The process-wide cache of the signing key, reloaded after a time to live so a rotated secret is
/// picked up without a redeploy.
///
/// When a reload fails, the old key keeps serving for at most ``maximumStaleness`` past its expiry, and
/// the failure is logged once. Failures are never cached: the next invocation tries again.
final class KeyCache {
    private var key: ES384PrivateKey?
    private var loadedAtMilliseconds: Int64 = 0
    private var staleWarningLogged = false
    private var nextReloadMilliseconds: Int64 = 0

    /// How long to wait after a failed reload before trying again while a stale key serves, so an outage
    /// of Secrets Manager does not add a fetch to every invocation.
    static let reloadBackoffMilliseconds: Int64 = 30_000

    /// How long a loaded key is used before it is reloaded, in milliseconds.
    let timeToLiveMilliseconds: Int64

    /// How long past its time to live a key may still be used while reloads fail, in milliseconds.
    let maximumStalenessMilliseconds: Int64

    init(timeToLiveSeconds: Int, maximumStalenessSeconds: Int = 3600) {
        timeToLiveMilliseconds = Int64(timeToLiveSeconds) * 1000
        maximumStalenessMilliseconds = Int64(maximumStalenessSeconds) * 1000
    }

    /// Returns the cached key, loading it with `load` when absent or expired.
    func key(
        nowMilliseconds now: Int64,
        logger: LambdaLogger,
        load: () throws(KeyLoadError) -> ES384PrivateKey
    ) throws(KeyLoadError) -> ES384PrivateKey {
        let age = now - loadedAtMilliseconds
        let withinStaleness = age < timeToLiveMilliseconds + maximumStalenessMilliseconds
        if let key, age < timeToLiveMilliseconds || (now < nextReloadMilliseconds && withinStaleness) {
            return key
        }
        do {
            let fresh = try load()
            key = fresh
            loadedAtMilliseconds = now
            staleWarningLogged = false
            logger.debug("signing key loaded")
            return fresh
        } catch {
            guard let key, withinStaleness else {
                throw error
            }
            nextReloadMilliseconds = now + Self.reloadBackoffMilliseconds
            if !staleWarningLogged {
                staleWarningLogged = true
                logger.warning(
                    "signing key reload failed; serving the cached key",
                    metadata: [("error.type", error.errorType)]
                )
            }
            return key
        }
    }
}
