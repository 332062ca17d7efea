package dev.saakh.synth.render;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An append-only UTF-8 JSON writer into a growable byte array, for writing millions of small
 * objects without per-object garbage. Callers write well-formed structure; strings are escaped per
 * RFC 8259 (unpaired surrogates become U+FFFD).
 */
final class JsonLine {
  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  private byte[] buf;
  private int len;
  private int lines;
  private final boolean[] first = new boolean[16];
  private int depth;
  private char[] scratch = new char[64];

  JsonLine(int capacity) {
    buf = new byte[Math.max(64, capacity)];
  }

  int length() {
    return len;
  }

  /** Lines ended so far (with {@link #endLine()} or {@link #repeat}). */
  int lines() {
    return lines;
  }

  byte[] array() {
    return buf;
  }

  /** Appends bytes {@code [from, to)} of this buffer again: one whole line, repeated. */
  void repeat(int from, int to) {
    int n = to - from;
    ensure(n);
    System.arraycopy(buf, from, buf, len, n);
    len += n;
    lines++;
  }

  JsonLine beginObject() {
    comma();
    put('{');
    first[++depth] = true;
    return this;
  }

  JsonLine endObject() {
    put('}');
    depth--;
    return this;
  }

  /** Ends a top-level object and the line. */
  JsonLine endLine() {
    endObject();
    put('\n');
    lines++;
    return this;
  }

  JsonLine beginObject(String name) {
    name(name);
    put('{');
    first[++depth] = true;
    return this;
  }

  JsonLine beginArray(String name) {
    name(name);
    put('[');
    first[++depth] = true;
    return this;
  }

  JsonLine endArray() {
    put(']');
    depth--;
    return this;
  }

  JsonLine field(String name, CharSequence value) {
    name(name);
    return string(value);
  }

  JsonLine field(String name, long value) {
    name(name);
    digits(value);
    return this;
  }

  JsonLine field(String name, boolean value) {
    name(name);
    ascii(value ? "true" : "false");
    return this;
  }

  JsonLine field(String name, BigDecimal value) {
    name(name);
    ascii(value == null ? "null" : value.toPlainString());
    return this;
  }

  /** Paise as a JSON number with two decimals, e.g. {@code 1250.05}. */
  JsonLine paise(String name, long paise) {
    name(name);
    Formats.plainAmount(this, paise);
    return this;
  }

  JsonLine nullField(String name) {
    name(name);
    ascii("null");
    return this;
  }

  /** An array element string. */
  JsonLine element(CharSequence value) {
    comma();
    return string(value);
  }

  JsonLine element(long value) {
    comma();
    digits(value);
    return this;
  }

  @SuppressWarnings(
      "deprecation") // String.getBytes(int, int, byte[], int): a fast copy of ASCII names
  private void name(String name) {
    comma();
    int n = name.length();
    ensure(n + 3);
    buf[len++] = '"';
    name.getBytes(0, n, buf, len);
    len += n;
    buf[len++] = '"';
    buf[len++] = ':';
  }

  private void comma() {
    if (depth > 0) {
      if (first[depth]) {
        first[depth] = false;
      } else {
        put(',');
      }
    }
  }

  JsonLine string(CharSequence s) {
    if (s == null) {
      ascii("null");
      return this;
    }
    int n = s.length();
    if (scratch.length < n) {
      scratch = new char[Math.max(n, scratch.length * 2)];
    }
    if (s instanceof String string) {
      string.getChars(0, n, scratch, 0);
    } else if (s instanceof StringBuilder builder) {
      builder.getChars(0, n, scratch, 0);
    } else {
      for (int i = 0; i < n; i++) {
        scratch[i] = s.charAt(i);
      }
    }
    ensure(n + 2);
    byte[] b = buf;
    int p = len;
    b[p++] = '"';
    for (int i = 0; i < n; i++) {
      char c = scratch[i];
      if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
        b[p++] = (byte) c;
      } else {
        len = p;
        i = escaped(s, i, c);
        ensure(n - i + 2);
        b = buf;
        p = len;
      }
    }
    b[p++] = '"';
    len = p;
    return this;
  }

  /** Writes the char at {@code i} escaped or UTF-8 encoded; returns the last index consumed. */
  private int escaped(CharSequence s, int i, char c) {
    ensure(6);
    if (c == '"' || c == '\\') {
      buf[len++] = '\\';
      buf[len++] = (byte) c;
      return i;
    }
    if (c < 0x20) {
      buf[len++] = '\\';
      buf[len++] = 'u';
      buf[len++] = '0';
      buf[len++] = '0';
      buf[len++] = HEX[c >> 4];
      buf[len++] = HEX[c & 0xF];
      return i;
    }
    int cp = Character.codePointAt(s, i);
    if (Character.isSurrogate(c) && cp == c) {
      cp = 0xFFFD;
    }
    if (cp < 0x800) {
      buf[len++] = (byte) (0xC0 | (cp >> 6));
      buf[len++] = (byte) (0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      buf[len++] = (byte) (0xE0 | (cp >> 12));
      buf[len++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
      buf[len++] = (byte) (0x80 | (cp & 0x3F));
    } else {
      buf[len++] = (byte) (0xF0 | (cp >> 18));
      buf[len++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
      buf[len++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
      buf[len++] = (byte) (0x80 | (cp & 0x3F));
      return i + 1;
    }
    return i;
  }

  /** Appends ASCII text verbatim (no quoting or escaping). */
  void ascii(CharSequence s) {
    int n = s.length();
    ensure(n);
    byte[] b = buf;
    int p = len;
    for (int i = 0; i < n; i++) {
      b[p++] = (byte) s.charAt(i);
    }
    len = p;
  }

  /** Appends a whole number without allocating. */
  void digits(long v) {
    ensure(20);
    if (v < 0) {
      buf[len++] = '-';
      if (v == Long.MIN_VALUE) {
        ascii("9223372036854775808");
        return;
      }
      v = -v;
    }
    int start = len;
    do {
      buf[len++] = (byte) ('0' + v % 10);
      v /= 10;
    } while (v > 0);
    for (int a = start, z = len - 1; a < z; a++, z--) {
      byte t = buf[a];
      buf[a] = buf[z];
      buf[z] = t;
    }
  }

  void put(char c) {
    ensure(1);
    buf[len++] = (byte) c;
  }

  private void ensure(int extra) {
    if (len + extra > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + extra));
    }
  }
}
