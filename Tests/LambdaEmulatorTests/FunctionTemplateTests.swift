// SPDX-License-Identifier: Apache-2.0

import LambdaEmulator
import Testing

@Suite struct FunctionTemplateTests {
    static let template = """
        AWSTemplateFormatVersion: "2010-09-09"
        Parameters:
          ChannelArn:
            Type: String
            Default: arn:aws:ivs:us-west-2:123456789012:channel/AbCd
          TokenTTL:
            Type: Number
            Default: 172800
          NoDefault:
            Type: String
        Globals:
          Function:
            Timeout: 10
            MemorySize: 256
            Environment:
              Variables:
                SHARED: "from globals"
                OVERRIDDEN: globals
        Resources:
          TokenFunction:
            Type: AWS::Serverless::Function
            Properties:
              Handler: bootstrap
              MemorySize: 512
              Environment:
                Variables:
                  CHANNEL_ARN: !Ref ChannelArn
                  TOKEN_TTL: !Ref TokenTTL
                  REGION_COPY: {Ref: "AWS::Region"}
                  OVERRIDDEN: resource
                  MISSING_DEFAULT: !Ref NoDefault
                  SUBSTITUTED: !Sub "${AWS::StackName}-x"
                  ATTRIBUTE: !GetAtt Other.Arn
        """

    private func read(_ text: String) throws -> FunctionTemplate {
        let document = try YAMLParser.parse(bytes(text), path: "template.yaml")
        return try FunctionTemplate(
            document: document,
            functionName: "TokenFunction",
            region: "eu-west-1",
            path: "template.yaml"
        )
    }

    @Test func settingsComeFromResourceThenGlobals() throws {
        let template = try read(Self.template)
        #expect(template.timeoutSeconds == 10)
        #expect(template.memorySizeMB == 512)
        #expect(template.handler == "bootstrap")
    }

    @Test func variablesResolveReferencesToDefaults() throws {
        let template = try read(Self.template)
        #expect(
            template.variables == [
                "SHARED": "from globals",
                "OVERRIDDEN": "resource",
                "CHANNEL_ARN": "arn:aws:ivs:us-west-2:123456789012:channel/AbCd",
                "TOKEN_TTL": "172800",
                "REGION_COPY": "eu-west-1",
            ]
        )
    }

    @Test func declaredNamesIncludeGlobalsAndUnresolved() throws {
        let template = try read(Self.template)
        #expect(
            template.declaredVariableNames == [
                "SHARED", "OVERRIDDEN", "CHANNEL_ARN", "TOKEN_TTL", "REGION_COPY", "MISSING_DEFAULT", "SUBSTITUTED",
                "ATTRIBUTE",
            ]
        )
    }

    @Test func unresolvableVariablesAreSkippedWithWarnings() throws {
        let warnings = try read(Self.template).warnings
        #expect(warnings.count == 3)
        for name in ["MISSING_DEFAULT", "SUBSTITUTED", "ATTRIBUTE"] {
            #expect(warnings.contains { $0.contains(name) })
        }
    }

    @Test func missingSettingsUseLambdaDefaults() throws {
        let template = try read("Resources:\n  TokenFunction:\n    Properties:\n      Handler: x\n")
        #expect(template.timeoutSeconds == 3)
        #expect(template.memorySizeMB == 128)
        #expect(template.variables.isEmpty)
    }

    @Test func missingResourceIsInvalid() throws {
        #expect(throws: EmulatorError.self) { try read("Resources:\n  Other:\n    Properties: {}\n") }
    }

    @Test func invalidYAMLNamesTheLine() throws {
        let error = try #require(throws: EmulatorError.self) { try read("Resources:\n  a: [b\n  c: d\n") }
        #expect(error.description.hasPrefix("invalid SAM template template.yaml: "))
        #expect(error.description.contains("line"))
    }

    @Test func aliasBombIsRejectedQuickly() throws {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1..<9 {
            let previous = "*a\(level - 1)"
            let items = Array(repeating: previous, count: 10).joined(separator: ", ")
            yaml += "a\(level): &a\(level) [\(items)]\n"
        }
        yaml += "Resources:\n  TokenFunction:\n    Properties: {}\n"

        let error = try #require(throws: EmulatorError.self) { try read(yaml) }
        #expect(error.description.contains("more than 100000 nodes"))
    }

    @Test func deepNestingIsRejected() throws {
        let yaml = "Resources: " + String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000) + "\n"

        let error = try #require(throws: EmulatorError.self) { try read(yaml) }
        #expect(error.description.contains("deeper than 256 levels"))
    }
}
