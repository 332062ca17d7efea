package dev.saakh.core.clean;

/**
 * Parses rupee amounts as Indian statements write them (DESIGN §4.3): {@code 1,250.00 Dr}, {@code
 * ₹1,250.00 Cr}, {@code ₹ 45,320.50 CR}, {@code Rs. 1,25,000/-}, {@code INR 1250}, {@code
 * (1,250.00)}, {@code -1250}, {@code 1250 DR}, {@code +1,000}, {@code .5}, lakh/crore or western
 * grouping. More than two decimals round half up to paise.
 *
 * <p>One instance per thread, reused: {@link #parse} allocates nothing and never throws. After a
 * success {@link #paise()} is the absolute amount and {@link #marker()} says what, if anything,
 * gave its direction; after a failure {@link #reason()} says why.
 */
public final class AmountParser {
  /** What gave an amount its direction. */
  public enum Marker {
    /** No sign or marker: direction must come from elsewhere (a type column, the balance). */
    NONE,
    /** Dr / Debit. */
    DEBIT,
    /** Cr / Credit. */
    CREDIT,
    /** A minus sign or parentheses. */
    MINUS,
    /** An explicit plus sign. */
    PLUS
  }

  private static final long MAX_PAISE = 100_000_000_000_000_000L; // ₹10^15

  private long paise;
  private Marker marker;
  private ReasonCode reason;

  /** Parses {@code s}; true when it is a valid amount. */
  public boolean parse(CharSequence s) {
    reason = null;
    marker = Marker.NONE;
    if (s == null) {
      return fail(ReasonCode.EMPTY);
    }
    int to = s.length();
    int i = skipSpaces(s, 0, to);
    while (to > i && s.charAt(to - 1) <= ' ') {
      to--;
    }
    if (i == to) {
      return fail(ReasonCode.EMPTY);
    }
    boolean parens = false;
    for (boolean more = true; more && i < to; ) {
      char c = s.charAt(i);
      if (c == '-' || c == '+') {
        if (marker != Marker.NONE) {
          return fail(ReasonCode.UNPARSEABLE_AMOUNT);
        }
        marker = c == '-' ? Marker.MINUS : Marker.PLUS;
        i = skipSpaces(s, i + 1, to);
      } else if (c == '(' && !parens) {
        parens = true;
        i = skipSpaces(s, i + 1, to);
      } else {
        int after = currency(s, i, to);
        more = after > i;
        i = skipSpaces(s, after, to);
      }
    }
    int end = digits(s, i, to);
    if (end < 0) {
      return false;
    }
    return suffix(s, skipSpaces(s, end, to), to, parens);
  }

  public long paise() {
    return paise;
  }

  public Marker marker() {
    return marker;
  }

  /** Why the last {@link #parse} failed; null after a success. */
  public ReasonCode reason() {
    return reason;
  }

  /** Reads {@code 1,25,000.505}; returns the index after it, or -1 having set the reason. */
  private int digits(CharSequence s, int i, int to) {
    long rupees = 0;
    int count = 0;
    boolean lastComma = false;
    while (i < to) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        rupees = rupees * 10 + (c - '0');
        if (rupees > MAX_PAISE / 100) {
          fail(ReasonCode.AMOUNT_OUT_OF_RANGE);
          return -1;
        }
        count++;
        lastComma = false;
      } else if (c == ',' && count > 0 && !lastComma) {
        lastComma = true;
      } else {
        break;
      }
      i++;
    }
    if (lastComma) {
      fail(ReasonCode.UNPARSEABLE_AMOUNT);
      return -1;
    }
    long fraction = 0;
    if (i < to && s.charAt(i) == '.' && i + 1 < to && isDigit(s.charAt(i + 1))) {
      i++;
      int place = 0;
      boolean roundUp = false;
      for (; i < to && isDigit(s.charAt(i)); i++, place++) {
        int d = s.charAt(i) - '0';
        if (place < 2) {
          fraction = fraction * 10 + d;
        } else if (place == 2) {
          roundUp = d >= 5;
        }
      }
      fraction = place == 1 ? fraction * 10 : fraction;
      fraction += roundUp ? 1 : 0;
      count++;
    }
    if (count == 0) {
      fail(ReasonCode.UNPARSEABLE_AMOUNT);
      return -1;
    }
    paise = rupees * 100 + fraction;
    return i;
  }

  /** After the number: {@code )}, {@code /-}, and a Dr/Cr/Debit/Credit marker, in that order. */
  private boolean suffix(CharSequence s, int i, int to, boolean parens) {
    if (parens) {
      if (i >= to || s.charAt(i) != ')') {
        return fail(ReasonCode.UNPARSEABLE_AMOUNT);
      }
      if (marker != Marker.NONE) {
        return fail(ReasonCode.CONFLICTING_SIGN);
      }
      marker = Marker.MINUS;
      i = skipSpaces(s, i + 1, to);
    }
    if (i + 1 < to && s.charAt(i) == '/' && s.charAt(i + 1) == '-') {
      i = skipSpaces(s, i + 2, to);
    }
    if (i == to) {
      return true;
    }
    Marker word = word(s, i, to);
    if (word == Marker.NONE) {
      return fail(ReasonCode.UNPARSEABLE_AMOUNT);
    }
    if (marker == Marker.MINUS && word == Marker.DEBIT
        || marker == Marker.PLUS && word == Marker.CREDIT) {
      marker = word; // "-1250 Dr" says the same thing twice
      return true;
    }
    if (marker != Marker.NONE) {
      return fail(ReasonCode.CONFLICTING_SIGN);
    }
    marker = word;
    return true;
  }

  /** The whole rest {@code [i, to)} as a Dr/Cr word, or NONE. */
  private static Marker word(CharSequence s, int i, int to) {
    if (s.charAt(to - 1) == '.') {
      to--;
    }
    if (equalsIgnoreCase(s, i, to, "dr") || equalsIgnoreCase(s, i, to, "debit")) {
      return Marker.DEBIT;
    }
    if (equalsIgnoreCase(s, i, to, "cr") || equalsIgnoreCase(s, i, to, "credit")) {
      return Marker.CREDIT;
    }
    return Marker.NONE;
  }

  /** Skips one currency prefix (₹, Rs., Rs, INR) at {@code i}; returns {@code i} if none. */
  private static int currency(CharSequence s, int i, int to) {
    if (s.charAt(i) == '₹') {
      return i + 1;
    }
    if (i + 2 < to && equalsIgnoreCase(s, i, i + 3, "inr")) {
      return i + 3;
    }
    if (i + 1 < to && equalsIgnoreCase(s, i, i + 2, "rs")) {
      return i + 2 < to && s.charAt(i + 2) == '.' ? i + 3 : i + 2;
    }
    return i;
  }

  private static boolean equalsIgnoreCase(CharSequence s, int from, int to, String lower) {
    if (to - from != lower.length()) {
      return false;
    }
    for (int k = 0; k < lower.length(); k++) {
      if (Character.toLowerCase(s.charAt(from + k)) != lower.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static int skipSpaces(CharSequence s, int i, int to) {
    while (i < to && s.charAt(i) <= ' ') {
      i++;
    }
    return i;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private boolean fail(ReasonCode code) {
    reason = code;
    return false;
  }
}
