package dev.saakh.server.aa.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** FI data encryption between an FIU and an FIP: round trips, tampering, and malformed input. */
class FiCryptoTest {
  static final Instant EXPIRY = Instant.parse("2030-01-01T00:00:00Z");
  static final byte[] PLAIN =
      "{\"Account\":{\"type\":\"deposit\",\"maskedAccNumber\":\"XXXX1234\"}}"
          .getBytes(StandardCharsets.UTF_8);

  final FiCrypto.Party fiu = FiCrypto.ephemeral();
  final FiCrypto.Party fip = FiCrypto.ephemeral();
  final KeyMaterial fiuKm = FiCrypto.keyMaterial(fiu, EXPIRY);
  final KeyMaterial fipKm = FiCrypto.keyMaterial(fip, EXPIRY);

  @Test
  void whatTheFipEncryptsTheFiuDecryptsAndTheOtherWayRound() throws Exception {
    String toFiu = FiCrypto.encrypt(PLAIN, fip, fiuKm);
    assertThat(FiCrypto.decrypt(toFiu, fiu, fipKm)).isEqualTo(PLAIN);
    String toFip = FiCrypto.encrypt(PLAIN, fiu, fipKm);
    assertThat(FiCrypto.decrypt(toFip, fip, fiuKm)).isEqualTo(PLAIN);
    // Both directions derive the same key and IV: the same plain text gives the same bytes.
    assertThat(toFip).isEqualTo(toFiu);
    assertThat(Base64.getDecoder().decode(toFiu)).hasSize(PLAIN.length + 16);
    assertThat(new String(Base64.getDecoder().decode(toFiu), StandardCharsets.ISO_8859_1))
        .doesNotContain("Account");
    assertThat(FiCrypto.decrypt(FiCrypto.encrypt(new byte[0], fip, fiuKm), fiu, fipKm)).isEmpty();
  }

  @Test
  void aRawKeyInHexOrBase64IsReadAsTheReferenceReadsIt() throws Exception {
    byte[] spki = fip.keys().getPublic().getEncoded();
    byte[] raw = java.util.Arrays.copyOfRange(spki, spki.length - 32, spki.length);
    String toFiu = FiCrypto.encrypt(PLAIN, fip, fiuKm);
    KeyMaterial hex = withKey(fipKm, java.util.HexFormat.of().formatHex(raw));
    assertThat(FiCrypto.decrypt(toFiu, fiu, hex)).isEqualTo(PLAIN);
    KeyMaterial b64 = withKey(fipKm, Base64.getEncoder().encodeToString(raw));
    assertThat(FiCrypto.decrypt(toFiu, fiu, b64)).isEqualTo(PLAIN);
  }

  @Test
  void keyMaterialIsReBitShaped() throws Exception {
    assertThat(fiuKm.cryptoAlg()).isEqualTo("ECDH");
    assertThat(fiuKm.curve()).isEqualTo("Curve25519");
    assertThat(fiuKm.dhPublicKey().expiry()).isEqualTo("2030-01-01T00:00:00Z");
    assertThat(fiuKm.dhPublicKey().keyValue())
        .startsWith("-----BEGIN PUBLIC KEY-----\n")
        .endsWith("-----END PUBLIC KEY-----");
    assertThat(Base64.getDecoder().decode(fiuKm.nonce())).isEqualTo(fiu.nonce());
    assertThat(FiCrypto.publicKey(fiuKm)).isEqualTo(fiu.keys().getPublic());
  }

  @Test
  void aThirdPartyCannotDecrypt() throws Exception {
    String data = FiCrypto.encrypt(PLAIN, fip, fiuKm);
    FiCrypto.Party other = FiCrypto.ephemeral();
    assertThatThrownBy(() -> FiCrypto.decrypt(data, other, fipKm))
        .isInstanceOf(FiCryptoException.class)
        .hasMessageContaining("tag does not match");
  }

  @Test
  void aFlippedByteInTheCiphertextOrTagIsRefused() throws Exception {
    byte[] data = Base64.getDecoder().decode(FiCrypto.encrypt(PLAIN, fip, fiuKm));
    for (int i :
        new int[] {0, PLAIN.length / 2, PLAIN.length - 1, data.length - 16, data.length - 1}) {
      byte[] bad = data.clone();
      bad[i] ^= 0x01;
      String b64 = Base64.getEncoder().encodeToString(bad);
      assertThatThrownBy(() -> FiCrypto.decrypt(b64, fiu, fipKm))
          .as("byte %d", i)
          .isInstanceOf(FiCryptoException.class)
          .hasMessageContaining("tag does not match");
    }
    String cut = Base64.getEncoder().encodeToString(Arrays.copyOf(data, data.length - 1));
    assertThatThrownBy(() -> FiCrypto.decrypt(cut, fiu, fipKm))
        .isInstanceOf(FiCryptoException.class);
  }

  @Test
  void aFlippedByteInTheOtherSidesPublicKeyIsRefused() throws Exception {
    String data = FiCrypto.encrypt(PLAIN, fip, fiuKm);
    byte[] der = fip.keys().getPublic().getEncoded();
    for (int i : new int[] {12, 20, 42}) {
      byte[] bad = der.clone();
      bad[i] ^= 0x01;
      KeyMaterial km = withKey(fipKm, pem(bad));
      assertThatThrownBy(() -> FiCrypto.decrypt(data, fiu, km))
          .as("byte %d", i)
          .isInstanceOf(FiCryptoException.class)
          .hasMessageContaining("tag does not match");
    }
  }

  @Test
  void aFlippedByteInEitherNonceIsRefused() throws Exception {
    String data = FiCrypto.encrypt(PLAIN, fip, fiuKm);
    for (int i : new int[] {0, 19, 20, 31}) {
      byte[] n = fip.nonce();
      n[i] ^= 0x01;
      KeyMaterial theirs = withNonce(fipKm, Base64.getEncoder().encodeToString(n));
      assertThatThrownBy(() -> FiCrypto.decrypt(data, fiu, theirs))
          .as("their nonce byte %d", i)
          .isInstanceOf(FiCryptoException.class);
      byte[] m = fiu.nonce();
      m[i] ^= 0x01;
      FiCrypto.Party ours = new FiCrypto.Party(fiu.keys(), m);
      assertThatThrownBy(() -> FiCrypto.decrypt(data, ours, fipKm))
          .as("our nonce byte %d", i)
          .isInstanceOf(FiCryptoException.class);
    }
  }

  @Test
  void malformedKeyMaterialIsRefusedWithAMessageNamingTheProblem() {
    String nonce31 = Base64.getEncoder().encodeToString(new byte[31]);
    refused(withNonce(fipKm, nonce31), "Nonce is 31 bytes");
    refused(withNonce(fipKm, Base64.getEncoder().encodeToString(new byte[33])), "33 bytes");
    refused(withNonce(fipKm, "not base64 at all!"), "Nonce");
    refused(withNonce(fipKm, null), "no Nonce");
    refused(withNonce(fipKm, "@".repeat(44)), "Nonce is not base64");
    refused(withNonce(fipKm, "-" + fipKm.nonce().substring(1)), "Nonce is not base64");
    refused(withKey(fipKm, "#".repeat(60)), "not base64, hex or PEM");
    refused(withCurve(fipKm, "secp256r1"), "curve is secp256r1");
    refused(withKey(fipKm, null), "KeyValue");
    refused(new KeyMaterial("ECDH", "Curve25519", "", null, fipKm.nonce()), "DHPublicKey.KeyValue");
    refused(null, "no DHPublicKey.KeyValue");
    refused(
        withKey(fipKm, "-----BEGIN PUBLIC KEY-----\n%%%%\n-----END PUBLIC KEY-----"), "KeyValue");
    refused(withKey(fipKm, pem(new byte[] {1, 2, 3, 4, 5, 6})), "not an X25519 public key");
    refused(withKey(fipKm, pem(RsaKeys.generate().getPublic().getEncoded())), "not an X25519");
  }

  @Test
  void malformedCiphertextIsRefusedWithAMessageNamingTheProblem() {
    assertThatThrownBy(() -> FiCrypto.decrypt("%%%% not base64 %%%%", fiu, fipKm))
        .isInstanceOf(FiCryptoException.class)
        .hasMessageContaining("not base64");
    assertThatThrownBy(() -> FiCrypto.decrypt("AAAA", fiu, fipKm))
        .isInstanceOf(FiCryptoException.class)
        .hasMessageContaining("shorter than its 16-byte tag");
    assertThatThrownBy(() -> FiCrypto.decrypt("@@@@@@@@@@@@@@@@@@@@@@@@@@@@", fiu, fipKm))
        .isInstanceOf(FiCryptoException.class)
        .hasMessageContaining("not base64");
    assertThatThrownBy(() -> FiCrypto.decrypt(null, fiu, fipKm))
        .isInstanceOf(FiCryptoException.class);
  }

  @Test
  void aPartyExportsAndImports() throws Exception {
    String s = FiCrypto.exportParty(fiu);
    FiCrypto.Party back = FiCrypto.importParty(s);
    assertThat(back.keys().getPrivate().getEncoded())
        .isEqualTo(fiu.keys().getPrivate().getEncoded());
    assertThat(back.keys().getPublic()).isEqualTo(fiu.keys().getPublic());
    assertThat(back.nonce()).isEqualTo(fiu.nonce());
    assertThat(back.toString()).doesNotContain(s.split(":")[1]);
    String data = FiCrypto.encrypt(PLAIN, fip, fiuKm);
    assertThat(FiCrypto.decrypt(data, back, fipKm)).isEqualTo(PLAIN);
    for (String bad :
        new String[] {
          null,
          "",
          "x25519:a:b",
          "rsa:" + s.substring(7),
          s + ":x",
          s.replace("x25519:", "x25519:!")
        }) {
      assertThatThrownBy(() -> FiCrypto.importParty(bad))
          .as(String.valueOf(bad))
          .isInstanceOf(FiCryptoException.class);
    }
    String[] parts = s.split(":");
    String shortNonce = parts[0] + ":" + parts[1] + ":" + parts[2] + ":AAAA";
    assertThatThrownBy(() -> FiCrypto.importParty(shortNonce))
        .isInstanceOf(FiCryptoException.class)
        .hasMessageContaining("nonce");
  }

  @Test
  void garbageNeverThrowsAnythingButFiCryptoException() {
    Random r = new Random(20261203L);
    for (int i = 0; i < 2000; i++) {
      KeyMaterial km =
          new KeyMaterial(
              pick(r, "ECDH", null, garbage(r)),
              pick(r, "Curve25519", "X25519", null, garbage(r)),
              pick(r, "", null, garbage(r)),
              r.nextInt(10) == 0
                  ? null
                  : new KeyMaterial.DhPublicKey(
                      pick(r, EXPIRY.toString(), null, garbage(r)), "", keyValue(r)),
              pick(r, b64(r, 32), b64(r, 32), b64(r, r.nextInt(64)), null, garbage(r)));
      String data = pick(r, b64(r, r.nextInt(200)), garbage(r), null, "");
      try {
        FiCrypto.decrypt(data, fiu, km);
      } catch (FiCryptoException expected) {
        assertThat(expected.getMessage()).isNotBlank();
      }
      try {
        FiCrypto.encrypt(PLAIN, fiu, km);
      } catch (FiCryptoException expected) {
        assertThat(expected.getMessage()).isNotBlank();
      }
      try {
        FiCrypto.importParty(pick(r, garbage(r), "x25519:" + garbage(r), exportGarbage(r)));
      } catch (FiCryptoException expected) {
        assertThat(expected.getMessage()).isNotBlank();
      }
    }
  }

  private String keyValue(Random r) {
    return pick(
        r,
        null,
        garbage(r),
        b64(r, 32),
        b64(r, r.nextInt(80)),
        pem(randomBytes(r, r.nextInt(60))),
        pem(flip(r, fip.keys().getPublic().getEncoded())),
        fipKm.dhPublicKey().keyValue());
  }

  private static String exportGarbage(Random r) {
    return "x25519:" + b64(r, 48) + ":" + b64(r, 44) + ":" + b64(r, r.nextBoolean() ? 32 : 7);
  }

  private static byte[] flip(Random r, byte[] b) {
    byte[] c = b.clone();
    c[r.nextInt(c.length)] ^= (byte) (1 + r.nextInt(255));
    return c;
  }

  private static byte[] randomBytes(Random r, int n) {
    byte[] b = new byte[n];
    r.nextBytes(b);
    return b;
  }

  private static String b64(Random r, int n) {
    return Base64.getEncoder().encodeToString(randomBytes(r, n));
  }

  private static String garbage(Random r) {
    StringBuilder s = new StringBuilder();
    int n = r.nextInt(40);
    for (int i = 0; i < n; i++) {
      s.append((char) r.nextInt(r.nextBoolean() ? 128 : 0x3000));
    }
    return s.toString();
  }

  @SafeVarargs
  private static <T> T pick(Random r, T... options) {
    return options[r.nextInt(options.length)];
  }

  private void refused(KeyMaterial km, String message) {
    assertThatThrownBy(() -> FiCrypto.decrypt(FiCrypto.encrypt(PLAIN, fip, fiuKm), fiu, km))
        .as(message)
        .isInstanceOf(FiCryptoException.class)
        .hasMessageContaining(message);
    assertThatThrownBy(() -> FiCrypto.encrypt(PLAIN, fiu, km))
        .as(message)
        .isInstanceOf(FiCryptoException.class)
        .hasMessageContaining(message);
  }

  static String pem(byte[] der) {
    return "-----BEGIN PUBLIC KEY-----\n"
        + Base64.getEncoder().encodeToString(der)
        + "\n-----END PUBLIC KEY-----";
  }

  static KeyMaterial withKey(KeyMaterial km, String keyValue) {
    return new KeyMaterial(
        km.cryptoAlg(),
        km.curve(),
        km.params(),
        new KeyMaterial.DhPublicKey(km.dhPublicKey().expiry(), "", keyValue),
        km.nonce());
  }

  static KeyMaterial withNonce(KeyMaterial km, String nonce) {
    return new KeyMaterial(km.cryptoAlg(), km.curve(), km.params(), km.dhPublicKey(), nonce);
  }

  static KeyMaterial withCurve(KeyMaterial km, String curve) {
    return new KeyMaterial(km.cryptoAlg(), curve, km.params(), km.dhPublicKey(), km.nonce());
  }
}
