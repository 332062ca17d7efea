package dev.saakh.core.statement;

import dev.saakh.core.bank.Bank;
import java.util.List;
import java.util.Map;

/**
 * The column headers of the banks' statement downloads, and which layout a header row is. A header
 * cell is compared by its letters and digits only, lower-cased ({@code "Withdrawal Amt."}, {@code
 * "WITHDRAWAL AMT"} and {@code " withdrawal amt "} are all {@code withdrawalamt}), so case, spacing
 * and punctuation do not matter.
 *
 * <p>A row is a layout's header when it holds all of the layout's signature headers, a transaction
 * date column, and either a debit and a credit column or an amount column with a Dr/Cr column. When
 * several layouts match, the one that names more of the row's cells wins.
 */
enum BankExportLayout {
  HDFC(
      Bank.HDFC,
      List.of("narration", "closingbalance"),
      Map.ofEntries(
          Map.entry("date", Role.DATE),
          Map.entry("narration", Role.NARRATION),
          Map.entry("chqrefno", Role.REFERENCE),
          Map.entry("chqrefnumber", Role.REFERENCE),
          Map.entry("valuedt", Role.VALUE_DATE),
          Map.entry("valuedat", Role.VALUE_DATE),
          Map.entry("valuedate", Role.VALUE_DATE),
          Map.entry("withdrawalamt", Role.DEBIT),
          Map.entry("debitamount", Role.DEBIT),
          Map.entry("depositamt", Role.CREDIT),
          Map.entry("creditamount", Role.CREDIT),
          Map.entry("closingbalance", Role.BALANCE))),
  ICICI(
      Bank.ICICI,
      List.of("transactionremarks"),
      Map.ofEntries(
          Map.entry("sno", Role.SERIAL),
          Map.entry("tranid", Role.SERIAL),
          Map.entry("valuedate", Role.VALUE_DATE),
          Map.entry("transactiondate", Role.DATE),
          Map.entry("transactionposteddate", Role.IGNORED),
          Map.entry("chequenumber", Role.REFERENCE),
          Map.entry("chequenorefno", Role.REFERENCE),
          Map.entry("transactionremarks", Role.NARRATION),
          Map.entry("withdrawalamountinr", Role.DEBIT),
          Map.entry("withdrawalamount", Role.DEBIT),
          Map.entry("depositamountinr", Role.CREDIT),
          Map.entry("depositamount", Role.CREDIT),
          Map.entry("transactionamountinr", Role.AMOUNT),
          Map.entry("transactionamount", Role.AMOUNT),
          Map.entry("crdr", Role.DRCR),
          Map.entry("drcr", Role.DRCR),
          Map.entry("balanceinr", Role.BALANCE),
          Map.entry("balance", Role.BALANCE),
          Map.entry("availablebalanceinr", Role.BALANCE))),
  SBI(
      Bank.SBI,
      List.of("txndate", "description"),
      Map.ofEntries(
          Map.entry("txndate", Role.DATE),
          Map.entry("valuedate", Role.VALUE_DATE),
          Map.entry("description", Role.NARRATION),
          Map.entry("refnochequeno", Role.REFERENCE),
          Map.entry("chequeno", Role.REFERENCE),
          Map.entry("debit", Role.DEBIT),
          Map.entry("credit", Role.CREDIT),
          Map.entry("balance", Role.BALANCE))),
  AXIS(
      Bank.AXIS,
      List.of("trandate", "particulars"),
      Map.ofEntries(
          Map.entry("srno", Role.SERIAL),
          Map.entry("trandate", Role.DATE),
          Map.entry("valuedate", Role.VALUE_DATE),
          Map.entry("chqno", Role.REFERENCE),
          Map.entry("particulars", Role.NARRATION),
          Map.entry("dr", Role.DEBIT),
          Map.entry("debit", Role.DEBIT),
          Map.entry("cr", Role.CREDIT),
          Map.entry("credit", Role.CREDIT),
          Map.entry("bal", Role.BALANCE),
          Map.entry("balance", Role.BALANCE),
          Map.entry("sol", Role.IGNORED),
          Map.entry("initbr", Role.IGNORED))),
  KOTAK(
      Bank.KOTAK,
      List.of("description"),
      Map.ofEntries(
          Map.entry("slno", Role.SERIAL),
          Map.entry("date", Role.DATE),
          Map.entry("transactiondate", Role.DATE),
          Map.entry("valuedate", Role.VALUE_DATE),
          Map.entry("description", Role.NARRATION),
          Map.entry("chqrefno", Role.REFERENCE),
          Map.entry("amount", Role.AMOUNT),
          Map.entry("drcr", Role.DRCR),
          Map.entry("withdrawaldr", Role.DEBIT),
          Map.entry("depositcr", Role.CREDIT),
          Map.entry("balance", Role.BALANCE)));

  /** What a column holds. */
  enum Role {
    DATE,
    VALUE_DATE,
    NARRATION,
    REFERENCE,
    DEBIT,
    CREDIT,
    AMOUNT,
    /** The Dr/Cr of the amount. */
    DRCR,
    BALANCE,
    /** The Dr/Cr of the balance (a Dr/Cr column after the balance column). */
    BALANCE_DRCR,
    SERIAL,
    IGNORED
  }

  /** A header row read: the layout and, per column, the role (null for an unknown header). */
  record Header(BankExportLayout layout, Role[] roles, int named) {}

  private final Bank bank;
  private final List<String> signature;
  private final Map<String, Role> headers;

  BankExportLayout(Bank bank, List<String> signature, Map<String, Role> headers) {
    this.bank = bank;
    this.signature = signature;
    this.headers = headers;
  }

  Bank bank() {
    return bank;
  }

  /** The layout whose header {@code row} is, or null. */
  static Header detect(List<String> row) {
    if (row.size() < 3) {
      return null;
    }
    String[] keys = new String[row.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = key(row.get(i));
    }
    Header best = null;
    for (BankExportLayout layout : values()) {
      Header h = layout.match(keys);
      if (h != null && (best == null || h.named() > best.named())) {
        best = h;
      }
    }
    return best;
  }

  private Header match(String[] keys) {
    for (String s : signature) {
      if (!contains(keys, s)) {
        return null;
      }
    }
    Role[] roles = new Role[keys.length];
    boolean[] seen = new boolean[Role.values().length];
    int named = 0;
    for (int i = 0; i < keys.length; i++) {
      Role r = headers.get(keys[i]);
      if (r == Role.DRCR && seen[Role.BALANCE.ordinal()]) {
        r = Role.BALANCE_DRCR;
      }
      if (r != null && r != Role.IGNORED && r != Role.SERIAL && seen[r.ordinal()]) {
        r = Role.IGNORED; // a second column of one role: the first one is read
      }
      if (r != null) {
        seen[r.ordinal()] = true;
        roles[i] = r;
        named++;
      }
    }
    boolean split = seen[Role.DEBIT.ordinal()] && seen[Role.CREDIT.ordinal()];
    boolean signed = seen[Role.AMOUNT.ordinal()] && seen[Role.DRCR.ordinal()];
    if (!seen[Role.DATE.ordinal()] || !(split || signed)) {
      return null;
    }
    return new Header(this, roles, named);
  }

  private static boolean contains(String[] keys, String key) {
    for (String k : keys) {
      if (k.equals(key)) {
        return true;
      }
    }
    return false;
  }

  /** A header cell's letters and digits, lower-cased. */
  static String key(String cell) {
    if (cell == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(cell.length());
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        b.append((char) (c + ('a' - 'A')));
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        b.append(c);
      }
    }
    return b.toString();
  }
}
