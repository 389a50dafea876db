// SPDX-License-Identifier: Apache-2.0

import Glibc

/// Finds the host's CA certificate bundle for HTTPS.
///
/// The bundled libcurl was built on Debian, whose compiled-in default is
/// `/etc/ssl/certs/ca-certificates.crt`; Amazon Linux keeps its bundle under `/etc/pki`, so without
/// this search every HTTPS request to Secrets Manager would fail certificate verification there.
enum CertificateBundle {
    /// Bundle locations of Debian and Ubuntu, Amazon Linux and RHEL, and Alpine, in that order.
    static let candidates = [
        "/etc/ssl/certs/ca-certificates.crt",
        "/etc/pki/tls/certs/ca-bundle.crt",
        "/etc/ssl/certs/ca-bundle.crt",
        "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem",
        "/etc/ssl/cert.pem",
    ]

    /// The first readable candidate, or `nil` to leave libcurl's default in place.
    static let path: String? = candidates.first { access($0, R_OK) == 0 }
}
