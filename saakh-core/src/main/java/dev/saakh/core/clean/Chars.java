package dev.saakh.core.clean;

/**
 * Character classes the value parsers share. Digits and letters are ASCII only: {@code ४} or {@code
 * ١} are not digits here, and letters are folded to lower case without a locale.
 */
final class Chars {
  private Chars() {}

  /** ASCII whitespace, the no-break spaces spreadsheets and HTML exports leave, and a BOM. */
  static boolean isSpace(char c) {
    return c == ' '
        || (c >= '\t' && c <= '\r')
        || c == '\u00A0'
        || c == '\u2007'
        || c == '\u202F'
        || c == '\uFEFF';
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** {@code c} in lower case if it is an ASCII capital, else unchanged. */
  static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /** The first index in {@code [i, to)} that is not a space, or {@code to}. */
  static int skipSpaces(CharSequence s, int i, int to) {
    while (i < to && isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The end of {@code [from, to)} without its trailing spaces. */
  static int trimEnd(CharSequence s, int from, int to) {
    while (to > from && isSpace(s.charAt(to - 1))) {
      to--;
    }
    return to;
  }

  /** The end of the run of ASCII letters starting at {@code i}. */
  static int letters(CharSequence s, int i, int to) {
    while (i < to && isLetter(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Whether {@code [from, to)} is {@code lower} ignoring ASCII case. */
  static boolean equalsFolded(CharSequence s, int from, int to, String lower) {
    if (to - from != lower.length()) {
      return false;
    }
    for (int k = 0; k < lower.length(); k++) {
      if (lower(s.charAt(from + k)) != lower.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
