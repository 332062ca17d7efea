package dev.saakh.server.aa.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** RFC 5869 appendix A, test cases 1 to 3 (HKDF-SHA256). */
class HkdfTest {
  static final HexFormat HEX = HexFormat.of();

  @Test
  void case1() throws Exception {
    assertThat(
            HEX.formatHex(
                FiCrypto.hkdf(
                    HEX.parseHex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b"),
                    HEX.parseHex("000102030405060708090a0b0c"),
                    HEX.parseHex("f0f1f2f3f4f5f6f7f8f9"),
                    42)))
        .isEqualTo(
            "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865");
  }

  @Test
  void case2() throws Exception {
    assertThat(HEX.formatHex(FiCrypto.hkdf(range(0x00, 80), range(0x60, 80), range(0xb0, 80), 82)))
        .isEqualTo(
            "b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c"
                + "59045a99cac7827271cb41c65e590e09da3275600c2f09b8367793a9aca3db71"
                + "cc30c58179ec3e87c14c01d5c1f3434f1d87");
  }

  @Test
  void case3NoSaltNoInfo() throws Exception {
    byte[] ikm = HEX.parseHex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b");
    String okm =
        "8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8";
    assertThat(HEX.formatHex(FiCrypto.hkdf(ikm, new byte[0], new byte[0], 42))).isEqualTo(okm);
    assertThat(HEX.formatHex(FiCrypto.hkdf(ikm, new byte[0], 42))).isEqualTo(okm);
  }

  static byte[] range(int from, int n) {
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) {
      b[i] = (byte) (from + i);
    }
    return b;
  }
}
