// SPDX-License-Identifier: Apache-2.0

import LambdaRuntime
import TokenCrypto

extension TokenHandler {
    /// Checks the request, then loads the key and signs; invalid requests never touch the key.
    func tokenResponse(for event: ProxyEvent, allowOrigin: String, context: LambdaContext) -> ProxyResponse {
        do {
            let (channelARN, viewer) = try validate(event)
            return signedResponse(channelARN: channelARN, viewer: viewer, allowOrigin: allowOrigin, context: context)
        } catch {
            return errorResponse(error.status, error.errorType, error.message, allowOrigin, context)
        }
    }

    /// Returns the channel and viewer a request is entitled to.
    private func validate(_ event: ProxyEvent) throws(RequestRejection) -> (String, ViewerIdentity?) {
        let request: TokenRequest
        do {
            request = try TokenRequest(event: event)
        } catch .bodyTooLarge {
            throw .bodyTooLarge
        } catch {
            throw .invalidBody
        }
        let channelARN: String
        switch channels.choose(request.channel) {
        case .allowed(let arn): channelARN = arn
        case .invalid: throw .invalidChannel
        case .notAllowed: throw .channelNotAllowed
        }
        let viewer = ViewerIdentity(authorizer: event.requestContext?.authorizer, salt: configuration.viewerIDSalt)
        if viewer == nil && configuration.requireViewer {
            throw .viewerRequired
        }
        return (channelARN, viewer)
    }

    private func signedResponse(
        channelARN: String,
        viewer: ViewerIdentity?,
        allowOrigin: String,
        context: LambdaContext
    )
        -> ProxyResponse
    {
        let now = nowMilliseconds()
        let key: ES384PrivateKey
        do {
            key = try keyCache.key(nowMilliseconds: now, logger: context.logger) { () throws(KeyLoadError) in
                try keySource.loadPrivateKey(timeBudget: keyLoadBudget(context: context, nowMilliseconds: now))
            }
        } catch {
            context.logger.error(
                "signing key unavailable",
                metadata: [("error.type", error.errorType), ("error", error.detail ?? error.message)]
            )
            return errorResponse(error.status, error.errorType, error.message, allowOrigin, context)
        }
        let claims = claims(channelARN: channelARN, viewer: viewer, nowSeconds: Int(now / 1000))
        let token = PlaybackToken(compact: JWSSigner(key: key).sign(payload: claims.json()))
        let body = TokenBody.json(
            token: token.compact,
            claims: claims,
            playbackURL: configuration.playbackURLs[channelARN]
        )
        return ProxyResponse(statusCode: 200, headers: jsonHeaders(allowOrigin: allowOrigin), body: body)
    }

    /// Time kept back from a key load for signing and posting the response. A fetch that uses its whole
    /// budget then still returns 504 before Lambda stops the invocation as timed out.
    static let answerReserve = Duration.milliseconds(250)

    /// Returns the time a key load may take: what is left of the invocation minus ``answerReserve``.
    func keyLoadBudget(context: LambdaContext, nowMilliseconds now: Int64) -> Duration {
        max(context.timeRemaining(nowMilliseconds: now) - Self.answerReserve, .zero)
    }

    func claims(channelARN: String, viewer: ViewerIdentity?, nowSeconds: Int) -> PlaybackClaims {
        let restricted = viewer != nil || configuration.singleUse
        let ttl =
            restricted ? min(configuration.tokenTTL, VendorConfiguration.restrictedTokenTTL) : configuration.tokenTTL
        return PlaybackClaims(
            channelARN: channelARN,
            allowedOrigin: configuration.allowedOrigin,
            strictOrigin: configuration.strictOrigin,
            viewerID: viewer?.viewerID,
            viewerSessionVersion: viewer?.sessionVersion,
            singleUseID: configuration.singleUse ? RandomUUID().lowercaseString : nil,
            maximumResolution: configuration.maximumResolution,
            expiresAt: nowSeconds + ttl
        )
    }
}
