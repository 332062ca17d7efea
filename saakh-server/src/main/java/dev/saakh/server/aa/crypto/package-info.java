/**
 * The AA's cryptography: FI data encryption as Sahamati's reference does it ({@link FiCrypto},
 * X25519 + HKDF-SHA256 + AES-256-GCM), ReBIT's detached JWS signatures ({@link DetachedJws}), and
 * RSA key files ({@link RsaKeys}). See docs/aa-crypto.md.
 */
package dev.saakh.server.aa.crypto;
