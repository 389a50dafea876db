// SPDX-License-Identifier: Apache-2.0

private import CMicroHTTPD
import Glibc

/// An HTTP/1.1 server on 127.0.0.1 over libmicrohttpd, the only file that touches that library.
///
/// Each connection gets its own thread, so a handler may block (a `/next` long-poll does). Keep-alive,
/// chunked bodies, `Expect: 100-continue` and case-insensitive header names are handled by the library.
public final class HTTPServer: @unchecked Sendable {
    // Sendable because the handles are set once in init and libmicrohttpd's daemon calls are
    // thread-safe; the instance itself is only stopped by its deinit.
    private let daemon: OpaquePointer
    private let context: Unmanaged<RequestHandlerBox>
    private let screen: ConnectionScreen?

    /// The port the server listens on.
    public let port: UInt16

    /// Starts listening on 127.0.0.1:`port`, where 0 picks a free port.
    /// - Parameters:
    ///   - port: The port to bind, or 0 for a free one.
    ///   - bodyLimit: The number of body bytes kept per request; the rest is read and dropped.
    ///   - name: The server's role, such as `Runtime API`, which starts each logged line.
    ///   - log: Receives libmicrohttpd's messages, such as why it rejected a malformed request, as
    ///     `invoke: <name>: libmicrohttpd: <message>` lines, from any thread.
    ///   - rejectContentLength: When set, the server reads each request head itself before
    ///     libmicrohttpd does and sends this response for a `Content-Length` that libmicrohttpd would
    ///     reject with its own HTML page. Such a server closes every connection after one response.
    ///   - handler: Called on the connection's thread once the whole body has arrived.
    /// - Throws: ``EmulatorError`` when libmicrohttpd cannot start, for example because the port is taken.
    public init(
        port: UInt16 = 0,
        bodyLimit: Int,
        name: String,
        log: @escaping @Sendable (String) -> Void,
        rejectContentLength: (@Sendable (ContentLengthFault) -> ServerResponse)? = nil,
        handler: @escaping @Sendable (ServerRequest) -> ServerResponse
    ) throws(EmulatorError) {
        let box = RequestHandlerBox(
            bodyLimit: bodyLimit,
            name: name,
            log: log,
            closesConnections: rejectContentLength != nil,
            handler: handler
        )
        let context = Unmanaged.passRetained(box)
        let screen = try rejectContentLength.map { reject throws(EmulatorError) in
            try ConnectionScreen(port: port, reject: reject, log: { log("invoke: \(name): \($0)") })
        }
        let started =
            screen == nil
            ? cmhd_start_loopback_daemon(port, accessHandler, completedHandler, messageLogger, context.toOpaque())
            : cmhd_start_daemon_without_listener(accessHandler, completedHandler, messageLogger, context.toOpaque())
        guard let daemon = started else {
            context.release()
            throw .serverStartFailed(port: port)
        }
        self.daemon = daemon
        self.context = context
        self.screen = screen
        self.port = screen?.port ?? cmhd_bound_port(daemon)
        screen?.start { [unowned self] connection, address in addConnection(connection, address: address) }
    }

    deinit {
        // The screen stops first, so no connection arrives while libmicrohttpd shuts down.
        // MHD_stop_daemon joins every connection thread, so no callback can still use the context.
        screen?.stop()
        MHD_stop_daemon(daemon)
        context.release()
    }

    /// Gives an accepted connection to libmicrohttpd, which closes it whether or not it can serve it.
    private func addConnection(_ connection: Int32, address: sockaddr_in) {
        var address = address
        let added = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                MHD_add_connection(daemon, connection, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        if added != .YES {
            let box = context.takeUnretainedValue()
            box.log("invoke: \(box.name): libmicrohttpd did not accept a connection: \(errorText(errno))")
        }
    }
}

/// The handler, limits and log shared with libmicrohttpd's threads.
private final class RequestHandlerBox: Sendable {
    let bodyLimit: Int
    let name: String
    let log: @Sendable (String) -> Void
    let closesConnections: Bool
    let handler: @Sendable (ServerRequest) -> ServerResponse

    init(
        bodyLimit: Int,
        name: String,
        log: @escaping @Sendable (String) -> Void,
        closesConnections: Bool,
        handler: @escaping @Sendable (ServerRequest) -> ServerResponse
    ) {
        self.bodyLimit = bodyLimit
        self.name = name
        self.log = log
        self.closesConnections = closesConnections
        self.handler = handler
    }
}

/// The body of one request while it arrives, owned by the single thread of its connection.
private final class PendingBody {
    var bytes: [UInt8] = []
    var byteCount = 0
}

/// Collects request headers; used only on the calling thread during `MHD_get_connection_values`.
private final class HeaderCollector {
    var headers: [String: String] = [:]
}

private let accessHandler: MHD_AccessHandlerCallback = {
    context,
    connection,
    url,
    method,
    _,
    uploadData,
    uploadDataSize,
    requestContext in
    guard let context, let connection, let requestContext, let uploadDataSize else { return .NO }
    let box = Unmanaged<RequestHandlerBox>.fromOpaque(context).takeUnretainedValue()

    // The first call only announces the request; returning without a response makes libmicrohttpd
    // send `100 Continue` when the client asked for it.
    guard let pending = requestContext.pointee else {
        requestContext.pointee = Unmanaged.passRetained(PendingBody()).toOpaque()
        return .YES
    }
    let body = Unmanaged<PendingBody>.fromOpaque(pending).takeUnretainedValue()
    if uploadDataSize.pointee > 0 {
        append(uploadData, count: uploadDataSize.pointee, to: body, limit: box.bodyLimit)
        uploadDataSize.pointee = 0
        return .YES
    }

    let request = ServerRequest(
        method: method.map { String(cString: $0) } ?? "",
        path: url.map { String(cString: $0) } ?? "/",
        headers: collectHeaders(of: connection),
        body: body.bytes,
        bodyByteCount: body.byteCount
    )
    return send(box.handler(request), on: connection, closing: box.closesConnections)
}

private let completedHandler: MHD_RequestCompletedCallback = { _, _, requestContext, _ in
    guard let requestContext, let pending = requestContext.pointee else { return }
    Unmanaged<PendingBody>.fromOpaque(pending).release()
    requestContext.pointee = nil
}

/// Formats one libmicrohttpd message and passes it to the server's log as a single line.
private let messageLogger: MHD_LogCallback = { context, format, arguments in
    guard let context, let format, let arguments else { return }
    let box = Unmanaged<RequestHandlerBox>.fromOpaque(context).takeUnretainedValue()
    // A message over 1,023 bytes is cut off. libmicrohttpd's messages are a sentence or two, so only
    // a long request path inside one makes it that long.
    var buffer = [CChar](repeating: 0, count: 1024)
    _ = vsnprintf(&buffer, buffer.count, format, arguments)
    let length = buffer.firstIndex(of: 0) ?? buffer.count
    let message = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    box.log("invoke: \(box.name): libmicrohttpd: \(LibraryMessage.line(from: message))")
}

private func append(_ data: UnsafePointer<CChar>?, count: Int, to body: PendingBody, limit: Int) {
    body.byteCount += count
    let room = max(0, limit - body.bytes.count)
    guard let data, room > 0 else { return }
    let kept = UnsafeRawBufferPointer(start: data, count: min(count, room))
    body.bytes.append(contentsOf: kept)
}

private func collectHeaders(of connection: OpaquePointer) -> [String: String] {
    let collector = HeaderCollector()
    let iterator: MHD_KeyValueIterator = { context, _, key, value in
        guard let context, let key else { return .YES }
        let collector = Unmanaged<HeaderCollector>.fromOpaque(context).takeUnretainedValue()
        collector.headers[String(cString: key).lowercased()] = value.map { String(cString: $0) } ?? ""
        return .YES
    }
    withExtendedLifetime(collector) {
        let context = Unmanaged.passUnretained(collector).toOpaque()
        _ = MHD_get_connection_values(connection, .HEADER_KIND, iterator, context)
    }
    return collector.headers
}

private func send(_ response: ServerResponse, on connection: OpaquePointer, closing: Bool) -> MHD_Result {
    let handle = response.body.withUnsafeBytes { bytes in
        MHD_create_response_from_buffer(
            bytes.count,
            UnsafeMutableRawPointer(mutating: bytes.baseAddress),
            .RESPMEM_MUST_COPY
        )
    }
    guard let handle else { return .NO }
    defer { MHD_destroy_response(handle) }
    for (name, value) in response.headers {
        _ = MHD_add_response_header(handle, name, value)
    }
    if closing { _ = MHD_add_response_header(handle, "Connection", "close") }
    return MHD_queue_response(connection, UInt32(response.status), handle)
}
