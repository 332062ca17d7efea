package dev.saakh.core.clean;

import java.util.Arrays;
import java.util.Locale;

/**
 * One narration, normalised into reusable arrays: the text, its upper case, and (once a shape is
 * tried) the bounds of the parts its separator splits it into. One per thread; never shared.
 *
 * <p>The upper case has the text's length, so an index into one is an index into the other. It is
 * what {@link String#toUpperCase(Locale)} gives, except in the rare text where that changes the
 * length ({@code ß} → {@code SS}): there characters are upper-cased one code point at a time and
 * the longer form is kept in {@link #longUpper} for the category rules, which only ask "does it
 * contain".
 */
final class NarrationBuffer {
  /** Larger narrations get a buffer of their own, so a thread does not keep a huge one. */
  static final int KEPT = 1 << 14;

  char[] text = new char[128];
  char[] upper = new char[128];
  int length;
  String longUpper;
  int[] starts = new int[16];
  int[] ends = new int[16];
  int parts;

  /** Whether the narration was cut: its last part may be partial, so it is not read. */
  boolean cut;

  /** The parts that can be read: all, or all but the last of a cut narration. */
  int readable;

  /** The state the category-text pass ended in (see {@link NarrationMatcher#complete}). */
  int endState;

  long[] found = new long[2];

  /** The name the counterparty words are looked for in, and whether it is the cut last part. */
  String name;

  boolean nameCut;

  /** The id of the shape matched, or null. */
  String shape;

  long[] words = new long[1];
  boolean wordsScanned;

  /** Normalises {@code raw} (see {@link #normalize}) and upper-cases it. */
  void read(String raw) {
    if (text.length < raw.length()) {
      text = new char[raw.length()];
      upper = new char[raw.length()];
    }
    raw.getChars(0, raw.length(), upper, 0);
    length = normalize(upper, raw.length(), text);
    longUpper = null;
    parts = 0;
    cut = false;
    readable = 0;
    name = null;
    nameCut = false;
    shape = null;
    wordsScanned = false;
    boolean ascii = true;
    for (int i = 0; i < length; i++) {
      char c = text[i];
      ascii &= c < 0x80;
      upper[i] = c >= 'a' && c <= 'z' ? (char) (c - ('a' - 'A')) : c;
    }
    if (!ascii) {
      upperNonAscii();
    }
  }

  private void upperNonAscii() {
    String s = new String(text, 0, length).toUpperCase(Locale.ROOT);
    if (s.length() == length) {
      s.getChars(0, length, upper, 0);
    } else {
      longUpper = s;
      upperByCodePoint(text, length, upper);
    }
  }

  /**
   * Writes {@code s} into {@code out} trimmed, with runs of whitespace as one space, and without
   * spaces before '-' or '/' and after '/'; returns the length written ({@code out} must hold
   * {@code s.length()} characters).
   */
  static int normalize(String s, char[] out) {
    char[] in = s.toCharArray();
    return normalize(in, in.length, out);
  }

  /** As {@link #normalize(String, char[])}, from {@code in[0, length)}; {@code in != out}. */
  private static int normalize(char[] in, int length, char[] out) {
    int n = 0;
    boolean space = false;
    for (int i = 0; i < length; i++) {
      char c = in[i];
      if ((c <= ' ' || c >= 0x7F) && (Character.isWhitespace(c) || c == '\u00A0')) {
        space = n > 0;
        continue;
      }
      if (space && c != '-' && c != '/' && out[n - 1] != '/') {
        out[n++] = ' ';
      }
      space = false;
      out[n++] = c;
    }
    return n;
  }

  /** {@code s} upper-cased without changing its length (see the class comment). */
  static String sameLengthUpper(String s) {
    String u = s.toUpperCase(Locale.ROOT);
    if (u.length() == s.length()) {
      return u;
    }
    char[] out = new char[s.length()];
    upperByCodePoint(s.toCharArray(), s.length(), out);
    return new String(out);
  }

  private static void upperByCodePoint(char[] in, int length, char[] out) {
    for (int i = 0; i < length; ) {
      int cp = Character.codePointAt(in, i, length);
      int u = Character.toUpperCase(cp);
      int n = Character.charCount(cp);
      if (Character.charCount(u) != n) {
        u = cp;
      }
      Character.toChars(u, out, i);
      i += n;
    }
  }

  /** Splits {@code text[from, length)} on {@code separator} into {@link #starts}/{@link #ends}. */
  void split(int from, char[] separator) {
    parts = 0;
    int s = from;
    for (int at = indexOf(separator, s); at >= 0; at = indexOf(separator, s)) {
      addPart(s, at);
      s = at + separator.length;
    }
    addPart(s, length);
  }

  private void addPart(int start, int end) {
    if (parts == starts.length) {
      starts = Arrays.copyOf(starts, parts * 2);
      ends = Arrays.copyOf(ends, parts * 2);
    }
    starts[parts] = start;
    ends[parts++] = end;
  }

  private int indexOf(char[] separator, int from) {
    char first = separator[0];
    for (int i = from, last = length - separator.length; i <= last; i++) {
      if (text[i] == first && regionIs(text, i, separator)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether {@code chars} starting at {@code at} read {@code what}. */
  static boolean regionIs(char[] chars, int at, char[] what) {
    for (int j = 1; j < what.length; j++) {
      if (chars[at + j] != what[j]) {
        return false;
      }
    }
    return what.length == 0 || chars[at] == what[0];
  }

  /** Whether the upper-case narration ends with {@code what}. */
  boolean endsWith(char[] what) {
    return what.length <= length && regionIs(upper, length - what.length, what);
  }

  /** Whether part {@code i}, trimmed and in upper case, reads {@code what}. */
  boolean partIs(int i, String what) {
    if (longUpper != null) {
      String p = new String(text, starts[i], ends[i] - starts[i]);
      return p.trim().toUpperCase(Locale.ROOT).equals(what);
    }
    int from = starts[i];
    int to = ends[i];
    while (from < to && upper[from] <= ' ') {
      from++;
    }
    while (to > from && upper[to - 1] <= ' ') {
      to--;
    }
    if (to - from != what.length()) {
      return false;
    }
    for (int j = from; j < to; j++) {
      if (upper[j] != what.charAt(j - from)) {
        return false;
      }
    }
    return true;
  }

  /** Whether part {@code i} holds the character {@code c}. */
  boolean partHas(int i, char c) {
    for (int j = starts[i]; j < ends[i]; j++) {
      if (text[j] == c) {
        return true;
      }
    }
    return false;
  }

  /** Whether part {@code i} is one or more ASCII digits. */
  boolean digits(int i) {
    if (starts[i] == ends[i]) {
      return false;
    }
    for (int j = starts[i]; j < ends[i]; j++) {
      if (text[j] < '0' || text[j] > '9') {
        return false;
      }
    }
    return true;
  }

  /** Part {@code i} (or, for a rest slot, everything from it on) as trimmed text. */
  String part(int i, boolean rest) {
    int from = starts[i];
    int to = rest ? length : ends[i];
    while (from < to && text[from] <= ' ') {
      from++;
    }
    while (to > from && text[to - 1] <= ' ') {
      to--;
    }
    return new String(text, from, to - from);
  }

  /** Clears and sizes the masks for needle and counterparty-word matches. */
  void clearMasks(int needleWords, int wordWords) {
    if (found.length < needleWords) {
      found = new long[needleWords];
    }
    if (words.length < wordWords) {
      words = new long[wordWords];
    }
    Arrays.fill(found, 0L);
    Arrays.fill(words, 0L);
  }
}
