// SPDX-License-Identifier: Apache-2.0

/// The one secret the stand-in serves.
struct StoredSecret: Sendable {
    let name: String
    let arn: String
    let versionID: String
    let createdDate: Double
    let value: [UInt8]
}
