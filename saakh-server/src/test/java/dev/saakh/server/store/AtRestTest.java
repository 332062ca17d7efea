package dev.saakh.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.StandardEnvironment;

/** Sealing FI data at rest: round trip, tampering, key ids, old keys, plain values, bad keys. */
class AtRestTest {
  static final String K1 = Base64.getEncoder().encodeToString(new byte[32]);
  static final String K2 = Base64.getEncoder().encodeToString(filled(7));
  static final String TEXT = "CUST_MSM_00001,2026-01-15,UPI/SHOP,-250.00";

  static AtRest atRest(String key, String id, String old, boolean plain) {
    return new AtRest(new StandardEnvironment(), key, id, old, plain);
  }

  @Test
  void aSealedValueOpensAndHidesItsText() {
    AtRest a = atRest(K1, "k1", "", false);
    String s = a.seal(TEXT);
    assertThat(s).startsWith("enc:v1:k1:").doesNotContain("UPI").doesNotContain("CUST_");
    assertThat(a.open(s)).isEqualTo(TEXT);
    assertThat(a.open(a.seal(""))).isEmpty();
    assertThat(a.open(null)).isNull();
  }

  @Test
  void eachSealHasItsOwnIv() {
    AtRest a = atRest(K1, "k1", "", false);
    assertThat(a.seal(TEXT)).isNotEqualTo(a.seal(TEXT));
  }

  @Test
  void aTamperedValueIsRefused() {
    AtRest a = atRest(K1, "k1", "", false);
    byte[] b = Base64.getDecoder().decode(a.seal(TEXT).substring("enc:v1:k1:".length()));
    for (int i : new int[] {0, 12, b.length - 1}) {
      byte[] c = b.clone();
      c[i] ^= 1;
      String bad = "enc:v1:k1:" + Base64.getEncoder().encodeToString(c);
      assertThatThrownBy(() -> a.open(bad)).isInstanceOf(IllegalStateException.class);
    }
    assertThatThrownBy(() -> a.open("enc:v1:k1:%%%")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> a.open("enc:v1:k1:AAAA")).hasMessageContaining("too short");
    assertThatThrownBy(() -> a.open("enc:v1:nokeyid")).hasMessageContaining("no key id");
  }

  @Test
  void aValueOfAnotherKeyIdIsRefused() {
    String s = atRest(K1, "k1", "", false).seal(TEXT);
    assertThatThrownBy(() -> atRest(K1, "k2", "", false).open(s))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'k1'");
    // Relabelled to the id of the same key bytes: the id is associated data, so it fails.
    String relabelled = s.replace("enc:v1:k1:", "enc:v1:k2:");
    assertThatThrownBy(() -> atRest(K1, "k2", "", false).open(relabelled))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("does not open");
  }

  @Test
  void anOldKeyStillOpensAndResealMovesTheValueToTheCurrentKey() {
    String old = atRest(K1, "k1", "", false).seal(TEXT);
    AtRest a = atRest(K2, "k2", "k1:" + K1, false);
    assertThat(a.open(old)).isEqualTo(TEXT);
    String moved = a.reseal(old);
    assertThat(moved).startsWith("enc:v1:k2:");
    assertThat(a.open(moved)).isEqualTo(TEXT);
    assertThat(a.reseal(moved)).isSameAs(moved);
    assertThatThrownBy(() -> atRest(K1, "k1", "", false).open(moved))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aPlainValueIsRefusedUnlessAllowed() {
    assertThatThrownBy(() -> atRest(K1, "k1", "", false).open(TEXT))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("saakh.data-at-rest.allow-plain");
    AtRest a = atRest(K1, "k1", "", true);
    assertThat(a.open(TEXT)).isEqualTo(TEXT);
    assertThat(a.reseal(TEXT)).startsWith("enc:v1:k1:");
  }

  @Test
  void missingOrBadKeysAreRefused() {
    assertThatThrownBy(() -> atRest("", "k1", "", false))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("saakh.data-key");
    assertThatThrownBy(() -> atRest(null, "k1", "", false))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("saakh.data-key");
    assertThatThrownBy(() -> atRest("!!not base64!!", "k1", "", false))
        .hasMessageContaining("not base64");
    String k16 = Base64.getEncoder().encodeToString(new byte[16]);
    assertThatThrownBy(() -> atRest(k16, "k1", "", false)).hasMessageContaining("16 bytes");
    assertThatThrownBy(() -> atRest(K1, "a:b", "", false))
        .hasMessageContaining("saakh.data-key-id");
    assertThatThrownBy(() -> atRest(K1, "k1", "nocolon", false))
        .hasMessageContaining("saakh.data-keys-old");
    assertThatThrownBy(() -> atRest(K1, "k1", "k0:" + k16, false))
        .hasMessageContaining("saakh.data-keys-old");
  }

  static byte[] filled(int v) {
    byte[] b = new byte[32];
    java.util.Arrays.fill(b, (byte) v);
    return b;
  }
}
