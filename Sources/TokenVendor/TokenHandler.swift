// SPDX-License-Identifier: Apache-2.0

public import LambdaRuntime
import TokenCrypto

/// Vends IVS playback tokens for API Gateway proxy events.
///
/// `GET` and `POST` get a token, `OPTIONS` a CORS preflight answer that never touches the key, anything
/// else 405. Every response carries CORS headers and `Cache-Control: no-store`.
public struct TokenHandler: LambdaHandler {
    private let configuration: VendorConfiguration
    private let keySource: any PrivateKeySource
    private let keyCache: KeyCache
    private let cors: CORSPolicy
    private let nowMilliseconds: () -> Int64

    /// Creates a handler.
    /// - Parameters:
    ///   - configuration: the validated settings.
    ///   - keySource: where the key is loaded from on the first invocation and after the cache expires.
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
    }

    /// Answers one proxy event.
    /// - Throws: ``FunctionError`` of type `Runtime.UnmarshalError` when the event is not a proxy event.
    public mutating func handle(_ event: [UInt8], context: LambdaContext) throws -> [UInt8] {
        let request = try ProxyEvent.decode(event)
        let response = respond(to: request, context: context)
        context.logger.info("request answered", metadata: [("http.method", Self.loggable(request.httpMethod)), ("http.status", String(response.statusCode))])
        return response.encoded()
    }

    func respond(to request: ProxyEvent, context: LambdaContext) -> ProxyResponse {
        guard let allowOrigin = cors.allowOriginHeader(forRequestOrigin: request.header("Origin")) else {
            let origin = cors.allowedOrigins.first ?? "*"
            return errorResponse(403, "OriginNotAllowed", "the request's Origin is not allowed", allowOrigin: origin, context: context)
        }
        switch request.httpMethod.uppercased() {
        case "OPTIONS":
            return ProxyResponse(statusCode: 204, headers: cors.headers(allowOrigin: allowOrigin) + [("Access-Control-Max-Age", "600")], body: "")
        case "GET", "POST":
            return tokenResponse(allowOrigin: allowOrigin, context: context)
        default:
            var response = errorResponse(405, "MethodNotAllowed", "use GET or POST", allowOrigin: allowOrigin, context: context)
            response.headers.append(("Allow", "GET, POST, OPTIONS"))
            return response
        }
    }

    private func tokenResponse(allowOrigin: String, context: LambdaContext) -> ProxyResponse {
        let now = nowMilliseconds()
        let key: ES384PrivateKey
        do {
            key = try keyCache.key(nowMilliseconds: now, logger: context.logger) { () throws(KeyLoadError) in
                try keySource.loadPrivateKey(timeBudget: context.timeRemaining(nowMilliseconds: now))
            }
        } catch {
            context.logger.error("signing key unavailable", metadata: [("error.type", error.errorType)])
            return errorResponse(error.status, error.errorType, error.message, allowOrigin: allowOrigin, context: context)
        }
        let claims = PlaybackClaims(
            channelARN: configuration.channelARN,
            allowedOrigin: configuration.allowedOrigin,
            expiresAt: Int(now / 1000) + configuration.tokenTTL
        )
        let token = JWSSigner(key: key).sign(payload: claims.json())
        return ProxyResponse(statusCode: 200, headers: jsonHeaders(allowOrigin: allowOrigin), body: TokenBody.json(token: token, claims: claims))
    }

    private func errorResponse(_ status: Int, _ type: String, _ message: String, allowOrigin: String, context: LambdaContext) -> ProxyResponse {
        let body = TokenBody.errorJSON(type: type, message: message, requestID: context.requestID)
        return ProxyResponse(statusCode: status, headers: jsonHeaders(allowOrigin: allowOrigin), body: body)
    }

    private func jsonHeaders(allowOrigin: String) -> [(name: String, value: String)] {
        [("Content-Type", "application/json"), ("Cache-Control", "no-store")] + cors.headers(allowOrigin: allowOrigin)
    }

    /// Keeps a method from a hostile event short and printable before it is logged.
    private static func loggable(_ method: String) -> String {
        String(method.unicodeScalars.filter { $0.value > 0x20 && $0.value < 0x7F }.prefix(16).map(Character.init))
    }
}
