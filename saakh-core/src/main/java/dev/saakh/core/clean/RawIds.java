package dev.saakh.core.clean;

/**
 * A record's id read from the text of a raw line that cannot be parsed as JSON (not UTF-8, too
 * long, cut short): the first {@code "key": "value"} pair for the key, value closed and free of
 * escapes, else null. Only for quarantine entries, so a damaged line still names its record when
 * the id itself is intact.
 */
final class RawIds {
  private static final int MAX_ID = 128;

  private RawIds() {}

  static String find(String line, String key) {
    String quoted = "\"" + key + "\"";
    int at = line.indexOf(quoted);
    if (at < 0) {
      return null;
    }
    int i = skipSpaces(line, at + quoted.length());
    if (i >= line.length() || line.charAt(i) != ':') {
      return null;
    }
    i = skipSpaces(line, i + 1);
    if (i >= line.length() || line.charAt(i) != '"') {
      return null;
    }
    int from = i + 1;
    int to = from;
    while (to < line.length() && to - from <= MAX_ID && plain(line.charAt(to))) {
      to++;
    }
    if (to >= line.length() || line.charAt(to) != '"') {
      return null;
    }
    String id = line.substring(from, to).trim();
    return id.isEmpty() ? null : id;
  }

  private static boolean plain(char c) {
    return c != '"' && c != '\\' && c >= ' ';
  }

  private static int skipSpaces(String s, int i) {
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }
}
