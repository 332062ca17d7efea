package dev.saakh.server.aa.crypto;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * FI data encryption as Sahamati's reference library ({@code rahasya}) does it: X25519 ECDH with
 * one ephemeral key pair and one 32-byte random nonce per side; {@code x = nonceA XOR nonceB}; salt
 * = {@code x[0..20)}, IV = {@code x[20..32)}; key = HKDF-SHA256(shared secret, salt, no info, 32
 * bytes); AES-256-GCM with a 128-bit tag and no associated data; base64. A public key travels in
 * KeyMaterial's {@code KeyValue} as a PEM X.509 SubjectPublicKeyInfo (bare base64 of it, or of the
 * raw 32 bytes, is read too); the nonce as base64. JDK cryptography only.
 */
public final class FiCrypto {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int NONCE = 32;
  private static final byte[] X25519_SPKI_PREFIX = {
    0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x6e, 0x03, 0x21, 0x00
  };

  private FiCrypto() {}

  /** One side's ephemeral X25519 key pair and 32-byte nonce. */
  public record Party(KeyPair keys, byte[] nonce) {
    public Party {
      nonce = nonce.clone();
    }

    @Override
    public byte[] nonce() {
      return nonce.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Party p && keys.equals(p.keys) && Arrays.equals(nonce, p.nonce);
    }

    @Override
    public int hashCode() {
      return 31 * keys.hashCode() + Arrays.hashCode(nonce);
    }

    @Override
    public String toString() {
      return "Party[X25519]";
    }
  }

  /** A fresh key pair and nonce. */
  public static Party ephemeral() {
    try {
      KeyPair keys = KeyPairGenerator.getInstance("X25519").generateKeyPair();
      byte[] nonce = new byte[NONCE];
      RANDOM.nextBytes(nonce);
      return new Party(keys, nonce);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JDK has no X25519", e);
    }
  }

  /** The party's public half as ReBIT KeyMaterial, valid until {@code expiry}. */
  public static KeyMaterial keyMaterial(Party p, Instant expiry) {
    String pem =
        "-----BEGIN PUBLIC KEY-----\n"
            + Base64.getEncoder().encodeToString(p.keys().getPublic().getEncoded())
            + "\n-----END PUBLIC KEY-----";
    return new KeyMaterial(
        "ECDH",
        "Curve25519",
        "",
        new KeyMaterial.DhPublicKey(expiry.toString(), "", pem),
        Base64.getEncoder().encodeToString(p.nonce()));
  }

  /** {@code plain} encrypted for the holder of {@code theirs}, base64. */
  public static String encrypt(byte[] plain, Party ours, KeyMaterial theirs)
      throws FiCryptoException {
    return Base64.getEncoder().encodeToString(run(Cipher.ENCRYPT_MODE, plain, ours, theirs));
  }

  /** The plain bytes of {@code base64}, encrypted by the holder of {@code theirs} for us. */
  public static byte[] decrypt(String base64, Party ours, KeyMaterial theirs)
      throws FiCryptoException {
    byte[] data;
    try {
      data = strictBase64(base64 == null ? "" : base64);
    } catch (IllegalArgumentException e) {
      throw new FiCryptoException("the encrypted data is not base64");
    }
    if (data.length < 16) {
      throw new FiCryptoException("the encrypted data is shorter than its 16-byte tag");
    }
    return run(Cipher.DECRYPT_MODE, data, ours, theirs);
  }

  private static byte[] run(int mode, byte[] input, Party ours, KeyMaterial theirs)
      throws FiCryptoException {
    PublicKey remote = publicKey(theirs);
    byte[] remoteNonce = nonce(theirs);
    byte[] x = xor(ours.nonce(), remoteNonce);
    byte[] salt = Arrays.copyOfRange(x, 0, 20);
    byte[] iv = Arrays.copyOfRange(x, 20, 32);
    try {
      KeyAgreement ka = KeyAgreement.getInstance("X25519");
      ka.init(ours.keys().getPrivate());
      ka.doPhase(remote, true);
      byte[] key = hkdf(ka.generateSecret(), salt, 32);
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
      return c.doFinal(input);
    } catch (AEADBadTagException e) {
      throw new FiCryptoException(
          "the data does not decrypt: its tag does not match (altered data, or the wrong key or"
              + " nonce)");
    } catch (GeneralSecurityException e) {
      throw new FiCryptoException("the key agreement failed: " + e.getMessage());
    }
  }

  /** HKDF-SHA256 (RFC 5869) with no info. */
  static byte[] hkdf(byte[] ikm, byte[] salt, int length) throws GeneralSecurityException {
    return hkdf(ikm, salt, new byte[0], length);
  }

  static byte[] hkdf(byte[] ikm, byte[] salt, byte[] info, int length)
      throws GeneralSecurityException {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(salt.length == 0 ? new byte[32] : salt, "HmacSHA256"));
    byte[] prk = mac.doFinal(ikm);
    mac.init(new SecretKeySpec(prk, "HmacSHA256"));
    byte[] out = new byte[length];
    byte[] t = new byte[0];
    int done = 0;
    for (int i = 1; done < length; i++) {
      mac.update(t);
      mac.update(info);
      mac.update((byte) i);
      t = mac.doFinal();
      int n = Math.min(t.length, length - done);
      System.arraycopy(t, 0, out, done, n);
      done += n;
    }
    return out;
  }

  /** Base64 with line breaks and spaces allowed, any other non-base64 character refused. */
  private static byte[] strictBase64(String s) {
    return Base64.getDecoder().decode(s.replaceAll("\\s+", ""));
  }

  private static byte[] xor(byte[] a, byte[] b) {
    byte[] x = new byte[NONCE];
    for (int i = 0; i < NONCE; i++) {
      x[i] = (byte) (a[i] ^ b[i]);
    }
    return x;
  }

  /** The X25519 public key of key material; refused when absent, malformed or another curve. */
  public static PublicKey publicKey(KeyMaterial km) throws FiCryptoException {
    if (km == null || km.dhPublicKey() == null || km.dhPublicKey().keyValue() == null) {
      throw new FiCryptoException("the key material has no DHPublicKey.KeyValue");
    }
    if (km.curve() != null && !km.curve().equals("Curve25519") && !km.curve().equals("X25519")) {
      throw new FiCryptoException("the key material's curve is " + km.curve() + ", not Curve25519");
    }
    byte[] der;
    String value = km.dhPublicKey().keyValue().trim();
    if (value.matches("[0-9a-fA-F]{64}")) {
      // the reference library also takes the raw 32-byte key as hex
      der = java.util.HexFormat.of().parseHex(value);
    } else {
      try {
        der = strictBase64(value.replaceAll("-----[A-Z ]+-----", ""));
      } catch (IllegalArgumentException e) {
        throw new FiCryptoException("DHPublicKey.KeyValue is not base64, hex or PEM");
      }
    }
    if (der.length == 32) {
      byte[] spki = Arrays.copyOf(X25519_SPKI_PREFIX, 44);
      System.arraycopy(der, 0, spki, 12, 32);
      der = spki;
    }
    try {
      return KeyFactory.getInstance("X25519").generatePublic(new X509EncodedKeySpec(der));
    } catch (GeneralSecurityException | ClassCastException e) {
      throw new FiCryptoException("DHPublicKey.KeyValue is not an X25519 public key");
    }
  }

  /** The 32-byte nonce of key material. */
  public static byte[] nonce(KeyMaterial km) throws FiCryptoException {
    if (km == null || km.nonce() == null) {
      throw new FiCryptoException("the key material has no Nonce");
    }
    byte[] n;
    try {
      n = strictBase64(km.nonce());
    } catch (IllegalArgumentException e) {
      throw new FiCryptoException("the Nonce is not base64");
    }
    if (n.length != NONCE) {
      throw new FiCryptoException("the Nonce is " + n.length + " bytes, not 32");
    }
    return n;
  }

  /** The party as one string, to keep between the FI request and the fetch (seal it at rest). */
  public static String exportParty(Party p) {
    Base64.Encoder b = Base64.getEncoder();
    return "x25519:"
        + b.encodeToString(p.keys().getPrivate().getEncoded())
        + ":"
        + b.encodeToString(p.keys().getPublic().getEncoded())
        + ":"
        + b.encodeToString(p.nonce());
  }

  /** The party {@link #exportParty} wrote. */
  public static Party importParty(String s) throws FiCryptoException {
    String[] parts = s == null ? new String[0] : s.split(":", -1);
    if (parts.length != 4 || !parts[0].equals("x25519")) {
      throw new FiCryptoException("not an exported X25519 party");
    }
    try {
      Base64.Decoder d = Base64.getDecoder();
      KeyFactory f = KeyFactory.getInstance("X25519");
      KeyPair keys =
          new KeyPair(
              f.generatePublic(new X509EncodedKeySpec(d.decode(parts[2]))),
              f.generatePrivate(new PKCS8EncodedKeySpec(d.decode(parts[1]))));
      byte[] nonce = d.decode(parts[3]);
      if (nonce.length != NONCE) {
        throw new FiCryptoException("the exported nonce is not 32 bytes");
      }
      return new Party(keys, nonce);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new FiCryptoException("the exported party is unreadable: " + e.getMessage());
    }
  }
}
