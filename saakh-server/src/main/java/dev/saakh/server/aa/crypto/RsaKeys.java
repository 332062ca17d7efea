package dev.saakh.server.aa.crypto;

import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** RSA keys for signatures: 2048-bit pairs, PKCS#8 / X.509 PEM files. */
public final class RsaKeys {
  private RsaKeys() {}

  public static KeyPair generate() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048);
      return g.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public static RSAPrivateKey privateKey(String pem) throws FiCryptoException {
    try {
      return (RSAPrivateKey)
          KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(pem)));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new FiCryptoException("not an RSA private key (PKCS#8 PEM)");
    }
  }

  public static RSAPublicKey publicKey(String pem) throws FiCryptoException {
    try {
      return (RSAPublicKey)
          KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der(pem)));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new FiCryptoException("not an RSA public key (X.509 PEM)");
    }
  }

  public static String pem(Key key) {
    String type = key instanceof RSAPrivateKey ? "PRIVATE KEY" : "PUBLIC KEY";
    return "-----BEGIN "
        + type
        + "-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(key.getEncoded())
        + "\n-----END "
        + type
        + "-----\n";
  }

  private static byte[] der(String pem) {
    return Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
  }
}
