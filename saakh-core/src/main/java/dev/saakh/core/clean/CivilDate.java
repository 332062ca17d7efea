package dev.saakh.core.clean;

/**
 * Gregorian calendar arithmetic without {@code java.time}: epoch days, month lengths and English
 * month names. Everything here is static, allocation-free and exact for any year.
 */
final class CivilDate {
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

  private CivilDate() {}

  static boolean isLeap(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  }

  /** Days in {@code month} (1–12) of {@code year}. */
  static int lengthOfMonth(int year, int month) {
    if (month == 2) {
      return isLeap(year) ? 29 : 28;
    }
    return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
  }

  /** Whether year, month and day name a real day. */
  static boolean exists(int year, int month, int day) {
    return month >= 1 && month <= 12 && day >= 1 && day <= lengthOfMonth(year, month);
  }

  /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
  static long epochDay(int year, int month, int day) {
    int y = month <= 2 ? year - 1 : year;
    int era = Math.floorDiv(y, 400);
    int yoe = y - era * 400;
    int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146_097L + doe - 719_468;
  }

  /**
   * The month (1–12) that the ASCII letters {@code [from, to)} name in any case: three-letter
   * abbreviation, {@code Sept}, or the full English name; 0 for anything else.
   */
  static int month(CharSequence s, int from, int to) {
    int n = to - from;
    if (n < 3 || n > 9) {
      return 0;
    }
    int m = abbreviation(Chars.lower(s.charAt(from)), Chars.lower(s.charAt(from + 1)), s, from);
    if (m == 0 || n == 3) {
      return m;
    }
    if (m == 9 && n == 4 && Chars.lower(s.charAt(from + 3)) == 't') {
      return m;
    }
    return Chars.equalsFolded(s, from, to, MONTHS[m - 1]) ? m : 0;
  }

  private static int abbreviation(char a, char b, CharSequence s, int from) {
    char c = Chars.lower(s.charAt(from + 2));
    return switch (a) {
      case 'j' -> b == 'a' && c == 'n' ? 1 : b == 'u' ? (c == 'n' ? 6 : c == 'l' ? 7 : 0) : 0;
      case 'f' -> b == 'e' && c == 'b' ? 2 : 0;
      case 'm' -> b == 'a' ? (c == 'r' ? 3 : c == 'y' ? 5 : 0) : 0;
      case 'a' -> b == 'p' && c == 'r' ? 4 : b == 'u' && c == 'g' ? 8 : 0;
      case 's' -> b == 'e' && c == 'p' ? 9 : 0;
      case 'o' -> b == 'c' && c == 't' ? 10 : 0;
      case 'n' -> b == 'o' && c == 'v' ? 11 : 0;
      case 'd' -> b == 'e' && c == 'c' ? 12 : 0;
      default -> 0;
    };
  }
}
