# SPDX-License-Identifier: Apache-2.0
"""Create the IAM principals and secrets that the moto end-to-end tests read.

Usage: moto-setup.py ENDPOINT PEM_PATH. Prints `export NAME=value` lines for scripts/with-moto.
"""

import json
import shlex
import sys

import boto3

REGION = "us-east-1"
READ_POLICY = json.dumps({
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Action": "secretsmanager:GetSecretValue", "Resource": "*"}],
})
TRUST_POLICY = json.dumps({
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "sts:AssumeRole"}],
})


def client(service, endpoint, key_id="setup", secret="setup", token=None):
    return boto3.client(
        service,
        endpoint_url=endpoint,
        region_name=REGION,
        aws_access_key_id=key_id,
        aws_secret_access_key=secret,
        aws_session_token=token,
    )


def main():
    endpoint, pem_path = sys.argv[1], sys.argv[2]
    with open(pem_path, "rb") as pem_file:
        pem = pem_file.read()

    iam = client("iam", endpoint)
    iam.create_user(UserName="token-vendor")
    iam.put_user_policy(UserName="token-vendor", PolicyName="read-secrets", PolicyDocument=READ_POLICY)
    user_key = iam.create_access_key(UserName="token-vendor")["AccessKey"]

    role = iam.create_role(RoleName="token-vendor-role", AssumeRolePolicyDocument=TRUST_POLICY)["Role"]
    iam.put_role_policy(RoleName="token-vendor-role", PolicyName="read-secrets", PolicyDocument=READ_POLICY)
    sts = client("sts", endpoint, user_key["AccessKeyId"], user_key["SecretAccessKey"])
    role_keys = sts.assume_role(RoleArn=role["Arn"], RoleSessionName="with-moto")["Credentials"]

    secrets = client("secretsmanager", endpoint)
    secrets.create_secret(Name="ivs/playback-key", SecretString=pem.decode("ascii"))
    secrets.create_secret(Name="ivs/playback-key-binary", SecretBinary=pem)
    secrets.create_secret(Name="ivs/staged", SecretString="first")
    secrets.put_secret_value(SecretId="ivs/staged", SecretString="second")
    secrets.create_secret(Name="ivs/deleted", SecretString="gone")
    secrets.delete_secret(SecretId="ivs/deleted", RecoveryWindowInDays=7)

    exports = {
        "MOTO_ACCESS_KEY_ID": user_key["AccessKeyId"],
        "MOTO_SECRET_ACCESS_KEY": user_key["SecretAccessKey"],
        "MOTO_ROLE_ACCESS_KEY_ID": role_keys["AccessKeyId"],
        "MOTO_ROLE_SECRET_ACCESS_KEY": role_keys["SecretAccessKey"],
        "MOTO_ROLE_SESSION_TOKEN": role_keys["SessionToken"],
        "MOTO_SECRET_STRING": "ivs/playback-key",
        "MOTO_SECRET_BINARY": "ivs/playback-key-binary",
        "MOTO_SECRET_STAGED": "ivs/staged",
        "MOTO_SECRET_DELETED": "ivs/deleted",
    }
    for name, value in exports.items():
        print(f"export {name}={shlex.quote(value)}")


if __name__ == "__main__":
    main()
