// SPDX-License-Identifier: Apache-2.0

import Glibc

/// A scripted HTTP/1.1 server on 127.0.0.1 with a kernel-chosen port, for fault tests.
///
/// A background pthread accepts one connection per scripted reply, reads the request head and
/// `Content-Length` body, records them, writes the reply bytes verbatim and closes the connection.
/// Replies can be malformed on purpose. Call ``stop()`` to join the thread before reading
/// ``requests``. Accepting and reading give up after 5 seconds, so a client that sends fewer
/// requests than scripted makes its test fail instead of hanging.
package final class FaultServer {
    /// One recorded request: its head as text and its body.
    package struct Request {
        package let head: String
        package let body: [UInt8]
    }

    package let port: Int
    private let listener: Int32
    private let replies: [[UInt8]]
    private var thread = pthread_t()
    package private(set) var requests: [Request] = []

    /// Binds and listens; nothing is accepted until ``start()``.
    package init(replies: [String]) throws {
        self.replies = replies.map { Array($0.utf8) }
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard listener >= 0, bound == 0, listen(listener, 8) == 0 else {
            close(listener)
            throw FaultServerError.setupFailed(errno)
        }
        self.listener = listener
        Self.setReceiveTimeout(listener)
        port = Self.boundPort(listener)
    }

    deinit {
        close(listener)
    }

    /// Starts serving the scripted replies on a background thread.
    package func start() {
        let context = Unmanaged.passRetained(self).toOpaque()
        pthread_create(
            &thread,
            nil,
            { context in
                let server = Unmanaged<FaultServer>.fromOpaque(context!).takeRetainedValue()
                server.serveAll()
                return nil
            },
            context
        )
    }

    /// Waits until every scripted reply has been served.
    package func stop() {
        pthread_join(thread, nil)
    }

    /// Returns a port on which nothing listens: bound once, then closed.
    package static func closedPort() throws -> Int {
        let server = try FaultServer(replies: [])
        return server.port
    }

    private func serveAll() {
        for reply in replies {
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else { return }
            Self.setReceiveTimeout(connection)
            requests.append(readRequest(connection))
            reply.withUnsafeBytes { bytes in
                _ = send(connection, bytes.baseAddress, bytes.count, Int32(MSG_NOSIGNAL))
            }
            shutdown(connection, Int32(SHUT_WR))
            close(connection)
        }
    }

    private func readRequest(_ connection: Int32) -> Request {
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        var expectedTotal: Int? = nil
        while expectedTotal.map({ received.count < $0 }) ?? true {
            let count = buffer.withUnsafeMutableBytes {
                recv(connection, $0.baseAddress, $0.count, 0)
            }
            guard count > 0 else { break }
            received += buffer[..<count]
            if expectedTotal == nil, let end = Self.headEnd(received) {
                expectedTotal =
                    end + Self.contentLength(String(decoding: received[..<end], as: UTF8.self))
            }
        }
        let end = Self.headEnd(received) ?? received.count
        return Request(
            head: String(decoding: received[..<end], as: UTF8.self),
            body: Array(received[end...])
        )
    }

    private static func headEnd(_ bytes: [UInt8]) -> Int? {
        let marker: [UInt8] = [13, 10, 13, 10]
        guard bytes.count >= 4 else { return nil }
        for index in 0...(bytes.count - 4) where Array(bytes[index..<index + 4]) == marker {
            return index + 4
        }
        return nil
    }

    private static func contentLength(_ head: String) -> Int {
        for line in head.split(separator: "\r\n")
        where line.lowercased().hasPrefix("content-length:") {
            return Int(line.dropFirst("content-length:".count).trimmingPrefix(" ")) ?? 0
        }
        return 0
    }

    /// Makes `accept` and `recv` on `socket` fail after 5 seconds instead of blocking forever.
    private static func setReceiveTimeout(_ socket: Int32) {
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        _ = setsockopt(
            socket,
            SOL_SOCKET,
            SO_RCVTIMEO,
            &timeout,
            socklen_t(MemoryLayout<timeval>.size)
        )
    }

    private static func boundPort(_ socket: Int32) -> Int {
        var address = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                getsockname(socket, $0, &length)
            }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

/// A failure to set up the fault server's socket.
package enum FaultServerError: Error {
    case setupFailed(Int32)
}
