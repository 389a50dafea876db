// SPDX-License-Identifier: Apache-2.0

import JSONText
import LambdaRuntime

/// An API Gateway proxy response: `statusCode` as a number, `headers`, `body` as a string and
/// `isBase64Encoded`, the shape API Gateway requires, or it returns 502.
struct ProxyResponse: Equatable {
    /// The HTTP status code.
    var statusCode: Int

    /// Header fields in order.
    var headers: [(name: String, value: String)]

    /// The body text, serialised JSON or empty.
    var body: String

    static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.statusCode == rhs.statusCode && lhs.body == rhs.body
            && lhs.headers.elementsEqual(rhs.headers) { $0.name == $1.name && $0.value == $1.value }
    }

    /// Returns the response as JSON bytes.
    func encoded() -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(body.utf8.count + 512)
        output += Array("{\"statusCode\":\(statusCode),\"headers\":{".utf8)
        for (index, header) in headers.enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            JSONString.append(header.name, to: &output)
            output.append(UInt8(ascii: ":"))
            JSONString.append(header.value, to: &output)
        }
        output += Array("},\"body\":".utf8)
        JSONString.append(body, to: &output)
        output += Array(",\"isBase64Encoded\":false}".utf8)
        return output
    }
}
