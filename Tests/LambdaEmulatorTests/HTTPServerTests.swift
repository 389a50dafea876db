// SPDX-License-Identifier: Apache-2.0

import LambdaEmulator
import Testing

@Suite struct HTTPServerTests {
    let recorder = LogRecorder()

    private func server() throws -> HTTPServer {
        try HTTPServer(bodyLimit: 1024, name: "Test server", log: recorder.sink) { _ in
            ServerResponse(status: 200)
        }
    }

    @Test func malformedContentLengthMessageGoesToLog() throws {
        let server = try server()
        let reply = try RawHTTPExchange.send(
            "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: abc\r\n\r\n{}",
            port: server.port
        )
        #expect(reply.hasPrefix("HTTP/1.1 400 Bad Request\r\n"))
        #expect(
            recorder.all == [
                "invoke: Test server: libmicrohttpd: Failed to parse `Content-Length' header. Closing connection.",
                "invoke: Test server: libmicrohttpd: Rejected a request with status 400: Your HTTP request has "
                    + "wrong value for Content-Length header.",
            ]
        )
    }

    @Test func errorPageMessageBecomesPlainText() throws {
        let server = try server()
        let reply = try RawHTTPExchange.send(
            "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n",
            port: server.port
        )
        #expect(reply.hasPrefix("HTTP/1.1 400 Bad Request\r\n"))
        #expect(
            recorder.all == [
                "invoke: Test server: libmicrohttpd: Rejected a request with status 400: Your HTTP chunked "
                    + "encoding was syntactically incorrect."
            ]
        )
    }

    @Test func wellFormedRequestLogsNothing() throws {
        let server = try server()
        let reply = try RawHTTPExchange.send(
            "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}",
            port: server.port
        )
        #expect(reply.hasPrefix("HTTP/1.1 200 OK\r\n"))
        #expect(recorder.all.isEmpty)
    }
}
