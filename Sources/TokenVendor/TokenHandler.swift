// SPDX-License-Identifier: Apache-2.0

public import LambdaRuntime
import TokenCrypto

/// Vends IVS playback tokens for API Gateway REST, HTTP API and Function URL events.
///
/// `GET` and `POST` get a token, `OPTIONS` a CORS preflight response that never touches the key, and
/// anything else 405. Every response carries CORS headers, and every JSON response `Cache-Control: no-store`.
public struct TokenHandler: LambdaHandler {
    let configuration: VendorConfiguration
    let keySource: any PrivateKeySource
    let keyCache: KeyCache
    let cors: CORSPolicy
    let channels: ChannelSelector
    let nowMilliseconds: () -> Int64

    /// Creates a handler.
    /// - Parameters:
    ///   - configuration: the validated settings.
    ///   - keySource: where the key is loaded from on the first token request and after the cache expires.
    ///   - nowMilliseconds: the wall clock, in milliseconds since the Unix epoch.
    public init(
        configuration: VendorConfiguration,
        keySource: any PrivateKeySource,
        nowMilliseconds: @escaping () -> Int64 = Timestamp.nowMilliseconds
    ) {
        self.configuration = configuration
        self.keySource = keySource
        self.nowMilliseconds = nowMilliseconds
        keyCache = KeyCache(timeToLiveSeconds: configuration.keyCacheTTL)
        cors = CORSPolicy(setting: configuration.allowedOrigin)
        channels = ChannelSelector(allowedARNs: configuration.channelARNs)
    }

    /// Returns the proxy response to one event.
    /// - Throws: ``FunctionError`` of type `Runtime.UnmarshalError` when the event is not a proxy event.
    public mutating func handle(_ event: [UInt8], context: LambdaContext) throws -> [UInt8] {
        let request = try ProxyEvent.decode(event)
        let response = respond(to: request, context: context)
        context.logger.info("request answered", metadata: [("http.status", String(response.statusCode))])
        return response.encoded()
    }

    func respond(to event: ProxyEvent, context: LambdaContext) -> ProxyResponse {
        guard let allowOrigin = cors.allowOriginHeader(forRequestOrigin: event.header("Origin")) else {
            let fallback = cors.allowedOrigins.first ?? "*"
            return errorResponse(403, "OriginNotAllowed", "the request's Origin is not allowed", fallback, context)
        }
        switch event.method?.uppercased() {
        case "OPTIONS":
            let headers = cors.headers(allowOrigin: allowOrigin) + [("Access-Control-Max-Age", "600")]
            return ProxyResponse(statusCode: 204, headers: headers, body: "")
        case "GET", "POST":
            return tokenResponse(for: event, allowOrigin: allowOrigin, context: context)
        default:
            var response = errorResponse(405, "MethodNotAllowed", "use GET or POST", allowOrigin, context)
            response.headers.append(("Allow", "GET, POST, OPTIONS"))
            return response
        }
    }

    func errorResponse(
        _ status: Int,
        _ type: String,
        _ message: String,
        _ allowOrigin: String,
        _ context: LambdaContext
    )
        -> ProxyResponse
    {
        let body = TokenBody.errorJSON(type: type, message: message, requestID: context.requestID)
        return ProxyResponse(statusCode: status, headers: jsonHeaders(allowOrigin: allowOrigin), body: body)
    }

    func jsonHeaders(allowOrigin: String) -> [(name: String, value: String)] {
        [("Content-Type", "application/json"), ("Cache-Control", "no-store")] + cors.headers(allowOrigin: allowOrigin)
    }
}
