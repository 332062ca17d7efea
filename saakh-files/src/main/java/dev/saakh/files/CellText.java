package dev.saakh.files;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/** A spreadsheet cell's value written as a bank's CSV download writes it. */
final class CellText {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

  private CellText() {}

  /**
   * A number as plain decimal text: {@code 1245.5}, {@code 50100099911234}, never {@code 1.2E5};
   * the text as written when it is not a number.
   */
  static String number(String raw) {
    String s = raw.trim();
    if (s.indexOf('E') < 0 && s.indexOf('e') < 0) {
      return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
    try {
      return new BigDecimal(s).stripTrailingZeros().toPlainString();
    } catch (NumberFormatException e) {
      return s;
    }
  }

  static String number(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString((long) d);
    }
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }

  /** An Excel serial day number as {@code dd/MM/yyyy}, or the number when it is no date. */
  static String date(double serial, boolean date1904) {
    if (!DateUtil.isValidExcelDate(serial)) {
      return number(serial);
    }
    LocalDateTime t = DateUtil.getLocalDateTime(serial, date1904);
    return t == null ? number(serial) : day(t.toLocalDate());
  }

  static String day(LocalDate d) {
    return DAY.format(d);
  }
}
