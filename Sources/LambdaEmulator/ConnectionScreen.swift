// SPDX-License-Identifier: Apache-2.0

import Glibc

/// Accepts connections on 127.0.0.1 and reads each request head before libmicrohttpd does, so a
/// `Content-Length` that libmicrohttpd would reject gets the owner's response instead of its HTML page.
///
/// libmicrohttpd 0.9.75 checks `Content-Length` before it calls the application. It rejects a negative
/// or non-numeric value with an HTML page and sends that page's status line and headers twice, so the
/// client reads a garbled body. The screen peeks at the head without consuming it: a good connection
/// goes to libmicrohttpd with its bytes unread, a bad one gets the owner's response and is closed.
/// Only the first request of a connection is screened, so the server must close each connection after
/// one response.
final class ConnectionScreen: @unchecked Sendable {
    // Sendable because `state` is only touched inside monitor.withLock, and the listening socket and
    // closures never change after init.
    private let monitor = Monitor()
    private var state = State()
    private let listener: Int32
    private let reject: @Sendable (ContentLengthFault) -> ServerResponse
    private let log: @Sendable (String) -> Void

    /// The port the listening socket is bound to.
    let port: UInt16

    /// The maximum head size the screen reads; libmicrohttpd rejects longer heads with a 431 itself.
    static let maximumHeadBytes = 32 * 1024

    /// The maximum time in milliseconds spent reading and dropping the rest of a rejected request.
    static let drainMilliseconds: Int32 = 1000

    private struct State {
        var stopping = false
        var acceptRunning = false
        var pending: Set<Int32> = []
    }

    /// Binds and listens on 127.0.0.1:`port`, where 0 picks a free port; nothing is accepted before
    /// ``start(handOff:)``.
    /// - Parameters:
    ///   - port: The port to bind, or 0 for a free one.
    ///   - reject: Builds the response for a request whose `Content-Length` libmicrohttpd would reject.
    ///   - log: Receives one line per connection that could not be accepted.
    /// - Throws: ``EmulatorError`` when the port cannot be bound.
    init(
        port: UInt16,
        reject: @escaping @Sendable (ContentLengthFault) -> ServerResponse,
        log: @escaping @Sendable (String) -> Void
    ) throws(EmulatorError) {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard listener >= 0 else { throw .serverStartFailed(port: port) }
        var address = Self.loopbackAddress(port: port)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) }
        }
        guard bound == 0, listen(listener, 64) == 0, named == 0 else {
            close(listener)
            throw .serverStartFailed(port: port)
        }
        self.listener = listener
        self.port = UInt16(bigEndian: address.sin_port)
        self.reject = reject
        self.log = log
    }

    deinit {
        close(listener)
    }

    /// Starts accepting; each connection whose head passes is given to `handOff`, which owns it from then.
    func start(handOff: @escaping @Sendable (Int32, sockaddr_in) -> Void) {
        monitor.withLock { state.acceptRunning = true }
        startDetachedThread { [self] in
            acceptConnections(handOff: handOff)
            monitor.withLock {
                state.acceptRunning = false
                monitor.broadcast()
            }
        }
    }

    /// Stops accepting, wakes every connection still being read, and waits until no thread of the
    /// screen runs, so `handOff` is never called after this returns.
    func stop() {
        monitor.withLock {
            state.stopping = true
            shutdown(listener, Int32(SHUT_RDWR))
            for connection in state.pending { shutdown(connection, Int32(SHUT_RDWR)) }
            while state.acceptRunning || !state.pending.isEmpty { monitor.wait(until: nil) }
        }
    }

    private func acceptConnections(handOff: @escaping @Sendable (Int32, sockaddr_in) -> Void) {
        while true {
            var address = sockaddr_in()
            let connection = acceptClosingOnExec(listener, &address)
            let failure = errno
            let admitted: Bool = monitor.withLock {
                guard !state.stopping, connection >= 0 else { return false }
                state.pending.insert(connection)
                return true
            }
            if admitted {
                startDetachedThread { [self, address] in screen(connection, address: address, handOff: handOff) }
                continue
            }
            if connection >= 0 { close(connection) }
            if monitor.withLock({ state.stopping }) { return }
            if failure == EINTR || failure == ECONNABORTED { continue }
            log("stopped accepting connections because accept failed: \(errorText(failure))")
            return
        }
    }

    /// Reads the head of `connection`'s first request, then hands the connection off or rejects it.
    private func screen(_ connection: Int32, address: sockaddr_in, handOff: @Sendable (Int32, sockaddr_in) -> Void) {
        let fault = Self.peekHead(connection).flatMap { RequestHead.contentLengthFault(in: $0[...]) }
        if let fault {
            Self.send(reject(fault), on: connection)
            Self.drain(connection)
        }
        monitor.withLock {
            state.pending.remove(connection)
            if fault == nil && !state.stopping {
                handOff(connection, address)
            } else {
                close(connection)
            }
            monitor.broadcast()
        }
    }

    /// Returns the complete request head at the start of `connection` without consuming it, or `nil`
    /// when the client closes first or the head is longer than ``maximumHeadBytes``.
    ///
    /// Setting `SO_RCVLOWAT` one byte above what has arrived makes `poll` wait for more data instead of
    /// reporting the same bytes again.
    private static func peekHead(_ connection: Int32) -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: maximumHeadBytes)
        var available = 0
        defer { setReceiveLowWatermark(connection, 1) }
        while true {
            setReceiveLowWatermark(connection, Int32(available + 1))
            var ready = pollfd(fd: connection, events: Int16(POLLIN), revents: 0)
            guard poll(&ready, 1, -1) >= 0 || errno == EINTR else { return nil }
            let count = buffer.withUnsafeMutableBytes {
                recv(connection, $0.baseAddress, $0.count, Int32(MSG_PEEK | MSG_DONTWAIT))
            }
            if count < 0 && (errno == EINTR || errno == EAGAIN) { continue }
            // No growth after a wakeup means the client closed its side or the socket failed.
            guard count > available else { return nil }
            available = count
            if let length = RequestHead.length(in: buffer[..<available]) { return Array(buffer[..<length]) }
            if available == buffer.count { return nil }
        }
    }

    private static func setReceiveLowWatermark(_ connection: Int32, _ bytes: Int32) {
        var value = bytes
        setsockopt(connection, SOL_SOCKET, SO_RCVLOWAT, &value, socklen_t(MemoryLayout<Int32>.size))
    }

    /// Writes `response` as an HTTP/1.1 response that closes the connection.
    private static func send(_ response: ServerResponse, on connection: Int32) {
        let reasons = [400: "Bad Request", 413: "Content Too Large"]
        var head = "HTTP/1.1 \(response.status) \(reasons[response.status] ?? "")\r\n"
        for (name, value) in response.headers { head += "\(name): \(value)\r\n" }
        head += "Content-Length: \(response.body.count)\r\nConnection: close\r\n\r\n"
        let bytes = Array(head.utf8) + response.body
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes {
                Glibc.send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
            }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return }
            offset += written
        }
    }

    /// Ends the response, then reads and drops what the client still sends until it closes or
    /// ``drainMilliseconds`` pass, because closing with unread data makes the kernel send a reset that
    /// can destroy the response before the client reads it.
    private static func drain(_ connection: Int32) {
        shutdown(connection, Int32(SHUT_WR))
        let deadline = MonotonicInstant.now().adding(seconds: Double(drainMilliseconds) / 1000)
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let remaining = Int32(max(0, deadline.milliseconds(since: MonotonicInstant.now()).rounded(.up)))
            var ready = pollfd(fd: connection, events: Int16(POLLIN), revents: 0)
            guard remaining > 0, poll(&ready, 1, remaining) > 0 else { return }
            let count = chunk.withUnsafeMutableBytes { recv(connection, $0.baseAddress, $0.count, 0) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return }
        }
    }

    private static func loopbackAddress(port: UInt16) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        return address
    }
}
