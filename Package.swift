// swift-tools-version:6.0
// SPDX-License-Identifier: Apache-2.0

import PackageDescription

let package = Package(
    name: "ivs-token-vendor",
    products: [
        .executable(name: "TokenFunction", targets: ["TokenFunction"]),
        .executable(name: "invoke", targets: ["Invoke"]),
        .executable(name: "SigningBenchmark", targets: ["SigningBenchmark"]),
    ],
    targets: [
        .systemLibrary(
            name: "CCurl",
            pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"])]
        ),
        .systemLibrary(
            name: "COpenSSL",
            pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"])]
        ),
        .systemLibrary(
            name: "CNettle",
            pkgConfig: "hogweed",
            providers: [.apt(["nettle-dev", "libgmp-dev"])]
        ),
        .systemLibrary(
            name: "CMicroHTTPD",
            pkgConfig: "libmicrohttpd",
            providers: [.apt(["libmicrohttpd-dev"])]
        ),
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        // glibc functions that Swift's Glibc module does not declare; part of libc, so nothing extra is linked.
        .systemLibrary(name: "CGlibcExtras"),
        // JSON parsing and string escaping with no dependencies, so TokenFunction links no Foundation.
        .target(name: "JSONText"),
        .target(name: "TokenCrypto", dependencies: ["COpenSSL", "CNettle", "JSONText"]),
        .target(name: "HTTPClient", dependencies: ["CCurl"]),
        .target(name: "LambdaRuntime", dependencies: ["HTTPClient", "JSONText"]),
        .target(name: "SecretsManager", dependencies: ["HTTPClient", "JSONText", "TokenCrypto"]),
        .target(
            name: "TokenVendor",
            dependencies: ["JSONText", "LambdaRuntime", "SecretsManager", "TokenCrypto"]
        ),
        .executableTarget(name: "TokenFunction", dependencies: ["TokenVendor", "LambdaRuntime"]),
        .target(name: "LambdaEmulator", dependencies: ["CMicroHTTPD", "CYAML", "CGlibcExtras", "LambdaRuntime"]),
        .executableTarget(name: "Invoke", dependencies: ["LambdaEmulator", "TokenCrypto"]),
        // libFuzzer targets; `make fuzz` builds them with -sanitize=fuzzer, a plain build replays files.
        .systemLibrary(name: "CLibFuzzer"),
        .target(name: "FuzzDriver", dependencies: ["CLibFuzzer"]),
        .executableTarget(
            name: "FuzzProxyEvent",
            dependencies: ["FuzzDriver", "TokenVendor", "LambdaRuntime", "TokenCrypto", "HTTPClient"]
        ),
        .executableTarget(name: "FuzzPrivateKey", dependencies: ["FuzzDriver", "TokenCrypto"]),
        .executableTarget(name: "FuzzSecretReply", dependencies: ["FuzzDriver", "SecretsManager", "TokenCrypto"]),
        .executableTarget(name: "SigningBenchmark", dependencies: ["TokenCrypto"]),
        .testTarget(name: "JSONTextTests", dependencies: ["JSONText"]),
        .testTarget(name: "TokenCryptoTests", dependencies: ["TokenCrypto"]),
        .testTarget(name: "LambdaRuntimeTests", dependencies: ["LambdaRuntime", "LambdaEmulator"]),
        // A scripted HTTP server shared by the fault tests of several test targets.
        .target(name: "TestServers", path: "Tests/Support/TestServers"),
        .testTarget(name: "SecretsManagerTests", dependencies: ["SecretsManager", "TestServers"]),
        .testTarget(
            name: "TokenVendorTests",
            dependencies: ["TokenVendor", "TokenCrypto", "LambdaRuntime", "JSONText"]
        ),
        .testTarget(
            name: "LambdaEmulatorTests",
            // The executables are listed so they are built before the tests, which run them as
            // subprocesses.
            dependencies: [
                "LambdaEmulator", "LambdaRuntime", "TokenCrypto", "Invoke", "TokenFunction", "FuzzProxyEvent",
                "FuzzPrivateKey", "FuzzSecretReply", "TestServers",
            ]
        ),
    ]
)

for target in package.targets where target.type != .system {
    target.swiftSettings =
        (target.swiftSettings ?? []) + [
            .enableUpcomingFeature("ExistentialAny"),
            .enableUpcomingFeature("MemberImportVisibility"),
            .enableUpcomingFeature("InternalImportsByDefault"),
            // Lets release builds specialise and inline generic and small functions across modules,
            // such as RuntimeLoop over TokenHandler; about 5% less CPU time per invocation (BENCHMARKS.md).
            .unsafeFlags(["-cross-module-optimization"], .when(configuration: .release)),
        ]
}
