// SPDX-License-Identifier: Apache-2.0

import Glibc
import LambdaRuntime
import SecretsManager
import TokenVendor

let status = Lambda.run(environment: Lambda.processEnvironment()) { environment, logger in
    let configuration = try VendorConfiguration(environment: environment)
    let client = try SecretsManagerClient(configuration: SecretsManagerConfiguration(environment: environment))
    let source = SecretsManagerKeySource(
        client: client,
        secretID: configuration.secretID,
        versionStage: configuration.secretVersionStage
    )
    return TokenHandler(configuration: configuration, keySource: source)
}
exit(status)
