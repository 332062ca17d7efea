package dev.saakh.core.clean;

import java.util.Objects;

/**
 * Parses rupee amounts as Indian statements and AA payloads write them (DESIGN §4.3) into paise.
 *
 * <p>Grammar, with spaces allowed between the parts and around the whole:
 *
 * <pre>
 *   [sign] [currency] [sign] [(] number [)] [/-] [marker]
 *   sign     + or - (also U+2212 −), at most one
 *   currency ₹, Rs, Rs., INR (any case), at most one
 *   number   digits, optionally grouped by commas, then optionally . and digits; or .5
 *   marker   Dr, Cr, Debit, Credit (any case, optional trailing dot)
 * </pre>
 *
 * <p>Examples: {@code 1,250.00 Dr}, {@code ₹1,250.00 Cr}, {@code ₹ 45,320.50 CR}, {@code
 * 45,320.50CR}, {@code Rs. 1,25,000/-}, {@code Rs 500}, {@code INR 1250}, {@code (1,250.00)},
 * {@code -1250}, {@code -Rs. 500}, {@code +1,000}, {@code 1250.5}, {@code .5}. Commas must group
 * correctly: Indian (lakh/crore, {@code 1,00,00,000}) or western ({@code 1,000,000}), the last
 * group always three digits; {@code 1,2,3} is rejected. More than two decimals round half up to
 * paise ({@code 0.005} is 1 paisa, {@code 0.0049} is 0), the rounding {@link
 * dev.saakh.core.money.Money} uses. Digits are ASCII only.
 *
 * <p>{@link #paise()} is the absolute amount; {@link #marker()} says what gave its direction, so
 * downstream can tell "debit because Dr" from "no marker at all". A redundant sign agrees with its
 * marker ({@code -1250 Dr}, {@code (1,250.00) Dr}, {@code +500 Cr}) and reports the marker; a
 * disagreeing one ({@code -1250 Cr}, {@code +500 Dr}, {@code (-5)}) is {@link
 * ReasonCode#CONFLICTING_SIGN}. Beyond ±10^15 rupees is {@link ReasonCode#AMOUNT_OUT_OF_RANGE};
 * blank is {@link ReasonCode#EMPTY}; anything else ({@code abc}, {@code Dr}, {@code Rs.}, {@code
 * --5}, {@code (5}, {@code 1e5}, {@code 1,250.00 Drr}) is {@link ReasonCode#UNPARSEABLE_AMOUNT}.
 *
 * <p>Use one instance per thread and reuse it: {@link #parse} allocates nothing and never throws on
 * data. After it returns true the accessors describe the amount; after false {@link #reason()} says
 * why, {@code paise()} is 0 and {@code marker()} is {@link Marker#NONE}.
 */
public final class AmountParser {
  /** What gave an amount its direction. */
  public enum Marker {
    /** No sign or marker: direction must come from elsewhere (a type column, the balance). */
    NONE,
    /** Dr or Debit: money out, or an overdrawn balance. */
    DEBIT,
    /** Cr or Credit: money in. */
    CREDIT,
    /** A minus sign or parentheses: negative. */
    MINUS,
    /** An explicit plus sign. */
    PLUS
  }

  static final long MAX_PAISE = 100_000_000_000_000_000L; // ₹10^15

  /** Trimmed input longer than this is never an amount (₹10^15 with grouping has 31 chars). */
  static final int MAX_LENGTH = 64;

  private long paise;
  private Marker marker = Marker.NONE;
  private ReasonCode reason;

  /** Scratch of the parse under way. */
  private int pos;

  private boolean parens;
  private boolean currency;
  private boolean tooBig;

  /** Parses all of {@code s}; true when it is a valid amount. */
  public boolean parse(CharSequence s) {
    return parse(s, 0, s == null ? 0 : s.length());
  }

  /**
   * Parses {@code s[start, end)}, so an amount can be read straight out of a line buffer; true when
   * it is a valid amount.
   *
   * @throws IndexOutOfBoundsException if the range is not within {@code s} (a bug, not bad data)
   */
  public boolean parse(CharSequence s, int start, int end) {
    paise = 0;
    marker = Marker.NONE;
    reason = null;
    if (s == null) {
      return fail(ReasonCode.EMPTY);
    }
    Objects.checkFromToIndex(start, end, s.length());
    int from = Chars.skipSpaces(s, start, end);
    int to = Chars.trimEnd(s, from, end);
    if (from == to) {
      return fail(ReasonCode.EMPTY);
    }
    if (to - from > MAX_LENGTH) {
      return fail(ReasonCode.UNPARSEABLE_AMOUNT);
    }
    pos = from;
    parens = false;
    currency = false;
    tooBig = false;
    if (!prefix(s, to) || !AmountNumber.read(this, s, to) || !suffix(s, to)) {
      return false;
    }
    if (tooBig || paise > MAX_PAISE) {
      return fail(ReasonCode.AMOUNT_OUT_OF_RANGE);
    }
    return true;
  }

  /** The absolute amount of the last successful {@link #parse}, in paise. */
  public long paise() {
    return paise;
  }

  /** {@link #paise()}, negative when the marker is {@link Marker#DEBIT} or {@link Marker#MINUS}. */
  public long signedPaise() {
    return marker == Marker.DEBIT || marker == Marker.MINUS ? -paise : paise;
  }

  /** What gave the last parsed amount its direction. */
  public Marker marker() {
    return marker;
  }

  /** Why the last {@link #parse} failed; null after a success. */
  public ReasonCode reason() {
    return reason;
  }

  /** Signs, a currency and an opening parenthesis, up to the first digit or decimal point. */
  private boolean prefix(CharSequence s, int to) {
    while (true) {
      pos = Chars.skipSpaces(s, pos, to);
      if (pos == to) {
        return fail(ReasonCode.UNPARSEABLE_AMOUNT);
      }
      char c = s.charAt(pos);
      if (Chars.isDigit(c) || c == '.') {
        return true;
      }
      if (!prefixToken(s, to, c)) {
        return fail(ReasonCode.UNPARSEABLE_AMOUNT);
      }
    }
  }

  private boolean prefixToken(CharSequence s, int to, char c) {
    if (c == '-' || c == '\u2212' || c == '+') {
      if (marker != Marker.NONE) {
        return false;
      }
      marker = c == '+' ? Marker.PLUS : Marker.MINUS;
      pos++;
      return true;
    }
    if (c == '(' && !parens) {
      parens = true;
      pos++;
      return true;
    }
    if (currency) {
      return false;
    }
    currency = true;
    if (c == '₹') {
      pos++;
      return true;
    }
    int end = Chars.letters(s, pos, to);
    if (Chars.equalsFolded(s, pos, end, "inr")) {
      pos = end;
      return true;
    }
    if (Chars.equalsFolded(s, pos, end, "rs")) {
      pos = end < to && s.charAt(end) == '.' ? end + 1 : end;
      return true;
    }
    return false;
  }

  /** After the number: {@code )}, {@code /-} and a Dr/Cr marker, in that order, then the end. */
  private boolean suffix(CharSequence s, int to) {
    pos = Chars.skipSpaces(s, pos, to);
    if (parens) {
      if (pos == to || s.charAt(pos) != ')') {
        return fail(ReasonCode.UNPARSEABLE_AMOUNT);
      }
      if (marker != Marker.NONE) {
        return fail(ReasonCode.CONFLICTING_SIGN);
      }
      marker = Marker.MINUS;
      pos = Chars.skipSpaces(s, pos + 1, to);
    }
    if (pos + 1 < to && s.charAt(pos) == '/' && s.charAt(pos + 1) == '-') {
      pos = Chars.skipSpaces(s, pos + 2, to);
    }
    if (pos == to) {
      return true;
    }
    Marker word = word(s, pos, to);
    if (word == Marker.NONE) {
      return fail(ReasonCode.UNPARSEABLE_AMOUNT);
    }
    if (marker == Marker.NONE
        || (marker == Marker.MINUS && word == Marker.DEBIT)
        || (marker == Marker.PLUS && word == Marker.CREDIT)) {
      marker = word;
      return true;
    }
    return fail(ReasonCode.CONFLICTING_SIGN);
  }

  /** The whole rest {@code [i, to)} as a Dr/Cr word with an optional dot, or NONE. */
  private static Marker word(CharSequence s, int i, int to) {
    int end = Chars.letters(s, i, to);
    if (end != to && !(end + 1 == to && s.charAt(end) == '.')) {
      return Marker.NONE;
    }
    if (Chars.equalsFolded(s, i, end, "dr") || Chars.equalsFolded(s, i, end, "debit")) {
      return Marker.DEBIT;
    }
    if (Chars.equalsFolded(s, i, end, "cr") || Chars.equalsFolded(s, i, end, "credit")) {
      return Marker.CREDIT;
    }
    return Marker.NONE;
  }

  int pos() {
    return pos;
  }

  /** Records a number read by {@link AmountNumber}: its paise, where it ended, whether too big. */
  void number(long paise, int end, boolean tooBig) {
    this.paise = paise;
    this.pos = end;
    this.tooBig = tooBig;
  }

  boolean fail(ReasonCode code) {
    reason = code;
    paise = 0;
    marker = Marker.NONE;
    return false;
  }
}
