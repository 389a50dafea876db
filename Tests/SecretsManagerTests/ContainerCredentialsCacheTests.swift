// SPDX-License-Identifier: Apache-2.0

import Glibc
import HTTPClient
import Synchronization
import TestServers
import Testing

@testable import SecretsManager

/// Container credentials served by a scripted loopback server, counting the fetches a cache saves.
@Suite struct ContainerCredentialsCacheTests {
    /// The JSON value of `Expiration`: an hour after FakeClock's start, 2015-08-30T12:36:00Z.
    static let expiration = #""2015-08-30T13:36:00Z""#

    static func reply(status: String = "200 OK", _ body: String) -> String {
        "HTTP/1.1 \(status)\r\nContent-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\n"
            + "Connection: close\r\n\r\n" + body
    }

    static func keys(token: String, expiration: String? = Self.expiration) -> String {
        let field = expiration.map { #","Expiration":"# + $0 } ?? ""
        return reply(#"{"AccessKeyId":"ASIAEXAMPLE","SecretAccessKey":"s","Token":"\#(token)""# + field + "}")
    }

    static let secret = reply(#"{"SecretString":"pem","VersionId":"v1"}"#)

    static func rejected(_ type: String) -> String {
        reply(status: "400 Bad Request", #"{"__type":"\#(type)","message":"no"}"#)
    }

    static func client(
        port: Int,
        clock: any ClientClock = FakeClock(),
        cache: ContainerCredentialsCache = ContainerCredentialsCache()
    ) throws -> SecretsManagerClient {
        let environment = [
            "AWS_REGION": "us-east-1",
            "AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://127.0.0.1:\(port)/creds",
            "AWS_ENDPOINT_URL_SECRETS_MANAGER": "http://127.0.0.1:\(port)",
        ]
        return SecretsManagerClient(
            configuration: try SecretsManagerConfiguration(environment: environment),
            dependencies: ClientDependencies(
                transport: try HTTPClient(),
                clock: clock,
                random: { 0.5 },
                containerCredentials: cache
            )
        )
    }

    static func fetch(_ client: SecretsManagerClient) throws(SecretsManagerError) -> SecretValue {
        try client.getSecretValue(secretID: "s", versionStage: nil, timeBudget: .seconds(5))
    }

    /// Returns `C` for each credentials request and `S` for each secret request, in order.
    static func kinds(_ server: FaultServer) -> String {
        String(server.requests.map { $0.head.hasPrefix("GET /creds ") ? "C" : "S" })
    }

    /// Returns the session token that signed secret request `index`.
    static func sessionToken(_ server: FaultServer, request index: Int) -> String? {
        server.requests[index].head.split(separator: "\r\n")
            .first { $0.hasPrefix("X-Amz-Security-Token: ") }?
            .dropFirst("X-Amz-Security-Token: ".count).description
    }

    @Test func keysAreFetchedOnceWhileFresh() throws {
        let server = try FaultServer(replies: [Self.keys(token: "t1"), Self.secret, Self.secret, Self.secret])
        server.start()
        let client = try Self.client(port: server.port)
        for _ in 0..<3 {
            #expect(try Self.fetch(client).versionID == "v1")
        }
        server.stop()

        #expect(Self.kinds(server) == "CSSS")
        #expect(Self.sessionToken(server, request: 3) == "t1")
    }

    @Test func keysAreFetchedAgainFiveMinutesBeforeExpiration() throws {
        let server = try FaultServer(replies: [
            Self.keys(token: "t1"), Self.secret, Self.secret, Self.keys(token: "t2"), Self.secret,
        ])
        server.start()
        let clock = FakeClock()
        let client = try Self.client(port: server.port, clock: clock)
        _ = try Self.fetch(client)
        // No fake time passed during the fetch, so the keys expire in 3,600 s. Stop 1 s before the
        // 300 s margin begins.
        clock.advance(.seconds(3600 - 300 - 1))
        _ = try Self.fetch(client)
        clock.advance(.seconds(1))
        _ = try Self.fetch(client)
        server.stop()

        #expect(Self.kinds(server) == "CSSCS")
        #expect(Self.sessionToken(server, request: 2) == "t1")
        #expect(Self.sessionToken(server, request: 4) == "t2")
    }

    @Test(arguments: ["ExpiredTokenException", "ExpiredToken"])
    func expiredRejectionRefetchesAndResends(type: String) throws {
        let server = try FaultServer(replies: [
            Self.keys(token: "t1"), Self.secret, Self.rejected(type), Self.keys(token: "t2"), Self.secret,
        ])
        server.start()
        let client = try Self.client(port: server.port)
        _ = try Self.fetch(client)
        let value = try Self.fetch(client)
        server.stop()

        #expect(value.versionID == "v1")
        #expect(Self.kinds(server) == "CSSCS")
        #expect(Self.sessionToken(server, request: 2) == "t1")
        #expect(Self.sessionToken(server, request: 4) == "t2")
    }

    @Test func otherRejectionDropsTheKeysAndFails() throws {
        let server = try FaultServer(replies: [
            Self.keys(token: "t1"), Self.secret, Self.rejected("UnrecognizedClientException"),
            Self.keys(token: "t2"), Self.secret,
        ])
        server.start()
        let client = try Self.client(port: server.port)
        _ = try Self.fetch(client)
        #expect(throws: SecretsManagerError.credentialsRejected) { try Self.fetch(client) }
        _ = try Self.fetch(client)
        server.stop()

        #expect(Self.kinds(server) == "CSSCS")
        #expect(Self.sessionToken(server, request: 4) == "t2")
    }

    /// Covers a missing, unparsable or non-string `Expiration`, and one less than 5 minutes away
    /// (12:40:59 against the client's clock of 12:36:00).
    @Test(arguments: [nil, "\"soon\"", "\"2015-08-30 13:36:00Z\"", "1440941760", "\"2015-08-30T12:40:59Z\""])
    func keysWithoutAUsableExpirationAreNotKept(expiration: String?) throws {
        let keys = Self.reply(
            #"{"AccessKeyId":"ASIAEXAMPLE","SecretAccessKey":"s","Token":"t""#
                + (expiration.map { #","Expiration":"# + $0 } ?? "") + "}"
        )
        let server = try FaultServer(replies: [keys, Self.secret, keys, Self.secret])
        server.start()
        let client = try Self.client(port: server.port)
        _ = try Self.fetch(client)
        _ = try Self.fetch(client)
        server.stop()

        #expect(Self.kinds(server) == "CSCS")
    }

    @Test func clientsOnManyThreadsShareOneFetch() throws {
        let clients = 4
        let fetchesPerClient = 5
        let secrets = [String](repeating: Self.secret, count: clients * fetchesPerClient)
        let keys = Self.keys(token: "t1", expiration: #""2999-01-01T00:00:00Z""#)
        let server = try FaultServer(replies: [keys, Self.secret] + secrets)
        server.start()
        let cache = ContainerCredentialsCache()
        let port = server.port
        _ = try Self.fetch(Self.client(port: port, clock: SystemClock(), cache: cache))

        let versions = Mutex<[String]>([])
        Self.onThreads(clients) {
            var fetched: [String] = []
            do {
                let client = try Self.client(port: port, clock: SystemClock(), cache: cache)
                for _ in 0..<fetchesPerClient {
                    fetched.append(try Self.fetch(client).versionID ?? "no version")
                }
            } catch {
                fetched.append("\(error)")
            }
            versions.withLock { $0 += fetched }
        }
        server.stop()

        #expect(versions.withLock { $0 } == [String](repeating: "v1", count: clients * fetchesPerClient))
        #expect(Self.kinds(server) == "CS" + String(repeating: "S", count: clients * fetchesPerClient))
    }

    /// Runs `body` on `count` threads of its own at once and waits for them. Swift's cooperative
    /// pool could hold blocking calls back for longer than the fault server waits for a connection.
    static func onThreads(_ count: Int, _ body: @escaping @Sendable () -> Void) {
        final class Work: Sendable {
            let body: @Sendable () -> Void
            init(_ body: @escaping @Sendable () -> Void) { self.body = body }
        }
        var threads = [pthread_t](repeating: pthread_t(), count: count)
        for index in 0..<count {
            let work = Unmanaged.passRetained(Work(body)).toOpaque()
            pthread_create(
                &threads[index],
                nil,
                { context in
                    Unmanaged<Work>.fromOpaque(context!).takeRetainedValue().body()
                    return nil
                },
                work
            )
        }
        for thread in threads {
            pthread_join(thread, nil)
        }
    }

    @Test func entriesAreKeptPerEndpoint() throws {
        let cache = ContainerCredentialsCache()
        let first = ContainerCredentialsEndpoint(
            url: try #require(EndpointURL("http://127.0.0.1:1/a")),
            authorization: .none
        )
        let second = ContainerCredentialsEndpoint(url: first.url, authorization: .token("other"))
        let keys = AWSCredentials(accessKeyID: "A", secretAccessKey: "S", sessionToken: "T")
        let now = AWSTimestamp(secondsSince1970: 1000)
        cache.store(keys, expiration: AWSTimestamp(secondsSince1970: 1301), for: first)

        #expect(cache.credentials(for: first, now: now) == keys)
        #expect(cache.credentials(for: second, now: now) == nil)
        #expect(cache.credentials(for: first, now: AWSTimestamp(secondsSince1970: 1001)) == nil)
        cache.remove(first)
        #expect(cache.credentials(for: first, now: now) == nil)
    }
}
