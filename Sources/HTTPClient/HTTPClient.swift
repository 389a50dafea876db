// SPDX-License-Identifier: Apache-2.0

private import CCurl

/// A blocking HTTP/1.1 client over one reused libcurl easy handle, so connections stay alive between
/// requests.
///
/// Settings follow what proven Lambda runtime clients use: no proxy from the environment, no signals,
/// `TCP_NODELAY`, HTTP/1.1, and on `POST` an explicit `Content-Length` with the `Expect` and
/// `Transfer-Encoding` headers suppressed. One instance serves one thread at a time.
public final class HTTPClient {
    private let handle: UnsafeMutableRawPointer

    /// Creates a client with its own libcurl handle.
    /// - Throws: ``HTTPClientError`` when libcurl cannot allocate a handle.
    public init() throws(HTTPClientError) {
        Self.initializeLibrary()
        guard let handle = curl_easy_init() else {
            throw .setupFailed("curl_easy_init returned NULL")
        }
        self.handle = handle
        try configureConnection()
    }

    deinit {
        curl_easy_cleanup(handle)
    }

    /// Sends `request` and waits for the complete response.
    /// - Throws: ``HTTPClientError`` when no complete response arrived within `limits`.
    public func send(_ request: HTTPRequest, limits: HTTPLimits) throws(HTTPClientError) -> HTTPResponse {
        let collector = ResponseCollector(maximumBodyBytes: limits.maximumResponseBytes)
        let context = Unmanaged.passRetained(collector)
        defer { context.release() }

        var headerList: UnsafeMutablePointer<curl_slist>? = nil
        defer { curl_slist_free_all(headerList) }
        for (name, value) in request.headers {
            headerList = curl_slist_append(headerList, "\(name): \(value)")
        }
        if request.method == .post {
            // A header with no value removes libcurl's own. Without this, libcurl 7.88 sends
            // `Expect: 100-continue` on bodies over 1 MiB and waits up to a second for a `100` reply.
            headerList = curl_slist_append(headerList, "Expect:")
            headerList = curl_slist_append(headerList, "Transfer-Encoding:")
        }

        try configure(request, limits: limits, context: context.toOpaque())
        try check(ccurl_setopt_slist(handle, CURLOPT_HTTPHEADER, headerList), "CURLOPT_HTTPHEADER")

        let status = request.body.withUnsafeBytes { body in
            if request.method == .post {
                _ = ccurl_setopt_pointer(
                    handle,
                    CURLOPT_POSTFIELDS,
                    UnsafeMutableRawPointer(mutating: body.baseAddress)
                )
            }
            return curl_easy_perform(handle)
        }
        guard status == CURLE_OK else {
            throw Self.error(for: status, collector: collector)
        }

        var code = 0
        _ = ccurl_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &code)
        return HTTPResponse(status: code, headers: collector.headers, body: collector.body)
    }

    /// Sets the options every request shares, once, so a request only sets what differs.
    private func configureConnection() throws(HTTPClientError) {
        try check(ccurl_setopt_string(handle, CURLOPT_PROXY, ""), "CURLOPT_PROXY")
        if let bundle = CertificateBundle.path {
            try check(ccurl_setopt_string(handle, CURLOPT_CAINFO, bundle), "CURLOPT_CAINFO")
        }
        try check(ccurl_setopt_long(handle, CURLOPT_NOSIGNAL, 1), "CURLOPT_NOSIGNAL")
        try check(ccurl_setopt_long(handle, CURLOPT_TCP_NODELAY, 1), "CURLOPT_TCP_NODELAY")
        try check(ccurl_setopt_long(handle, CURLOPT_HTTP_VERSION, Int(CURL_HTTP_VERSION_1_1)), "CURLOPT_HTTP_VERSION")
        try check(ccurl_setopt_write_function(handle, CURLOPT_WRITEFUNCTION, Self.receiveBody), "CURLOPT_WRITEFUNCTION")
        try check(
            ccurl_setopt_write_function(handle, CURLOPT_HEADERFUNCTION, Self.receiveHeader),
            "CURLOPT_HEADERFUNCTION"
        )
    }

    /// Sets the options of one request. Each one overwrites the previous request's value, so the
    /// handle needs no reset between requests.
    private func configure(_ request: HTTPRequest, limits: HTTPLimits, context: UnsafeMutableRawPointer)
        throws(HTTPClientError)
    {
        try check(ccurl_setopt_string(handle, CURLOPT_URL, request.url), "CURLOPT_URL")
        try check(
            ccurl_setopt_long(handle, CURLOPT_TIMEOUT_MS, Self.milliseconds(limits.totalTimeout)),
            "CURLOPT_TIMEOUT_MS"
        )
        try check(
            ccurl_setopt_long(handle, CURLOPT_CONNECTTIMEOUT_MS, Self.milliseconds(limits.connectTimeout)),
            "CURLOPT_CONNECTTIMEOUT_MS"
        )
        try check(ccurl_setopt_pointer(handle, CURLOPT_WRITEDATA, context), "CURLOPT_WRITEDATA")
        try check(ccurl_setopt_pointer(handle, CURLOPT_HEADERDATA, context), "CURLOPT_HEADERDATA")
        switch request.method {
        case .get:
            try check(ccurl_setopt_long(handle, CURLOPT_HTTPGET, 1), "CURLOPT_HTTPGET")
        case .post:
            try check(ccurl_setopt_long(handle, CURLOPT_POST, 1), "CURLOPT_POST")
            try check(
                ccurl_setopt_off_t(handle, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(request.body.count)),
                "CURLOPT_POSTFIELDSIZE_LARGE"
            )
        }
    }

    private func check(_ code: CURLcode, _ option: String) throws(HTTPClientError) {
        guard code == CURLE_OK else {
            throw .setupFailed("curl_easy_setopt(\(option)) failed with code \(code.rawValue)")
        }
    }

    private static func error(for code: CURLcode, collector: ResponseCollector) -> HTTPClientError {
        let message = String(cString: curl_easy_strerror(code))
        return HTTPClientError(
            curlCode: Int32(code.rawValue),
            curlMessage: message,
            isConnectFailure: code == CURLE_COULDNT_CONNECT || code == CURLE_COULDNT_RESOLVE_HOST,
            isTimeout: code == CURLE_OPERATION_TIMEDOUT,
            isTooLarge: collector.exceededLimit
        )
    }

    /// Converts a timeout to libcurl's milliseconds, where 0 means no limit; positive values round up to 1.
    private static func milliseconds(_ duration: Duration?) -> Int {
        guard let duration else { return 0 }
        let (seconds, attoseconds) = duration.components
        return max(1, Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000))
    }

    private static let receiveBody:
        @convention(c) (UnsafeMutablePointer<CChar>, Int, Int, UnsafeMutableRawPointer?) -> Int = {
            bytes,
            size,
            count,
            context in
            let collector = Unmanaged<ResponseCollector>.fromOpaque(context!).takeUnretainedValue()
            let length = size * count
            let buffer = UnsafeRawBufferPointer(start: bytes, count: length)
            return collector.appendBody(buffer) ? length : 0
        }

    private static let receiveHeader:
        @convention(c) (UnsafeMutablePointer<CChar>, Int, Int, UnsafeMutableRawPointer?) -> Int = {
            bytes,
            size,
            count,
            context in
            let collector = Unmanaged<ResponseCollector>.fromOpaque(context!).takeUnretainedValue()
            let length = size * count
            collector.appendHeaderLine(UnsafeRawBufferPointer(start: bytes, count: length))
            return length
        }

    private static let initializeOnce: Void = {
        _ = curl_global_init(Int(CURL_GLOBAL_DEFAULT))
    }()

    private static func initializeLibrary() {
        _ = initializeOnce
    }
}
