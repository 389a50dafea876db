// SPDX-License-Identifier: Apache-2.0

/// The parts of a proxy response the fuzz target checks.
struct ResponseShape: Decodable {
    let statusCode: Int
    let headers: [String: String]

    /// Whether `byte` may follow an origin's scheme: `/`, host characters and `:` before a port.
    static func isOriginByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: "/"), UInt8(ascii: "*"):
            true
        default:
            false
        }
    }
}
