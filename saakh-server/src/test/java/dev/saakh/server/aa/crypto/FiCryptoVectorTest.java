package dev.saakh.server.aa.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.KeyAgreement;
import org.junit.jupiter.api.Test;

/** A vector computed by vector.py with Python's cryptography package, and RFC 7748 section 6.1. */
class FiCryptoVectorTest {
  static final HexFormat HEX = HexFormat.of();

  @Test
  void theJavaCodeReproducesThePythonVectorByteForByte() throws Exception {
    JsonNode v;
    try (InputStream in = getClass().getResourceAsStream("/aa/crypto/vector.json")) {
      v = new ObjectMapper().readTree(in);
    }
    PrivateKey fiuPriv = privateKey(v.path("fiuPrivateKeyHex").asText());
    PrivateKey fipPriv = privateKey(v.path("fipPrivateKeyHex").asText());
    KeyMaterial fiuKm = km(v.path("fiuPublicKeyPem").asText(), v.path("fiuNonce").asText());
    KeyMaterial fipKm = km(v.path("fipPublicKeyPem").asText(), v.path("fipNonce").asText());
    PublicKey fiuPub = FiCrypto.publicKey(fiuKm);
    PublicKey fipPub = FiCrypto.publicKey(fipKm);
    FiCrypto.Party fiu = new FiCrypto.Party(new KeyPair(fiuPub, fiuPriv), FiCrypto.nonce(fiuKm));
    FiCrypto.Party fip = new FiCrypto.Party(new KeyPair(fipPub, fipPriv), FiCrypto.nonce(fipKm));

    byte[] shared = agree(fipPriv, fiuPub);
    assertThat(HEX.formatHex(shared)).isEqualTo(v.path("sharedSecretHex").asText());
    byte[] salt = HEX.parseHex(v.path("saltHex").asText());
    assertThat(HEX.formatHex(FiCrypto.hkdf(shared, salt, 32)))
        .isEqualTo(v.path("aesKeyHex").asText());

    byte[] plain = v.path("plaintext").asText().getBytes(StandardCharsets.UTF_8);
    String expected = v.path("ciphertext").asText();
    assertThat(FiCrypto.encrypt(plain, fip, fiuKm)).isEqualTo(expected);
    assertThat(FiCrypto.decrypt(expected, fiu, fipKm)).isEqualTo(plain);
    assertThat(FiCrypto.encrypt(plain, fiu, fipKm)).isEqualTo(expected);
    assertThat(FiCrypto.decrypt(expected, fip, fiuKm)).isEqualTo(plain);
    // The public keys in the vector are those of its private keys.
    assertThat(agree(fiuPriv, fipPub)).isEqualTo(shared);
  }

  @Test
  void rfc7748AliceAndBobAgree() throws Exception {
    PrivateKey alice =
        privateKey("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a");
    PrivateKey bob = privateKey("5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb");
    String alicePub = "8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a";
    String bobPub = "de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f";
    String shared = "4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742";
    assertThat(HEX.formatHex(agree(alice, rawPublic(bobPub)))).isEqualTo(shared);
    assertThat(HEX.formatHex(agree(bob, rawPublic(alicePub)))).isEqualTo(shared);
  }

  static PublicKey rawPublic(String hex) throws FiCryptoException {
    String b64 = Base64.getEncoder().encodeToString(HEX.parseHex(hex));
    return FiCrypto.publicKey(km(b64, Base64.getEncoder().encodeToString(new byte[32])));
  }

  static KeyMaterial km(String keyValue, String nonce) {
    return new KeyMaterial(
        "ECDH",
        "Curve25519",
        "",
        new KeyMaterial.DhPublicKey(Instant.EPOCH.toString(), "", keyValue),
        nonce);
  }

  static PrivateKey privateKey(String hex) throws Exception {
    byte[] der = HEX.parseHex("302e020100300506032b656e04220420" + hex);
    return KeyFactory.getInstance("X25519").generatePrivate(new PKCS8EncodedKeySpec(der));
  }

  static byte[] agree(PrivateKey ours, PublicKey theirs) throws Exception {
    KeyAgreement ka = KeyAgreement.getInstance("X25519");
    ka.init(ours);
    ka.doPhase(theirs, true);
    return ka.generateSecret();
  }
}
