package dev.saakh.server.aa.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Detached RS256 JWS with b64:false, and the compact form of the consent artefact. */
class DetachedJwsTest {
  static final KeyPair KEYS = RsaKeys.generate();
  static final KeyPair OTHER = RsaKeys.generate();
  static final byte[] BODY =
      "{\"ver\":\"2.0.0\",\"txnid\":\"t1\"}".getBytes(StandardCharsets.UTF_8);

  static RSAPrivateKey priv(KeyPair k) {
    return (RSAPrivateKey) k.getPrivate();
  }

  static RSAPublicKey pub(KeyPair k) {
    return (RSAPublicKey) k.getPublic();
  }

  static String b64url(String s) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aSignedBodyChecks() {
    String sig = DetachedJws.sign(BODY, priv(KEYS), "fiu-1");
    assertThat(sig).contains("..");
    String header =
        new String(Base64.getUrlDecoder().decode(sig.split("\\.")[0]), StandardCharsets.UTF_8);
    assertThat(header).contains("\"b64\":false").contains("RS256").contains("crit");
    assertThat(DetachedJws.check(sig, BODY, pub(KEYS))).isNull();
    assertThat(DetachedJws.check(sig, BODY, pub(OTHER))).isNotNull();
  }

  @Test
  void everythingElseIsAReasonNeverAnException() {
    String sig = DetachedJws.sign(BODY, priv(KEYS), "fiu-1");
    String[] p = sig.split("\\.", -1);
    byte[] changed = BODY.clone();
    changed[3] ^= 1;
    byte[] s = Base64.getUrlDecoder().decode(p[2]);
    s[10] ^= 1;
    String badSig = p[0] + ".." + Base64.getUrlEncoder().withoutPadding().encodeToString(s);
    String b64true = b64url("{\"alg\":\"RS256\",\"b64\":true,\"crit\":[\"b64\"]}") + ".." + p[2];
    String none = b64url("{\"alg\":\"none\",\"b64\":false,\"crit\":[\"b64\"]}") + ".." + p[2];
    String hs = b64url("{\"alg\":\"HS256\",\"b64\":false,\"crit\":[\"b64\"]}") + ".." + p[2];
    String noCrit = b64url("{\"alg\":\"RS256\",\"b64\":false}") + ".." + p[2];
    String attached =
        p[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(BODY) + "." + p[2];
    assertThat(DetachedJws.check(sig, changed, pub(KEYS))).contains("does not match");
    for (String h :
        new String[] {
          badSig, b64true, none, hs, noCrit, attached, "garbage", "a..b", "..", "", null
        }) {
      assertThat(DetachedJws.check(h, BODY, pub(KEYS))).as(String.valueOf(h)).isNotNull();
    }
    assertThat(DetachedJws.check(null, null, pub(KEYS))).isNotNull();
    assertThat(DetachedJws.check(b64true, BODY, pub(KEYS))).contains("b64:false");
    assertThat(DetachedJws.check(hs, BODY, pub(KEYS))).contains("HS256");
    assertThat(DetachedJws.check(noCrit, BODY, pub(KEYS))).contains("crit");
  }

  @Test
  void compactSignsAndVerifies() throws Exception {
    String jws = DetachedJws.signCompact(BODY, priv(KEYS), "aa-1");
    assertThat(DetachedJws.verifyCompact(jws, pub(KEYS))).isEqualTo(BODY);
    assertThatThrownBy(() -> DetachedJws.verifyCompact(jws, pub(OTHER)))
        .isInstanceOf(FiCryptoException.class);
    String[] p = jws.split("\\.");
    String tampered =
        p[0]
            + "."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                    "{\"ver\":\"2.0.0\",\"txnid\":\"t2\"}".getBytes(StandardCharsets.UTF_8))
            + "."
            + p[2];
    assertThatThrownBy(() -> DetachedJws.verifyCompact(tampered, pub(KEYS)))
        .isInstanceOf(FiCryptoException.class);
    for (String bad : new String[] {null, "", "garbage", "a.b.c"}) {
      assertThatThrownBy(() -> DetachedJws.verifyCompact(bad, pub(KEYS)))
          .isInstanceOf(FiCryptoException.class);
    }
  }
}
