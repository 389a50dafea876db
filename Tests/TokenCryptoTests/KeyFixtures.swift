// SPDX-License-Identifier: Apache-2.0

/// Test-only keys made with OpenSSL 3.0 for these tests; none of them protects anything.
///
/// `sec1` and `pkcs8` are one P-384 key (`publicKey` is its public half); `withParameters` is another
/// P-384 key, written by `openssl ecparam -genkey` without `-noout`, with `withParametersPublicKey`.
enum KeyFixtures {
    static let sec1 = """
        -----BEGIN EC PRIVATE KEY-----
        MIGkAgEBBDBey+/0tE3tX8+tbdh+I8+ijp1B2iH83x9M4tOKIaVoWtK0ITBwZXuh
        ZuV2egNNL3mgBwYFK4EEACKhZANiAASZHFD4+fgMMbIrM2PqHnucfh/Zx+PwYz7l
        IcKU60pv9deX22dH4Nh5nrr0vMKAzprjySnuRuW08ZMGs055Iht/3CQ3BhS6qAxB
        uwdKTLvITAFG8IbfHSYLaOxnUXV6r6Y=
        -----END EC PRIVATE KEY-----
        """

    static let pkcs8 = """
        -----BEGIN PRIVATE KEY-----
        MIG2AgEAMBAGByqGSM49AgEGBSuBBAAiBIGeMIGbAgEBBDBey+/0tE3tX8+tbdh+
        I8+ijp1B2iH83x9M4tOKIaVoWtK0ITBwZXuhZuV2egNNL3mhZANiAASZHFD4+fgM
        MbIrM2PqHnucfh/Zx+PwYz7lIcKU60pv9deX22dH4Nh5nrr0vMKAzprjySnuRuW0
        8ZMGs055Iht/3CQ3BhS6qAxBuwdKTLvITAFG8IbfHSYLaOxnUXV6r6Y=
        -----END PRIVATE KEY-----
        """

    static let publicKey = """
        -----BEGIN PUBLIC KEY-----
        MHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEmRxQ+Pn4DDGyKzNj6h57nH4f2cfj8GM+
        5SHClOtKb/XXl9tnR+DYeZ669LzCgM6a48kp7kbltPGTBrNOeSIbf9wkNwYUuqgM
        QbsHSky7yEwBRvCG3x0mC2jsZ1F1eq+m
        -----END PUBLIC KEY-----
        """

    static let withParameters = """
        -----BEGIN EC PARAMETERS-----
        BgUrgQQAIg==
        -----END EC PARAMETERS-----
        -----BEGIN EC PRIVATE KEY-----
        MIGkAgEBBDAn8v28k+fOjvGqUpBCsv9SYyBJj5jhfPlE9RGQr8JEQ8uuscydNU0y
        YR8AmU4xBg6gBwYFK4EEACKhZANiAASL2cwaUQSfN9ebS2KfgCC/60UVUf4gcLhC
        j3AkqUOalmCmlD7nc0B9T7ziADtSiKxCXJ9EFzIZifkTkrx5dPTxC3fp/pCthj6/
        fMY+TNn6p0hr0/UT+E6Als4Eb0oGQ+c=
        -----END EC PRIVATE KEY-----
        """

    static let withParametersPublicKey = """
        -----BEGIN PUBLIC KEY-----
        MHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEi9nMGlEEnzfXm0tin4Agv+tFFVH+IHC4
        Qo9wJKlDmpZgppQ+53NAfU+84gA7UoisQlyfRBcyGYn5E5K8eXT08Qt36f6QrYY+
        v3zGPkzZ+qdIa9P1E/hOgJbOBG9KBkPn
        -----END PUBLIC KEY-----
        """

    static let p256 = """
        -----BEGIN EC PRIVATE KEY-----
        MHcCAQEEIDqbgB1w2KlThvn8SSbsBvVVIXLxxmIFpY6/7H4dAjIHoAoGCCqGSM49
        AwEHoUQDQgAEKUACr89GSVIX3jZm+K7io4q50TdWT2A4Kog5/vJVYioYnZuIK/Co
        /aiGpqT22uSKqHNrTxEvxNrh350YI6xxYw==
        -----END EC PRIVATE KEY-----
        """

    static let rsa = """
        -----BEGIN PRIVATE KEY-----
        MIICeAIBADANBgkqhkiG9w0BAQEFAASCAmIwggJeAgEAAoGBALu16YcXz5/XW0G4
        WZgoWLh4+rykee9UfQgRJ959EdAf1jwTEeLQAT+e24ug7h2dTBA/4lNMOpBFw2k5
        Mso+dOlNQ2kZn6MNXB+N40wHBmlzrTh4UiaGsBbG/rZv4y9H4Zv6aHjHeI7bq0Yf
        LsP6SCtNcCZ9SkJje321cUUScuqDAgMBAAECgYEAsDX6/XiazcBKyI0YfkAR2Uqo
        hoIYfVVg8ju4o6HhIPFiGY8FUVhWc7TbAF6YaXCKQQ7Xlb6Pk3QKFzM8vKKY9/Xf
        GeM3f7IExZPMeMiMlF7cqDJgkB5Dv9CGY18YqopYTV9umocIHhAdCi597KVclksA
        YWidu9AaXcyL154JhqECQQDo4FF2HR0Pap3x/jyjo4NeCeAAIwual7ip9HWkRrIH
        hIyxYmepLV04A3IJV2QFPYiZpquZZGJyd5I0QDqZEQDrAkEAzll9T13LKxbql2rN
        3xUMgJML16loEvxJwZHSlhUjWbwGmzSuCRHB9l2XzRJCF3lKEGCX45f11oIeW6Sn
        EM8WyQJBAN4T3VuIFAh5ojn+O5HKAyMQw78drJk2ivH4oJ+Sk4A71Xfr4fMhwb4C
        +yMRZd7heX0dxpM3efKzOIf/oGIMJxUCQCjfNt/ijxyA1ISbZh26uJg7CAx2hKPG
        DwHlVVXe5/qdMJ3LaHFpcAbRcQDwjeDCaHYn+83bypjrewHh8il1K2kCQQCuS6uX
        9rAN+XwpCt50s/HjW6jBCFH/GuwejCFqpZoW4Av2LhHKv4tyqf3YHqYoBWkXNdrM
        5XQp+esaunmqBo88
        -----END PRIVATE KEY-----
        """

    static let encrypted = """
        -----BEGIN ENCRYPTED PRIVATE KEY-----
        MIIBHDBXBgkqhkiG9w0BBQ0wSjApBgkqhkiG9w0BBQwwHAQI1WINwT33Uj0CAggA
        MAwGCCqGSIb3DQIJBQAwHQYJYIZIAWUDBAEqBBDrtXcuvyQNHWlXoFTjUP52BIHA
        MqzduIy+iAivofchmUp8BVfaASsOG2S5NX0j+yV1nnMuNKSdrkePUpwWfaEK7DNH
        VcRNNKypTwsqgZwlxIPDX2hZB9OoJEEHQBAz6F6kvggyaSHngiewtQI1q/rWSUY+
        9TXJooTnNI0I7uKMkChPLSGBX3cfwZP19clbMi5lVQAxVkbY6NVwB3B4gY53/PGO
        2RaUZLJ9XSmugVDjG+NHm8GKgnSFVdS7qt+3B9b3v+26+t6cRzWNyPmKkiAWHvjN
        -----END ENCRYPTED PRIVATE KEY-----
        """

    static let explicitParameters = """
        -----BEGIN EC PRIVATE KEY-----
        MIIB+gIBAQQwXsvv9LRN7V/PrW3YfiPPoo6dQdoh/N8fTOLTiiGlaFrStCEwcGV7
        oWbldnoDTS95oIIBWzCCAVcCAQEwPAYHKoZIzj0BAQIxAP//////////////////
        ///////////////////////+/////wAAAAAAAAAA/////zB7BDD/////////////
        /////////////////////////////v////8AAAAAAAAAAP////wEMLMxL6fiPufk
        mI4Fa+P4LRkYHZxu/oFBEgMUCI9QE4daxlY5jYou0Z0qhcjt0+wq7wMVAKM1kmqj
        GaJ6HQCJamdzpIJ6zaxzBGEEqofKIr6LBTeOscce8yCtdG4dO2KLp5uYWfdB4IJU
        KjhVAvJdv1UpbDpUXjhydgq3NhfeSpYmLG9dnpi/kpLcKfj0Hb0omhR86doxE7Xw
        uMAKYLHOHX6BnXpDHXyQ6g5fAjEA////////////////////////////////x2NN
        gfQ3Ld9YGg2ySLCneuzsGWrMxSlzAgEBoWQDYgAEmRxQ+Pn4DDGyKzNj6h57nH4f
        2cfj8GM+5SHClOtKb/XXl9tnR+DYeZ669LzCgM6a48kp7kbltPGTBrNOeSIbf9wk
        NwYUuqgMQbsHSky7yEwBRvCG3x0mC2jsZ1F1eq+m
        -----END EC PRIVATE KEY-----
        """
}
