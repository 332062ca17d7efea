package dev.saakh.core.fraud;

import dev.saakh.core.bank.Category;
import dev.saakh.core.bank.Transaction;
import dev.saakh.core.bank.TxnType;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Regular person-to-person transfers (DESIGN §6 {@code p2p_manipulation}): P2P entries with one
 * person in one direction, close to that person's median amount (within {@value #AMOUNT_TOLERANCE}
 * of it) and median day of month (within {@value #DAY_TOLERANCE} days), in at least {@value
 * #MIN_MONTHS} months, and in at least two thirds of the months the person appears in at all. The
 * last condition separates a fixed monthly arrangement from family transfers of varying size and
 * day.
 */
final class RegularP2p {
  static final double AMOUNT_TOLERANCE = 0.05;
  static final int DAY_TOLERANCE = 3;
  static final int MIN_MONTHS = 3;
  static final int RENT_LAST_DAY = 7;

  /** Below this median amount (₹2,000) regular transfers are pocket money, not manipulation. */
  static final long MIN_MEDIAN_PAISE = 2_000_00;

  private RegularP2p() {}

  /** Per regular person and direction: [month, transaction id] of its regular entries. */
  static List<List<String[]>> detect(List<Transaction> txns) {
    Map<String, List<Transaction>> groups = new TreeMap<>();
    for (Transaction t : txns) {
      if (t.category() == Category.P2P_TRANSFER && t.counterparty() != null) {
        groups.computeIfAbsent(t.type() + " " + t.counterparty(), k -> new ArrayList<>()).add(t);
      }
    }
    List<List<String[]>> out = new ArrayList<>();
    for (List<Transaction> g : groups.values()) {
      List<String[]> regular = regular(g);
      if (!regular.isEmpty()) {
        out.add(regular);
      }
    }
    return out;
  }

  private static List<String[]> regular(List<Transaction> g) {
    if (g.size() < MIN_MONTHS) {
      return List.of();
    }
    double amount = median(g, true);
    if (amount < MIN_MEDIAN_PAISE) {
      return List.of();
    }
    double day = median(g, false);
    Map<YearMonth, String> hits = new TreeMap<>();
    Map<YearMonth, Boolean> seen = new HashMap<>();
    for (Transaction t : g) {
      YearMonth m = YearMonth.from(t.date());
      seen.put(m, true);
      double a = t.amount().paise();
      if (Math.abs(a - amount) <= AMOUNT_TOLERANCE * amount
          && Math.abs(t.date().getDayOfMonth() - day) <= DAY_TOLERANCE) {
        hits.putIfAbsent(m, t.transactionId());
      }
    }
    if (hits.size() < MIN_MONTHS
        || 3 * hits.size() < 2 * seen.size()
        || looksLikeRent(g, amount, day)) {
      return List.of();
    }
    List<String[]> out = new ArrayList<>();
    hits.forEach((m, id) -> out.add(new String[] {m.toString(), id}));
    return out;
  }

  /** Outgoing, the very same amount every time, early in the month: rent paid to a person. */
  private static boolean looksLikeRent(List<Transaction> g, double amount, double day) {
    if (g.get(0).type() != TxnType.DEBIT || day > RENT_LAST_DAY) {
      return false;
    }
    for (Transaction t : g) {
      if (t.amount().paise() != (long) amount) {
        return false;
      }
    }
    return true;
  }

  private static double median(List<Transaction> g, boolean amount) {
    double[] v = new double[g.size()];
    for (int i = 0; i < v.length; i++) {
      Transaction t = g.get(i);
      v[i] = amount ? t.amount().paise() : t.date().getDayOfMonth();
    }
    Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }
}
