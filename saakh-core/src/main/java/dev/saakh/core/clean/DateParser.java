package dev.saakh.core.clean;

/**
 * Parses the dates Indian bank exports and AA payloads write (DESIGN §4.3), day first always:
 * {@code 4 Nov 25}, {@code 04/11/2025}, {@code 04-11-2025}, {@code 04.11.2025}, {@code 2025-11-04},
 * {@code 04-Nov-2025}, {@code 4 November 2025}, {@code 2025-11-04T10:22:31+05:30} (the date as
 * written, whatever the offset), {@code 2025-11-04 10:22:31}, {@code 20251104} and Excel serial
 * days 20000–80000 ({@code 45965}). Two-digit years are 2000–2069 for 00–69, else 1970–1999.
 *
 * <p>One instance per thread, reused: {@link #parse} allocates nothing and never throws; after it
 * returns true {@link #epochDay()} holds the date, after false {@link #reason()} says why.
 */
public final class DateParser {
  private static final String[] MONTHS = {
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december"
  };
  private static final long EXCEL_EPOCH = -25_569; // 1899-12-30 as an epoch day

  private long epochDay;
  private ReasonCode reason;
  private final int[] value = new int[3];
  private final int[] digits = new int[3];

  /** Parses {@code s}; true when it is a valid date. */
  public boolean parse(CharSequence s) {
    reason = null;
    if (s == null) {
      return fail(ReasonCode.EMPTY);
    }
    int from = 0;
    int to = s.length();
    while (from < to && s.charAt(from) <= ' ') {
      from++;
    }
    while (to > from && s.charAt(to - 1) <= ' ') {
      to--;
    }
    if (from == to) {
      return fail(ReasonCode.EMPTY);
    }
    if (allDigits(s, from, to)) {
      return compact(s, from, to);
    }
    return fields(s, from, to);
  }

  public long epochDay() {
    return epochDay;
  }

  /** Why the last {@link #parse} failed; null after a success. */
  public ReasonCode reason() {
    return reason;
  }

  private boolean compact(CharSequence s, int from, int to) {
    int n = to - from;
    if (n == 8) {
      int v = number(s, from, to);
      return date(v / 10_000, v / 100 % 100, v % 100);
    }
    if (n == 5) {
      int serial = number(s, from, to);
      if (serial >= 20_000 && serial <= 80_000) {
        epochDay = EXCEL_EPOCH + serial;
        return true;
      }
    }
    return fail(ReasonCode.UNPARSEABLE_DATE);
  }

  /** Three fields split by '/', '-', '.', spaces or commas; the middle may be a month name. */
  private boolean fields(CharSequence s, int from, int to) {
    int i = from;
    int monthByName = 0;
    for (int f = 0; f < 3; f++) {
      while (f > 0 && i < to && isSeparator(s.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < to && isDigit(s.charAt(i))) {
        i++;
      }
      if (i > start) {
        if (i - start > 4) {
          return fail(ReasonCode.UNPARSEABLE_DATE);
        }
        value[f] = number(s, start, i);
        digits[f] = i - start;
      } else if (f == 1) {
        while (i < to && isLetter(s.charAt(i))) {
          i++;
        }
        monthByName = month(s, start, i);
        if (monthByName == 0) {
          return fail(ReasonCode.UNPARSEABLE_DATE);
        }
        value[f] = monthByName;
        digits[f] = 0;
      } else {
        return fail(ReasonCode.UNPARSEABLE_DATE);
      }
      if (f < 2 && (i >= to || !isSeparator(s.charAt(i)))) {
        return fail(ReasonCode.UNPARSEABLE_DATE);
      }
    }
    if (i < to && !timeFollows(s, i, to)) {
      return fail(ReasonCode.UNPARSEABLE_DATE);
    }
    if (digits[0] == 4 && monthByName == 0) {
      return digits[2] <= 2
          ? date(value[0], value[1], value[2])
          : fail(ReasonCode.UNPARSEABLE_DATE);
    }
    if (digits[0] > 2
        || (monthByName == 0 && digits[1] > 2)
        || (digits[2] != 2 && digits[2] != 4)) {
      return fail(ReasonCode.UNPARSEABLE_DATE);
    }
    int year = digits[2] == 4 ? value[2] : value[2] < 70 ? 2000 + value[2] : 1900 + value[2];
    return date(year, value[1], value[0]);
  }

  /** After the date: {@code T10:22:31…} or {@code 10:22:31…}. */
  private static boolean timeFollows(CharSequence s, int i, int to) {
    char c = s.charAt(i);
    int j = c == 'T' || c == 't' ? i + 1 : i;
    while (j < to && s.charAt(j) == ' ') {
      j++;
    }
    return j > i
        && j + 4 < to
        && isDigit(s.charAt(j))
        && isDigit(s.charAt(j + 1))
        && s.charAt(j + 2) == ':';
  }

  private static int month(CharSequence s, int from, int to) {
    int n = to - from;
    if (n < 3) {
      return 0;
    }
    for (int m = 0; m < 12; m++) {
      String name = MONTHS[m];
      if (n > name.length()) {
        continue;
      }
      boolean match = true;
      for (int k = 0; k < n && match; k++) {
        match = Character.toLowerCase(s.charAt(from + k)) == name.charAt(k);
      }
      if (match && (n == 3 || n == name.length() || (m == 8 && n == 4))) {
        return m + 1;
      }
    }
    return 0;
  }

  private boolean date(int year, int month, int day) {
    if (month < 1
        || month > 12
        || day < 1
        || day > lengthOfMonth(year, month)
        || year < 1900
        || year > 2199) {
      return fail(ReasonCode.IMPOSSIBLE_DATE);
    }
    epochDay = civilToEpochDay(year, month, day);
    return true;
  }

  static int lengthOfMonth(int year, int month) {
    if (month == 2) {
      boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
      return leap ? 29 : 28;
    }
    return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
  }

  /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
  static long civilToEpochDay(int year, int month, int day) {
    int y = month <= 2 ? year - 1 : year;
    int era = Math.floorDiv(y, 400);
    int yoe = y - era * 400;
    int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146_097L + doe - 719_468;
  }

  private static int number(CharSequence s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (s.charAt(i) - '0');
    }
    return v;
  }

  private static boolean allDigits(CharSequence s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isSeparator(char c) {
    return c == '/' || c == '-' || c == '.' || c == ' ' || c == ',';
  }

  private boolean fail(ReasonCode code) {
    reason = code;
    return false;
  }
}
