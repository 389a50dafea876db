// SPDX-License-Identifier: Apache-2.0

import FoundationEssentials
import Testing

/// Replays the fuzz seeds and every input that once crashed a fuzz target, through the plain build
/// of each target, which runs the same checks as the fuzzer without it.
@Suite struct FuzzRegressionTests {
    /// Returns the paths of the files in `Fuzz/<kind>/<target>`, or none when the folder is missing.
    static func inputs(_ kind: String, _ target: String) -> [String] {
        let folder = TokenFunctionEndToEndTests.repositoryRoot + "/Fuzz/\(kind)/\(target)"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.sorted().map { folder + "/" + $0 }
    }

    @Test(arguments: ["FuzzProxyEvent", "FuzzPrivateKey", "FuzzSecretReply"])
    func inputsReplayWithoutCrash(target: String) throws {
        let seeds = Self.inputs("Corpus", target)
        let regressions = Self.inputs("Regressions", target)
        let result = try Subprocess.run(
            Subprocess.buildDirectory + "/" + target,
            seeds + regressions,
            in: try TemporaryDirectory()
        )

        #expect(!seeds.isEmpty)
        #expect(result.status == 0, "\(result.standardError)")
    }

    @Test func proxyEventRegressionsArePresent() {
        #expect(Self.inputs("Regressions", "FuzzProxyEvent").count == 3)
    }
}
