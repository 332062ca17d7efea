package dev.saakh.core.statement;

import dev.saakh.core.clean.AmountParser;
import dev.saakh.core.clean.AmountParser.Marker;
import dev.saakh.core.clean.DateParser;
import dev.saakh.core.statement.BankExportLayout.Role;
import java.time.LocalDate;

/**
 * One export row's cells to a raw transaction's fields. A value that reads is written the lake's
 * way (ISO date, plain decimal); one that does not is kept as written, for the cleaner to
 * quarantine with its reason. One instance per reader: its parsers are reused.
 */
final class BankExportValues {
  /** Field positions of a transaction as read. */
  static final int DATE = 0;

  static final int AMOUNT = 1;
  static final int TYPE = 2;
  static final int NARRATION = 3;
  static final int BALANCE = 4;
  static final int REFERENCE = 5;
  static final int VALUE_DATE = 6;
  static final int FIELDS = 7;

  private static final String DEBIT = "DEBIT";
  private static final String CREDIT = "CREDIT";

  private final AmountParser amounts = new AmountParser();
  private final DateParser dates = new DateParser();
  private String lastCell;
  private String lastDate;

  /** A date cell: ISO when it reads, else as written; null when blank. */
  String date(String cell) {
    if (cell.isEmpty()) {
      return null;
    }
    if (!cell.equals(lastCell)) { // a statement's rows share dates: read each run once
      lastCell = cell;
      lastDate = dates.parse(cell) ? LocalDate.ofEpochDay(dates.epochDay()).toString() : cell;
    }
    return lastDate;
  }

  /** Whether a cell reads as a date. */
  boolean isDate(String cell) {
    return dates.parse(cell);
  }

  /**
   * Sets {@code t[AMOUNT]} and {@code t[TYPE]} from a debit and a credit cell: the one holding a
   * non-zero amount gives both. Both blank or zero: the amount as written (or null), no type, so
   * the cleaner settles or quarantines it. Both non-zero: both as written, no type.
   */
  void split(String debit, String credit, String[] t) {
    boolean d = amounts.parse(debit) && amounts.paise() > 0;
    long dp = amounts.paise();
    boolean c = amounts.parse(credit) && amounts.paise() > 0;
    long cp = amounts.paise();
    boolean dText = !debit.isEmpty() && !d && !zero(debit);
    boolean cText = !credit.isEmpty() && !c && !zero(credit);
    if ((d || dText) && (c || cText)) {
      t[AMOUNT] = debit + " / " + credit;
    } else if (d) {
      t[AMOUNT] = plain(dp);
      t[TYPE] = DEBIT;
    } else if (c) {
      t[AMOUNT] = plain(cp);
      t[TYPE] = CREDIT;
    } else if (dText) {
      t[AMOUNT] = debit;
      t[TYPE] = DEBIT;
    } else if (cText) {
      t[AMOUNT] = credit;
      t[TYPE] = CREDIT;
    } else {
      t[AMOUNT] = !debit.isEmpty() ? debit : credit.isEmpty() ? null : credit;
    }
  }

  private boolean zero(String cell) {
    return amounts.parse(cell) && amounts.paise() == 0;
  }

  /** Sets {@code t[AMOUNT]} and {@code t[TYPE]} from an amount cell and its Dr/Cr cell. */
  void signed(String amount, String drcr, String[] t) {
    String type = type(drcr);
    if (!amounts.parse(amount)) {
      t[AMOUNT] = amount.isEmpty() ? null : amount;
      t[TYPE] = type;
      return;
    }
    Marker m = amounts.marker();
    if (type == null) {
      type =
          switch (m) {
            case DEBIT, MINUS -> DEBIT;
            case CREDIT -> CREDIT;
            case NONE, PLUS -> null;
          };
    }
    t[AMOUNT] = plain(amounts.paise());
    t[TYPE] = type;
  }

  /** DEBIT, CREDIT, or null for a Dr/Cr cell. */
  static String type(String drcr) {
    return switch (BankExportLayout.key(drcr)) {
      case "dr", "d", "debit", "withdrawal" -> DEBIT;
      case "cr", "c", "credit", "deposit" -> CREDIT;
      default -> null;
    };
  }

  /**
   * A balance cell, negative when overdrawn ({@code Dr}, a minus sign or parentheses, inline or in
   * its own Dr/Cr cell); as written when it does not read; null when blank.
   */
  String balance(String cell, String drcr) {
    if (cell.isEmpty()) {
      return null;
    }
    if (!amounts.parse(cell)) {
      return drcr.isEmpty() ? cell : cell + " " + drcr;
    }
    Marker m = amounts.marker();
    boolean overdrawn = m == Marker.DEBIT || m == Marker.MINUS || DEBIT.equals(type(drcr));
    return plain(overdrawn ? -amounts.paise() : amounts.paise());
  }

  /** Paise as a plain decimal with two places: {@code 12345678} is {@code 123456.78}. */
  static String plain(long paise) {
    long abs = Math.abs(paise);
    long rupees = abs / 100;
    int cents = (int) (abs % 100);
    StringBuilder b = new StringBuilder(24);
    if (paise < 0) {
      b.append('-');
    }
    b.append(rupees).append('.');
    if (cents < 10) {
      b.append('0');
    }
    return b.append(cents).toString();
  }

  /** Whether the roles of a header give this field a column. */
  static boolean has(Role[] roles, Role role) {
    for (Role r : roles) {
      if (r == role) {
        return true;
      }
    }
    return false;
  }
}
