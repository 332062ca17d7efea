package dev.saakh.core.clean;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One raw transaction line read into its flat fields, without building a tree: a bank export row is
 * one object of strings, so a tree of maps per line would be most of the cost of cleaning. Nested
 * values are noted, not read. Reused line after line; not thread-safe.
 *
 * <p>Two readers give the same result. A line that is a flat object of plain strings (no escapes),
 * numbers, nulls and booleans, as nearly every export line is, is read by a scan of the string
 * itself ({@link #readPlain}); anything else (escapes, nested values, broken JSON) goes to
 * Jackson's streaming parser, which also names what is wrong. The plain reader only accepts what it
 * is sure Jackson reads the same way, and a property test holds the two to that. Repeated account,
 * customer and type values share one string, so later stages hash and compare each once.
 */
final class TxnLine {
  static final int ID = 0;
  static final int ACCOUNT = 1;
  static final int CUSTOMER = 2;
  static final int DATE = 3;
  static final int AMOUNT = 4;
  static final int NARRATION = 5;
  static final int BALANCE = 6;
  static final int TYPE = 7;
  static final int MODE = 8;
  static final int VALUE_DATE = 9;
  static final int REFERENCE = 10;
  private static final String[] NAMES = {
    "transaction_id",
    "account_id",
    "customer_id",
    "date",
    "amount",
    "narration",
    "balance",
    "type",
    "mode",
    "value_date",
    "reference"
  };
  private static final int FIELDS = NAMES.length;

  /** How a field appeared: not at all, as null, as a string or number, or as something else. */
  static final byte ABSENT = 0;

  static final byte NULL = 1;
  static final byte TEXT = 2;
  static final byte OTHER = 3;

  private static final int MAX_STRING = 1 << 20;

  /** Longer numbers go to Jackson, which enforces its own limit on them. */
  private static final int MAX_PLAIN_NUMBER = 100;

  /** Longer field names go to Jackson, which enforces its own limit on them. */
  private static final int MAX_PLAIN_NAME = 1000;

  private static final JsonFactory JSON =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder().maxStringLength(MAX_STRING).build())
          .build();

  /** Trimmed text of each field; null unless its state is TEXT and it is not blank. */
  final String[] text = new String[FIELDS];

  final byte[] state = new byte[FIELDS];
  final List<String> unknown = new ArrayList<>();

  /** The last value seen of the fields that repeat from line to line, to share one string. */
  private final String[] recent = new String[FIELDS];

  /** Why the line is not a JSON object, or null. */
  ReasonCode problem;

  String detail;

  /** Reads {@code line}; false when it is not one JSON object ({@link #problem} says why). */
  boolean parse(String line) {
    return readPlain(line) || readWithJackson(line);
  }

  /**
   * The fast reader: true when {@code line} is a flat object this scan reads exactly as Jackson
   * would; false, with nothing decided, for anything else.
   */
  boolean readPlain(String s) {
    reset();
    int n = s.length();
    if (n > MAX_STRING) {
      return false;
    }
    int i = space(s, 0);
    if (i >= n || s.charAt(i) != '{') {
      return false;
    }
    i = space(s, i + 1);
    if (i < n && s.charAt(i) == '}') {
      return space(s, i + 1) == n;
    }
    while (i < n && s.charAt(i) == '"') {
      int nameEnd = plainStringEnd(s, i + 1);
      if (nameEnd < 0 || nameEnd - i > MAX_PLAIN_NAME) {
        return false;
      }
      int field = index(s, i + 1, nameEnd);
      int colon = space(s, nameEnd + 1);
      if (colon >= n || s.charAt(colon) != ':') {
        return false;
      }
      int end = value(s, space(s, colon + 1), field);
      if (end < 0) {
        return false;
      }
      if (field < 0) {
        unknown.add(s.substring(i + 1, nameEnd));
      }
      i = space(s, end);
      if (i < n && s.charAt(i) == '}') {
        return space(s, i + 1) == n;
      }
      if (i >= n || s.charAt(i) != ',') {
        return false;
      }
      i = space(s, i + 1);
    }
    return false;
  }

  /** One plain value at {@code i}: the index after it, or -1 when it is not plain. */
  private int value(String s, int i, int field) {
    if (i >= s.length()) {
      return -1;
    }
    char c = s.charAt(i);
    int end;
    byte kind;
    if (c == '"') {
      int close = plainStringEnd(s, i + 1);
      if (close < 0) {
        return -1;
      }
      if (field >= 0) {
        state[field] = TEXT;
        text[field] = trimmed(s, i + 1, close, field);
      }
      return close + 1;
    } else if (c == '-' || (c >= '0' && c <= '9')) {
      end = numberEnd(s, i);
      kind = TEXT;
    } else if (s.startsWith("null", i)) {
      end = i + 4;
      kind = NULL;
    } else if (s.startsWith("true", i)) {
      end = i + 4;
      kind = OTHER;
    } else if (s.startsWith("false", i)) {
      end = i + 5;
      kind = OTHER;
    } else {
      return -1;
    }
    if (end >= 0 && field >= 0) {
      state[field] = kind;
      text[field] = kind == TEXT ? s.substring(i, end) : null;
    }
    return end;
  }

  /** The closing quote of a string without escapes or control characters, or -1. */
  private static int plainStringEnd(String s, int from) {
    for (int j = from, n = s.length(); j < n; j++) {
      char c = s.charAt(j);
      if (c == '"') {
        return j;
      }
      if (c == '\\' || c < 0x20) {
        return -1;
      }
    }
    return -1;
  }

  /** The end of a JSON number as RFC 8259 writes it (no leading zeros, no bare '.'), or -1. */
  private static int numberEnd(String s, int from) {
    int n = s.length();
    int j = from;
    if (s.charAt(j) == '-') {
      j++;
    }
    int digits = digits(s, j);
    if (digits == 0 || (digits > 1 && s.charAt(j) == '0')) {
      return -1;
    }
    j += digits;
    if (j < n && s.charAt(j) == '.') {
      int fraction = digits(s, j + 1);
      if (fraction == 0) {
        return -1;
      }
      j += 1 + fraction;
    }
    if (j < n && (s.charAt(j) == 'e' || s.charAt(j) == 'E')) {
      j++;
      if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
        j++;
      }
      int exponent = digits(s, j);
      if (exponent == 0) {
        return -1;
      }
      j += exponent;
    }
    return j - from > MAX_PLAIN_NUMBER ? -1 : j;
  }

  private static int digits(String s, int from) {
    int j = from;
    while (j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
      j++;
    }
    return j - from;
  }

  /** JSON whitespace; other control characters are Jackson's to refuse. */
  private static int space(String s, int from) {
    int j = from;
    while (j < s.length()) {
      char c = s.charAt(j);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        break;
      }
      j++;
    }
    return j;
  }

  /** {@code s[from, to)} trimmed as {@link String#trim} does; null when blank. */
  private String trimmed(String s, int from, int to, int field) {
    int a = from;
    int b = to;
    while (a < b && s.charAt(a) <= ' ') {
      a++;
    }
    while (b > a && s.charAt(b - 1) <= ' ') {
      b--;
    }
    if (a == b) {
      return null;
    }
    if (!repeats(field)) {
      return s.substring(a, b);
    }
    String last = recent[field];
    if (last != null && last.length() == b - a && s.regionMatches(a, last, 0, b - a)) {
      return last;
    }
    recent[field] = s.substring(a, b);
    return recent[field];
  }

  private static boolean repeats(int field) {
    return field == ACCOUNT || field == CUSTOMER || field == TYPE;
  }

  private static int index(String s, int from, int to) {
    int length = to - from;
    for (int k = 0; k < FIELDS; k++) {
      if (NAMES[k].length() == length && s.regionMatches(from, NAMES[k], 0, length)) {
        return k;
      }
    }
    return -1;
  }

  /** The reader of every line: Jackson's streaming parser. */
  boolean readWithJackson(String line) {
    reset();
    try (JsonParser p = JSON.createParser(line)) {
      JsonToken first = p.nextToken();
      if (first != JsonToken.START_OBJECT) {
        return fail(ReasonCode.NOT_AN_OBJECT, first == null ? "empty" : first.asString());
      }
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        field(p, index(p.currentName()), p.nextToken());
      }
      if (p.nextToken() != null) {
        return fail(ReasonCode.NOT_JSON, "more than one JSON value on the line");
      }
      return true;
    } catch (IOException e) {
      return fail(ReasonCode.NOT_JSON, RecordCleaner.firstLine(e.getMessage()));
    }
  }

  private void reset() {
    Arrays.fill(text, null);
    Arrays.fill(state, ABSENT);
    unknown.clear();
    problem = null;
    detail = null;
  }

  private void field(JsonParser p, int i, JsonToken value) throws IOException {
    if (i < 0) {
      unknown.add(p.currentName());
      p.skipChildren();
      return;
    }
    switch (value) {
      case VALUE_NULL -> {
        state[i] = NULL;
        text[i] = null;
      }
      case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        state[i] = TEXT;
        String s = p.getText();
        text[i] = trimmed(s, 0, s.length(), i);
      }
      default -> {
        state[i] = OTHER;
        text[i] = null;
        p.skipChildren();
      }
    }
  }

  private boolean fail(ReasonCode code, String why) {
    problem = code;
    detail = why;
    return false;
  }

  /** True when the field is absent, null or a blank string: missing, as exports show it. */
  boolean missing(int field) {
    return state[field] != OTHER && text[field] == null;
  }

  private static int index(String name) {
    return index(name, 0, name.length());
  }
}
