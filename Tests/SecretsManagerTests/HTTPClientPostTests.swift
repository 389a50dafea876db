// SPDX-License-Identifier: Apache-2.0

import HTTPClient
import TestServers
import Testing

/// Checks the request head libcurl produces for the POSTs this package sends.
@Suite struct HTTPClientPostTests {
    @Test(arguments: [27, 2 << 20])
    func postHasLengthAndNoExpect(bodySize: Int) throws {
        let server = try FaultServer(replies: [
            "HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n"
        ])
        server.start()
        let request = HTTPRequest(
            method: .post,
            url: "http://127.0.0.1:\(server.port)/",
            headers: [("Content-Type", "application/x-amz-json-1.1")],
            body: Array(repeating: UInt8(ascii: "x"), count: bodySize)
        )
        let response = try HTTPClient().send(
            request,
            limits: HTTPLimits(totalTimeout: .seconds(10), maximumResponseBytes: 16)
        )
        server.stop()

        let head = server.requests[0].head.lowercased()
        #expect(response.status == 204)
        #expect(head.contains("content-length: \(bodySize)\r\n"))
        #expect(head.contains("content-type: application/x-amz-json-1.1\r\n"))
        #expect(!head.contains("expect:"))
        #expect(!head.contains("transfer-encoding:"))
        #expect(server.requests[0].body.count == bodySize)
    }
}
