#!/usr/bin/env python3
"""Writes vector.json: a FI data encryption test vector computed independently of Saakh's Java code.

The algorithm is the one Sahamati's reference library (rahasya) publishes for ReBIT FI data:
  1. shared secret = X25519(our private key, their public key)
  2. x = nonce_FIU XOR nonce_FIP (both 32 bytes)
  3. salt = x[0..20), IV = x[20..32)
  4. AES key = HKDF-SHA256(shared secret, salt, no info, 32 bytes)
  5. ciphertext = AES-256-GCM(key, IV, plaintext, no associated data), 128-bit tag appended; base64.
The private keys and nonces are fixed (made up for the test), so the output never changes.
Run from this directory:  python3 vector.py   (needs the `cryptography` package)
"""
import base64
import json
import os

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

FIU_PRIVATE = "a8abababababababababababababababababababababababababababababab6b"
FIP_PRIVATE = "c8cdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcd4d"
FIU_NONCE = bytes(range(0, 32))
FIP_NONCE = bytes((0xA5 + 7 * i) % 256 for i in range(32))
PLAINTEXT = json.dumps(
    {
        "Account": {
            "type": "deposit",
            "maskedAccNumber": "XXXXXXXX4321",
            "version": "2.0.0",
            "linkedAccRef": "REF-TEST-0001",
            "Profile": {"Holders": {"type": "SINGLE", "Holder": [{"name": "Test Holder"}]}},
            "Summary": {"currentBalance": "10250.75", "currency": "INR", "type": "SAVINGS"},
            "Transactions": {
                "startDate": "2026-01-01",
                "endDate": "2026-01-31",
                "Transaction": [
                    {
                        "txnId": "T0001",
                        "type": "DEBIT",
                        "mode": "UPI",
                        "amount": "250.00",
                        "currentBalance": "10250.75",
                        "transactionTimestamp": "2026-01-15T10:20:30+05:30",
                        "valueDate": "2026-01-15",
                        "narration": "UPI/TEST/SHOP",
                        "reference": "R0001",
                    }
                ],
            },
        }
    },
    separators=(",", ":"),
)


def pem(public_key: X25519PublicKey) -> str:
    return public_key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    ).decode("ascii")


def main() -> None:
    fiu = X25519PrivateKey.from_private_bytes(bytes.fromhex(FIU_PRIVATE))
    fip = X25519PrivateKey.from_private_bytes(bytes.fromhex(FIP_PRIVATE))
    shared = fip.exchange(fiu.public_key())
    assert shared == fiu.exchange(fip.public_key())
    x = bytes(a ^ b for a, b in zip(FIU_NONCE, FIP_NONCE))
    salt, iv = x[:20], x[20:]
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=None).derive(shared)
    ciphertext = AESGCM(key).encrypt(iv, PLAINTEXT.encode("utf-8"), None)
    vector = {
        "algorithm": "X25519 + HKDF-SHA256(salt=x[0..20), no info, 32) + AES-256-GCM(iv=x[20..32))",
        "fiuPrivateKeyHex": FIU_PRIVATE,
        "fipPrivateKeyHex": FIP_PRIVATE,
        "fiuPublicKeyPem": pem(fiu.public_key()),
        "fipPublicKeyPem": pem(fip.public_key()),
        "fiuNonce": base64.b64encode(FIU_NONCE).decode("ascii"),
        "fipNonce": base64.b64encode(FIP_NONCE).decode("ascii"),
        "plaintext": PLAINTEXT,
        "sharedSecretHex": shared.hex(),
        "saltHex": salt.hex(),
        "ivHex": iv.hex(),
        "aesKeyHex": key.hex(),
        "ciphertext": base64.b64encode(ciphertext).decode("ascii"),
    }
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "vector.json")
    with open(out, "w", encoding="utf-8") as f:
        json.dump(vector, f, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
