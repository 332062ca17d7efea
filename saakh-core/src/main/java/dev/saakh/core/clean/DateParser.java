package dev.saakh.core.clean;

import java.util.Objects;

/**
 * Parses the dates Indian bank exports and AA payloads write (DESIGN §4.3) into epoch days.
 *
 * <p>Accepted, shown for 4 November 2025, with any surrounding whitespace:
 *
 * <ul>
 *   <li>day first, always (the Indian convention: {@code 04/11/2025} is 4 November): {@code
 *       04/11/2025}, {@code 4/11/25}, {@code 04-11-2025}, {@code 04.11.2025}, {@code 4 Nov 25},
 *       {@code 04 Nov 2025}, {@code 04-Nov-2025}, {@code 04-NOV-25}, {@code 4 November 2025},
 *       {@code 04Nov2025}; month names are English abbreviations, {@code Sept} or full names, in
 *       any case;
 *   <li>year first: {@code 2025-11-04}, {@code 2025/11/04}, {@code 2025.11.04};
 *   <li>either of those followed by a time, after {@code T} or spaces: {@code
 *       2025-11-04T10:22:31+05:30}, {@code …T10:22:31Z}, {@code …T10:22:31.123+05:30}, {@code
 *       2025-11-04 10:22:31}, {@code 04/11/2025 10:22 AM}. The time is checked (a valid {@code
 *       H:MM[:SS[.fraction]]}, optional AM/PM, optional {@code Z} or offset) and then ignored: the
 *       result is the local date as written, whatever the offset;
 *   <li>{@code 20251104} (exactly eight digits, year first);
 *   <li>Excel serial days in the 1900 date system, {@code 45965}, optionally with a time fraction
 *       ({@code 45965.5}): serial 1 is 1900-01-01 and, because of Excel's fictitious 1900-02-29,
 *       serial n ≥ 61 is 1899-12-30 + n. Only five-digit serials 20000–80000 (1954–2119) are
 *       accepted; other five-digit numbers are {@link ReasonCode#DATE_OUT_OF_RANGE}.
 * </ul>
 *
 * <p>Two-digit years are 2000–2069 for 00–69 and 1970–1999 for 70–99. Four-digit years must lie in
 * 1900–2199 ({@link ReasonCode#DATE_OUT_OF_RANGE}); dates that do not exist, like {@code
 * 31/02/2025} or {@code 00/11/2025}, are {@link ReasonCode#IMPOSSIBLE_DATE}; blank or null input is
 * {@link ReasonCode#EMPTY}; anything else, including non-ASCII digits, is {@link
 * ReasonCode#UNPARSEABLE_DATE}.
 *
 * <p>Use one instance per thread and reuse it: {@link #parse} allocates nothing and never throws on
 * data. After it returns true, {@link #epochDay()} holds the date (days since 1970-01-01, as {@code
 * LocalDate.toEpochDay}); after false, {@link #reason()} says why and {@code epochDay()} is 0. The
 * calendar is computed arithmetically, without {@code java.time}.
 */
public final class DateParser {
  static final int MIN_YEAR = 1900;
  static final int MAX_YEAR = 2199;
  static final int EXCEL_MIN = 20_000;
  static final int EXCEL_MAX = 80_000;

  /** Trimmed input longer than this is never a date; the longest ISO form has 35 characters. */
  static final int MAX_LENGTH = 48;

  private static final long EXCEL_EPOCH = -25_569; // 1899-12-30 as an epoch day

  private long epochDay;
  private ReasonCode reason;

  /** Scratch of the parse under way: the read position and the last field read. */
  private int pos;

  private int fieldValue;
  private int fieldDigits;

  /** Parses all of {@code s}; true when it is a valid date. */
  public boolean parse(CharSequence s) {
    return parse(s, 0, s == null ? 0 : s.length());
  }

  /**
   * Parses {@code s[start, end)}, so a date can be read straight out of a line buffer; true when it
   * is a valid date.
   *
   * @throws IndexOutOfBoundsException if the range is not within {@code s} (a bug, not bad data)
   */
  public boolean parse(CharSequence s, int start, int end) {
    epochDay = 0;
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
      return fail(ReasonCode.UNPARSEABLE_DATE);
    }
    int digitsEnd = from;
    while (digitsEnd < to && Chars.isDigit(s.charAt(digitsEnd))) {
      digitsEnd++;
    }
    int n = digitsEnd - from;
    if (digitsEnd == to) {
      return compact(s, from, n);
    }
    if (n == 5 && s.charAt(digitsEnd) == '.' && digitsOnly(s, digitsEnd + 1, to)) {
      return serial(number(s, from, digitsEnd));
    }
    return fields(s, from, to);
  }

  /** The date of the last successful {@link #parse}, in days since 1970-01-01. */
  public long epochDay() {
    return epochDay;
  }

  /** Why the last {@link #parse} failed; null after a success. */
  public ReasonCode reason() {
    return reason;
  }

  /** All digits: {@code yyyyMMdd} or an Excel serial. */
  private boolean compact(CharSequence s, int from, int n) {
    if (n == 8) {
      int v = number(s, from, from + 8);
      return date(v / 10_000, v / 100 % 100, v % 100);
    }
    if (n == 5) {
      return serial(number(s, from, from + 5));
    }
    return fail(ReasonCode.UNPARSEABLE_DATE);
  }

  private boolean serial(int serial) {
    if (serial < EXCEL_MIN || serial > EXCEL_MAX) {
      return fail(ReasonCode.DATE_OUT_OF_RANGE);
    }
    epochDay = EXCEL_EPOCH + serial;
    return true;
  }

  /**
   * Three fields with one kind of separator ({@code /}, {@code -}, {@code .} or spaces; none around
   * a month name), the middle one possibly a month name, then an optional time.
   */
  private boolean fields(CharSequence s, int from, int to) {
    pos = from;
    if (!field(s, to) || fieldDigits == 0) {
      return fail(ReasonCode.UNPARSEABLE_DATE);
    }
    int first = fieldValue;
    int firstDigits = fieldDigits;
    char separator = separator(s, to);
    if (!field(s, to) || fieldDigits > 2) {
      return fail(ReasonCode.UNPARSEABLE_DATE);
    }
    int month = fieldValue;
    boolean named = fieldDigits == 0;
    if (separator(s, to) != separator || (separator == 0 && !named)) {
      return fail(ReasonCode.UNPARSEABLE_DATE);
    }
    if (!field(s, to) || fieldDigits == 0) {
      return fail(ReasonCode.UNPARSEABLE_DATE);
    }
    int last = fieldValue;
    int lastDigits = fieldDigits;
    if (pos < to && !TimeOfDay.valid(this, s, to)) {
      return false;
    }
    if (firstDigits == 4 && lastDigits <= 2) {
      return date(first, month, last);
    }
    if (firstDigits <= 2 && (lastDigits == 2 || lastDigits == 4)) {
      return date(lastDigits == 2 ? century(last) : last, month, first);
    }
    return fail(ReasonCode.UNPARSEABLE_DATE);
  }

  /** Reads 1–4 digits or a month name at {@link #pos}; false if neither is there. */
  private boolean field(CharSequence s, int to) {
    int start = pos;
    int v = 0;
    while (pos < to && Chars.isDigit(s.charAt(pos))) {
      if (pos - start == 4) {
        return false;
      }
      v = v * 10 + (s.charAt(pos) - '0');
      pos++;
    }
    if (pos > start) {
      fieldValue = v;
      fieldDigits = pos - start;
      return true;
    }
    pos = Chars.letters(s, pos, to);
    fieldValue = CivilDate.month(s, start, pos);
    fieldDigits = 0;
    return fieldValue != 0;
  }

  /** Consumes a separator: {@code / - .} itself, a run of spaces as {@code ' '}, else 0. */
  private char separator(CharSequence s, int to) {
    if (pos >= to) {
      return 0;
    }
    char c = s.charAt(pos);
    if (c == '/' || c == '-' || c == '.') {
      pos++;
      return c;
    }
    if (Chars.isSpace(c)) {
      pos = Chars.skipSpaces(s, pos, to);
      return ' ';
    }
    return 0;
  }

  private boolean date(int year, int month, int day) {
    if (!CivilDate.exists(year, month, day)) {
      return fail(ReasonCode.IMPOSSIBLE_DATE);
    }
    if (year < MIN_YEAR || year > MAX_YEAR) {
      return fail(ReasonCode.DATE_OUT_OF_RANGE);
    }
    epochDay = CivilDate.epochDay(year, month, day);
    return true;
  }

  /** 00–69 are 2000–2069; 70–99 are 1970–1999. */
  static int century(int twoDigitYear) {
    return twoDigitYear < 70 ? 2000 + twoDigitYear : 1900 + twoDigitYear;
  }

  /**
   * Reads {@code min}–{@code max} digits at {@link #pos} and returns their value, or -1 (leaving
   * {@code pos} wherever it stopped) when there are fewer or more.
   */
  int digits(CharSequence s, int to, int min, int max) {
    int start = pos;
    int v = 0;
    while (pos < to && Chars.isDigit(s.charAt(pos))) {
      if (pos - start == max) {
        return -1;
      }
      v = v * 10 + (s.charAt(pos) - '0');
      pos++;
    }
    return pos - start < min ? -1 : v;
  }

  /** Consumes {@code c} at {@link #pos} if it is there. */
  boolean accept(CharSequence s, int to, char c) {
    if (pos < to && s.charAt(pos) == c) {
      pos++;
      return true;
    }
    return false;
  }

  int pos() {
    return pos;
  }

  void pos(int pos) {
    this.pos = pos;
  }

  boolean fail(ReasonCode code) {
    reason = code;
    epochDay = 0;
    return false;
  }

  private static int number(CharSequence s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (s.charAt(i) - '0');
    }
    return v;
  }

  private static boolean digitsOnly(CharSequence s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Chars.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return from < to;
  }
}
