package dev.saakh.core.clean;

import dev.saakh.core.clean.AmountParser.Marker;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.LongFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Test-side renderers of every date and amount format the parsers accept, written independently of
 * the parsers and of the generator's {@code Formats}, using {@code java.time} and plain strings.
 */
final class TestingFormats {
  /** English month names, January first (test data for both parser tests). */
  static final String[] MONTHS = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December"
  };

  private static final ZoneOffset IST = ZoneOffset.ofHoursMinutes(5, 30);

  private TestingFormats() {}

  /** Date formats; the comment shows 4 November 2025 at 10:22:31.123. */
  enum DateStyle {
    D_MON_YY, // 4 Nov 25
    DD_MON_YYYY, // 04 Nov 2025
    DMY_SLASH, // 04/11/2025
    D_M_YY_SLASH, // 4/11/25
    DMY_DASH, // 04-11-2025
    DMY_DOT, // 04.11.2025
    ISO, // 2025-11-04
    DD_MON_YYYY_DASH, // 04-Nov-2025
    DD_MON_YY_UPPER, // 04-NOV-25
    DD_MON_YYYY_LOWER, // 04-nov-2025
    D_MONTH_YYYY, // 4 November 2025
    D_MONTH_YYYY_UPPER, // 4 NOVEMBER 2025
    DDMONYYYY, // 04NOV2025
    ISO_IST, // 2025-11-04T10:22:31.123+05:30 (fraction only when non-zero)
    ISO_SECONDS_IST, // 2025-11-04T10:22:31+05:30
    ISO_Z, // 2025-11-04T10:22:31Z
    ISO_WEST, // 2025-11-04T10:22:31-08:00
    ISO_LOCAL, // 2025-11-04T10:22:31
    ISO_SPACE, // 2025-11-04 10:22:31
    DMY_12H, // 04/11/2025 10:22 AM
    BASIC, // 20251104
    EXCEL; // 45965

    String render(LocalDate d, LocalTime t) {
      int day = d.getDayOfMonth();
      String mon = MONTHS[d.getMonthValue() - 1].substring(0, 3);
      String month = MONTHS[d.getMonthValue() - 1];
      String dd = two(day);
      String mm = two(d.getMonthValue());
      String yy = two(d.getYear() % 100);
      String yyyy = Integer.toString(d.getYear());
      LocalTime seconds = t.withNano(0);
      return switch (this) {
        case D_MON_YY -> day + " " + mon + " " + yy;
        case DD_MON_YYYY -> dd + " " + mon + " " + yyyy;
        case DMY_SLASH -> dd + "/" + mm + "/" + yyyy;
        case D_M_YY_SLASH -> day + "/" + d.getMonthValue() + "/" + yy;
        case DMY_DASH -> dd + "-" + mm + "-" + yyyy;
        case DMY_DOT -> dd + "." + mm + "." + yyyy;
        case ISO -> DateTimeFormatter.ISO_LOCAL_DATE.format(d);
        case DD_MON_YYYY_DASH -> dd + "-" + mon + "-" + yyyy;
        case DD_MON_YY_UPPER -> dd + "-" + mon.toUpperCase(Locale.ROOT) + "-" + yy;
        case DD_MON_YYYY_LOWER -> dd + "-" + mon.toLowerCase(Locale.ROOT) + "-" + yyyy;
        case D_MONTH_YYYY -> day + " " + month + " " + yyyy;
        case D_MONTH_YYYY_UPPER -> day + " " + month.toUpperCase(Locale.ROOT) + " " + yyyy;
        case DDMONYYYY -> dd + mon.toUpperCase(Locale.ROOT) + yyyy;
        case ISO_IST -> iso(OffsetDateTime.of(d, t, IST));
        case ISO_SECONDS_IST -> iso(OffsetDateTime.of(d, seconds, IST));
        case ISO_Z -> iso(OffsetDateTime.of(d, seconds, ZoneOffset.UTC));
        case ISO_WEST -> iso(OffsetDateTime.of(d, t, ZoneOffset.ofHours(-8)));
        case ISO_LOCAL -> DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(LocalDateTime.of(d, t));
        case ISO_SPACE -> DateTimeFormatter.ISO_LOCAL_DATE.format(d) + " " + hms(seconds);
        case DMY_12H -> dd + "/" + mm + "/" + yyyy + " " + twelveHour(t);
        case BASIC -> DateTimeFormatter.BASIC_ISO_DATE.format(d);
        case EXCEL -> Long.toString(d.toEpochDay() - LocalDate.of(1899, 12, 30).toEpochDay());
      };
    }
  }

  /**
   * Amount formats. Each renders a signed amount in paise the way that format shows direction, and
   * says which marker the parser must report for it.
   */
  enum AmountStyle {
    DR_CR(p -> indian(p) + (p < 0 ? " Dr" : " Cr"), true), // 1,250.00 Dr
    RUPEE_DR_CR(p -> "₹" + indian(p) + (p < 0 ? " Dr" : " Cr"), true), // ₹1,250.00 Cr
    RUPEE_SPACE_UPPER(p -> "₹ " + indian(p) + (p < 0 ? " DR" : " CR"), true), // ₹ 45,320.50 CR
    TIGHT_UPPER(p -> indian(p) + (p < 0 ? "DR" : "CR"), true), // 45,320.50CR
    WORDS(p -> plain(p) + (p < 0 ? " debit" : " Credit"), true), // 1250.00 debit
    REDUNDANT(p -> (p < 0 ? "-" + plain(p) + " Dr." : "+" + plain(p) + " Cr."), true), // -1250 Dr.
    RS_SLASH(p -> minus(p) + "Rs. " + rupeesOrSlash(p), false), // Rs. 1,25,000/-
    RS_NO_DOT(p -> "Rs " + minus(p) + shortest(p), false), // Rs 500
    INR(p -> minus(p) + "INR " + shortest(p), false), // INR 1250
    PARENS(p -> p < 0 ? "(" + indian(p) + ")" : indian(p), false), // (1,250.00)
    SIGNED(p -> minus(p) + shortest(p), false), // -1250
    PLUS_WESTERN(p -> (p < 0 ? "-" : "+") + western(p), false), // +1,000.00
    WESTERN(p -> minus(p) + western(p), false), // 1,000,000.00
    SHORT(p -> minus(p) + trimmed(p), false), // 1250.5, .5
    EXTRA_DECIMALS(p -> minus(p) + plain(p) + (char) ('0' + Math.abs(p) % 5), false); // 1250.503

    private final LongFunction<String> renderer;
    private final boolean marked;

    AmountStyle(LongFunction<String> renderer, boolean marked) {
      this.renderer = renderer;
      this.marked = marked;
    }

    String render(long paise) {
      return renderer.apply(paise);
    }

    /** The marker the parser must report for {@code paise} written in this style. */
    Marker marker(long paise) {
      if (marked) {
        return paise < 0 ? Marker.DEBIT : Marker.CREDIT;
      }
      if (paise < 0) {
        return Marker.MINUS;
      }
      return this == PLUS_WESTERN ? Marker.PLUS : Marker.NONE;
    }
  }

  static String two(int v) {
    return v < 10 ? "0" + v : Integer.toString(v);
  }

  private static String iso(OffsetDateTime t) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
  }

  private static String hms(LocalTime t) {
    return two(t.getHour()) + ":" + two(t.getMinute()) + ":" + two(t.getSecond());
  }

  private static String twelveHour(LocalTime t) {
    int h = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
    return h + ":" + two(t.getMinute()) + (t.getHour() < 12 ? " AM" : " pm");
  }

  private static String minus(long paise) {
    return paise < 0 ? "-" : "";
  }

  private static String decimals(long paise) {
    return "." + two((int) (Math.abs(paise) % 100));
  }

  /** |paise| as 1250.00. */
  static String plain(long paise) {
    return Math.abs(paise) / 100 + decimals(paise);
  }

  /** |paise| as 1250 when whole, else 1250.50. */
  private static String shortest(long paise) {
    return Math.abs(paise) % 100 == 0 ? Long.toString(Math.abs(paise) / 100) : plain(paise);
  }

  /** |paise| without trailing zeros or a leading zero: 1250.5, 1250, .05. */
  private static String trimmed(long paise) {
    long abs = Math.abs(paise);
    String rupees = abs >= 100 || abs == 0 ? Long.toString(abs / 100) : "";
    if (abs % 100 == 0) {
      return rupees;
    }
    String fraction = two((int) (abs % 100));
    return rupees + "." + (fraction.endsWith("0") ? fraction.substring(0, 1) : fraction);
  }

  /** Whole rupees as Rs. 1,25,000/-, otherwise with paise and no slash. */
  private static String rupeesOrSlash(long paise) {
    String grouped = indian(paise);
    return Math.abs(paise) % 100 == 0 ? grouped.substring(0, grouped.length() - 3) + "/-" : grouped;
  }

  /** |paise| in lakh/crore grouping: 1,25,000.00. */
  static String indian(long paise) {
    String r = Long.toString(Math.abs(paise) / 100);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < r.length(); i++) {
      int fromEnd = r.length() - i;
      if (i > 0 && (fromEnd == 3 || (fromEnd > 3 && (fromEnd - 3) % 2 == 0))) {
        b.append(',');
      }
      b.append(r.charAt(i));
    }
    return b + decimals(paise);
  }

  /** |paise| in western grouping: 1,000,000.00. */
  static String western(long paise) {
    return String.format(Locale.ROOT, "%,d", Math.abs(paise) / 100) + decimals(paise);
  }

  /** Whitespace a value may arrive wrapped in, blank included. */
  static Arbitrary<String> padding() {
    return Arbitraries.of("", "", " ", "  ", "\t", "\u00A0", " \r\n");
  }

  /** Any string of up to 80 code units, every Unicode block included. */
  static Arbitrary<String> unicode() {
    return Arbitraries.strings().all().ofMaxLength(80);
  }
}
