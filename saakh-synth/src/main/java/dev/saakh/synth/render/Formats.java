package dev.saakh.synth.render;

import java.time.LocalDate;

/**
 * Writes dates and amounts in the formats Indian bank exports and AA payloads use (DESIGN §4.3),
 * digit by digit into a reusable builder, without formatters or garbage.
 */
final class Formats {
  static final String[] MONTHS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };
  static final String[] MONTHS_UPPER = {
    "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"
  };

  /** Date styles; the comment shows 4 November 2025. */
  static final int ISO = 0; // 2025-11-04

  static final int DMY_SLASH = 1; // 04/11/2025
  static final int DMY_DASH = 2; // 04-11-2025
  static final int D_MON_YY = 3; // 4 Nov 25
  static final int DD_MON_YYYY_DASH = 4; // 04-Nov-2025
  static final int ISO_DATETIME = 5; // 2025-11-04T10:22:31+05:30
  static final int BASIC = 6; // 20251104
  static final int EXCEL = 7; // 45965
  static final int DMY_SLASH_YY = 8; // 04/11/25
  static final int DD_MON_YYYY = 9; // 04 Nov 2025
  static final int DMY_DOT = 10; // 04.11.2025
  static final int DD_MON_YY_UPPER = 11; // 04-NOV-25
  static final int DATE_STYLES = 12;

  /** Amount styles; the comment shows a debit of 1,250.00. */
  static final int PLAIN = 0; // 1250.00 (sign in a separate type field)

  static final int DR_CR_WORD = 1; // 1,250.00 Dr
  static final int RUPEE_DR_CR = 2; // ₹1,250.00 Dr
  static final int RS_SLASH = 3; // Rs. 1,250/-   (unsigned)
  static final int INR = 4; // INR 1250    (unsigned)
  static final int PARENS = 5; // (1,250.00)
  static final int SIGNED = 6; // -1250
  static final int DR_CR_UPPER = 7; // 1250 DR
  static final int AMOUNT_STYLES = 8;

  private static final long EXCEL_EPOCH = LocalDate.of(1899, 12, 30).toEpochDay();

  private Formats() {}

  /** Whether {@code style} shows debit/credit in the amount itself. */
  static boolean signed(int style) {
    return style != PLAIN && style != RS_SLASH && style != INR;
  }

  static void date(StringBuilder sb, LocalDate d, int style, int secondOfDay) {
    int y = d.getYear();
    int m = d.getMonthValue();
    int day = d.getDayOfMonth();
    switch (style) {
      case DMY_SLASH -> dmy(sb, day, m, y, '/', 4);
      case DMY_DASH -> dmy(sb, day, m, y, '-', 4);
      case DMY_DOT -> dmy(sb, day, m, y, '.', 4);
      case DMY_SLASH_YY -> dmy(sb, day, m, y, '/', 2);
      case D_MON_YY ->
          sb.append(day).append(' ').append(MONTHS[m - 1]).append(' ').append(two(y % 100));
      case DD_MON_YYYY_DASH ->
          sb.append(two(day)).append('-').append(MONTHS[m - 1]).append('-').append(y);
      case DD_MON_YYYY ->
          sb.append(two(day)).append(' ').append(MONTHS[m - 1]).append(' ').append(y);
      case DD_MON_YY_UPPER ->
          sb.append(two(day))
              .append('-')
              .append(MONTHS_UPPER[m - 1])
              .append('-')
              .append(two(y % 100));
      case BASIC -> sb.append(y).append(two(m)).append(two(day));
      case EXCEL -> sb.append(d.toEpochDay() - EXCEL_EPOCH);
      case ISO_DATETIME -> {
        iso(sb, y, m, day);
        sb.append('T')
            .append(two(secondOfDay / 3600))
            .append(':')
            .append(two(secondOfDay / 60 % 60))
            .append(':')
            .append(two(secondOfDay % 60))
            .append("+05:30");
      }
      default -> iso(sb, y, m, day);
    }
  }

  static String date(LocalDate d, int style) {
    StringBuilder sb = new StringBuilder(24);
    date(sb, d, style, 12 * 3600);
    return sb.toString();
  }

  private static void iso(StringBuilder sb, int y, int m, int d) {
    sb.append(y).append('-').append(two(m)).append('-').append(two(d));
  }

  private static void dmy(StringBuilder sb, int d, int m, int y, char sep, int yearDigits) {
    sb.append(two(d)).append(sep).append(two(m)).append(sep);
    if (yearDigits == 2) {
      sb.append(two(y % 100));
    } else {
      sb.append(y);
    }
  }

  private static final char[][] TWO = new char[100][];

  static {
    for (int i = 0; i < 100; i++) {
      TWO[i] = new char[] {(char) ('0' + i / 10), (char) ('0' + i % 10)};
    }
  }

  private static char[] two(int v) {
    return TWO[v];
  }

  /**
   * Writes {@code paise} (≥ 0) in {@code style}; {@code debit} decides the Dr/Cr marker, minus or
   * parentheses where the style has one.
   */
  static void amount(StringBuilder sb, long paise, int style, boolean debit) {
    switch (style) {
      case DR_CR_WORD -> grouped(sb, paise, true).append(debit ? " Dr" : " Cr");
      case RUPEE_DR_CR -> grouped(sb.append('₹'), paise, true).append(debit ? " Dr" : " Cr");
      case RS_SLASH -> {
        sb.append("Rs. ");
        grouped(sb, paise, paise % 100 != 0);
        if (paise % 100 == 0) {
          sb.append("/-");
        }
      }
      case INR -> decimal(sb.append("INR "), paise, paise % 100 != 0);
      case PARENS -> {
        if (debit) {
          grouped(sb.append('('), paise, true).append(')');
        } else {
          grouped(sb, paise, true);
        }
      }
      case SIGNED -> decimal(sb.append(debit ? "-" : ""), paise, paise % 100 != 0);
      case DR_CR_UPPER -> decimal(sb, paise, paise % 100 != 0).append(debit ? " DR" : " CR");
      default -> decimal(sb, paise, true);
    }
  }

  /** A running balance, which may be negative on an OD/CC account. */
  static void balance(StringBuilder sb, long paise, int style) {
    boolean negative = paise < 0;
    long abs = Math.abs(paise);
    switch (style) {
      case DR_CR_WORD, DR_CR_UPPER -> grouped(sb, abs, true).append(negative ? " DR" : " CR");
      case RUPEE_DR_CR -> grouped(sb.append("₹ "), abs, true).append(negative ? " DR" : " CR");
      case PARENS -> {
        if (negative) {
          grouped(sb.append('('), abs, true).append(')');
        } else {
          grouped(sb, abs, true);
        }
      }
      case RS_SLASH -> grouped(sb.append(negative ? "-Rs. " : "Rs. "), abs, true);
      default -> decimal(sb.append(negative ? "-" : ""), abs, true);
    }
  }

  /** Indian digit grouping: 1,25,000.00 (last three digits, then pairs). */
  static StringBuilder grouped(StringBuilder sb, long paise, boolean decimals) {
    String rupees = Long.toString(paise / 100);
    int n = rupees.length();
    for (int i = 0; i < n; i++) {
      int fromEnd = n - i;
      if (i > 0 && (fromEnd == 3 || (fromEnd > 3 && (fromEnd - 3) % 2 == 0))) {
        sb.append(',');
      }
      sb.append(rupees.charAt(i));
    }
    if (decimals) {
      long p = paise % 100;
      sb.append('.').append(p < 10 ? "0" : "").append(p);
    }
    return sb;
  }

  static StringBuilder decimal(StringBuilder sb, long paise, boolean decimals) {
    sb.append(paise / 100);
    if (decimals) {
      long p = Math.abs(paise % 100);
      sb.append('.').append(p < 10 ? "0" : "").append(p);
    }
    return sb;
  }

  /** Paise as a plain JSON number with two decimals. */
  static void plainAmount(JsonLine out, long paise) {
    if (paise < 0) {
      out.put('-');
      paise = -paise;
    }
    out.digits(paise / 100);
    long p = paise % 100;
    out.put('.');
    out.put((char) ('0' + p / 10));
    out.put((char) ('0' + p % 10));
  }
}
