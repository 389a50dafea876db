// SPDX-License-Identifier: Apache-2.0

import Glibc
import Testing

/// Sends bytes that curl would not send, such as a malformed `Content-Length`, over one TCP connection.
enum RawHTTPExchange {
    /// Connects to 127.0.0.1:`port`, writes `request` and returns what the server sends until it
    /// closes the connection. Gives up after 5 seconds without data, so a server that keeps the
    /// connection open fails the test instead of hanging it.
    static func send(_ request: String, port: UInt16) throws -> String {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = port.bigEndian
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        try #require(connected == 0, "connect to port \(port) failed: errno \(errno)")

        let bytes = Array(request.utf8)
        let written = bytes.withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        try #require(written == bytes.count)

        var reply: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            try #require(poll(&ready, 1, 5000) == 1, "no reply within 5 seconds; received \(reply.count) bytes")
            let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { break }
            reply.append(contentsOf: chunk[..<count])
        }
        return String(decoding: reply, as: UTF8.self)
    }
}
