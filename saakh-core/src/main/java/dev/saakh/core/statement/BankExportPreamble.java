package dev.saakh.core.statement;

import java.util.List;
import java.util.Locale;

/**
 * The account details a download prints above its header row: account number (masked here to its
 * last four digits), IFSC and holder name. A detail is a cell {@code Label : value}, or a cell
 * {@code Label} (or {@code Label :}) followed in its row by a cell holding the value. Labels are
 * compared by their letters and digits, lower-cased; the first value of each detail is kept.
 */
final class BankExportPreamble {
  private static final int VISIBLE_DIGITS = 4;
  private static final int MAX_VALUE = 120;

  String masked;
  String ifsc;
  String holder;

  /** Reads one row above the header. */
  void read(List<String> row) {
    for (int i = 0; i < row.size(); i++) {
      String cell = row.get(i);
      int colon = cell.indexOf(':');
      String label = BankExportLayout.key(colon < 0 ? cell : cell.substring(0, colon));
      Detail d = detail(label);
      if (d == null) {
        continue;
      }
      String value =
          d == Detail.ACCOUNT_IN_TEXT ? cell : colon < 0 ? "" : bare(cell.substring(colon + 1));
      for (int j = i + 1; value.isEmpty() && j < row.size(); j++) {
        value = bare(row.get(j));
      }
      if (!value.isEmpty() && value.length() <= MAX_VALUE) {
        set(d, value);
      }
    }
  }

  /** A value without the {@code :}, {@code -} or {@code :-} some banks put before it. */
  private static String bare(String cell) {
    String v = BankExport.trim(cell);
    int i = 0;
    while (i < v.length() && (v.charAt(i) == ':' || v.charAt(i) == '-')) {
      i++;
    }
    return i == 0 ? v : BankExport.trim(v.substring(i));
  }

  private enum Detail {
    ACCOUNT,
    /** A sentence naming the account number ({@code Statement of Account No - 9120... for}). */
    ACCOUNT_IN_TEXT,
    IFSC,
    HOLDER
  }

  private static Detail detail(String label) {
    if (label.isEmpty()) {
      return null;
    }
    if (label.contains("ifsc") || label.equals("ifscode")) {
      return Detail.IFSC;
    }
    if (label.startsWith("statementofaccountno")) {
      return Detail.ACCOUNT_IN_TEXT;
    }
    return switch (label) {
      case "accountno", "accountnumber", "acno", "accno", "acnumber", "savingsaccountno" ->
          Detail.ACCOUNT;
      case "name",
          "accountname",
          "customername",
          "accountholdername",
          "holdername",
          "accountholder",
          "nameofaccountholder" ->
          Detail.HOLDER;
      default -> null;
    };
  }

  private void set(Detail d, String value) {
    switch (d) {
      case ACCOUNT, ACCOUNT_IN_TEXT -> {
        if (masked == null) {
          masked = mask(value);
        }
      }
      case IFSC -> {
        if (ifsc == null) {
          ifsc = firstToken(value).toUpperCase(Locale.ROOT);
        }
      }
      case HOLDER -> {
        if (holder == null) {
          holder = value;
        }
      }
    }
  }

  /**
   * The first token of at least four digits (or masking {@code X}/{@code *}) in {@code value}, all
   * but its last four digits replaced by {@code X}; null when there is none.
   */
  static String mask(String value) {
    int i = 0;
    int n = value.length();
    while (i < n) {
      while (i < n && Character.isWhitespace(value.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !Character.isWhitespace(value.charAt(i))) {
        i++;
      }
      while (start < i && "_'=\"".indexOf(value.charAt(start)) >= 0) {
        start++; // the prefix that keeps a spreadsheet from reading the number as a number
      }
      String token = value.substring(start, i);
      if (isNumber(token)) {
        return masked(token);
      }
    }
    return null;
  }

  private static boolean isNumber(String token) {
    int digits = 0;
    for (int k = 0; k < token.length(); k++) {
      char c = token.charAt(k);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c != 'X' && c != 'x' && c != '*' && c != '-') {
        return false;
      }
    }
    return digits >= VISIBLE_DIGITS || (digits > 0 && token.length() >= VISIBLE_DIGITS + 2);
  }

  private static String masked(String token) {
    StringBuilder b = new StringBuilder(token.length());
    int digitsLeft = 0;
    for (int k = 0; k < token.length(); k++) {
      char c = token.charAt(k);
      if (c >= '0' && c <= '9') {
        digitsLeft++;
      }
    }
    for (int k = 0; k < token.length(); k++) {
      char c = token.charAt(k);
      if (c == '-') {
        continue;
      }
      boolean digit = c >= '0' && c <= '9';
      b.append(digit && digitsLeft <= VISIBLE_DIGITS ? c : 'X');
      if (digit) {
        digitsLeft--;
      }
    }
    return b.toString();
  }

  private static String firstToken(String value) {
    int end = 0;
    while (end < value.length() && !Character.isWhitespace(value.charAt(end))) {
      end++;
    }
    return value.substring(0, end);
  }
}
