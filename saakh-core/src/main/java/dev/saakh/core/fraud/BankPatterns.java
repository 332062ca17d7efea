package dev.saakh.core.fraud;

import dev.saakh.core.bank.Transaction;
import dev.saakh.core.bank.TxnType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Round-tripping, window dressing and regular P2P in bank statements (DESIGN §6):
 *
 * <ul>
 *   <li>{@code circular_flow}: money in from a counterparty on days 1–7 of a month and back out to
 *       the same counterparty on days 24–end of that month, the amounts within 5% — in at least
 *       {@value #MIN_MONTHS} months (HIGH from {@value #HIGH_MONTHS});
 *   <li>{@code balance_window_dressing}: a credit one or two days before a balance-check day (7,
 *       14, 22, the last) paid back to the same counterparty one to three days after it, the
 *       amounts within 1% — in at least {@value #MIN_MONTHS} months;
 *   <li>{@code p2p_manipulation}: regular P2P transfers with the same person, see {@link
 *       RegularP2p}, among entries not already part of a round trip (always MEDIUM: it asks for
 *       review, it does not prove fraud).
 * </ul>
 *
 * <p>Counterparties are compared by the name the narration gives; entries without one are not
 * considered. Each finding lists its months and transaction ids.
 */
public final class BankPatterns {
  static final int MIN_MONTHS = 2;
  static final int HIGH_MONTHS = 4;
  static final double CIRCULAR_TOLERANCE = 0.05;
  static final double DRESSING_TOLERANCE = 0.01;

  private BankPatterns() {}

  public static List<BankFinding> detect(List<Transaction> txns) {
    List<BankFinding> out = new ArrayList<>();
    Map<String, List<Transaction>> byParty = new HashMap<>();
    for (Transaction t : txns) {
      if (t.counterparty() != null) {
        byParty.computeIfAbsent(t.counterparty(), k -> new ArrayList<>()).add(t);
      }
    }
    List<String[]> circular = new ArrayList<>();
    List<String[]> dressing = new ArrayList<>();
    for (List<Transaction> entries : byParty.values()) {
      Party party = new Party(entries);
      pairs(party, circular, true);
      pairs(party, dressing, false);
    }
    finding(
        out,
        BankFinding.CIRCULAR_FLOW,
        circular,
        "money in early in the month returned to the same party at its end, amounts within 5%");
    finding(
        out,
        BankFinding.WINDOW_DRESSING,
        dressing,
        "credits parked just before balance-check days and paid back to the sender just after");
    java.util.Set<String> roundTrips = new java.util.HashSet<>();
    for (String[] pair : circular) {
      roundTrips.add(pair[1]);
      roundTrips.add(pair[2]);
    }
    p2p(
        out,
        RegularP2p.detect(
            txns.stream().filter(t -> !roundTrips.contains(t.transactionId())).toList()));
    return out;
  }

  /** One party's entries with the values pairing compares, read once. */
  private static final class Party {
    final List<Transaction> entries;
    final boolean[] credit;
    final long[] day;
    final int[] month;
    final int[] dayOfMonth;
    final double[] amount;

    Party(List<Transaction> entries) {
      this.entries = entries;
      int n = entries.size();
      credit = new boolean[n];
      day = new long[n];
      month = new int[n];
      dayOfMonth = new int[n];
      amount = new double[n];
      for (int i = 0; i < n; i++) {
        Transaction t = entries.get(i);
        credit[i] = t.type() == TxnType.CREDIT;
        day[i] = t.date().toEpochDay();
        month[i] = t.date().getYear() * 12 + t.date().getMonthValue();
        dayOfMonth[i] = t.date().getDayOfMonth();
        amount[i] = t.amount().amount().doubleValue();
      }
    }
  }

  /** Pairs of one party's entries: [month, credit id, debit id]. */
  private static void pairs(Party party, List<String[]> into, boolean circular) {
    int n = party.entries.size();
    boolean[] used = new boolean[n];
    double tolerance = circular ? CIRCULAR_TOLERANCE : DRESSING_TOLERANCE;
    for (int i = 0; i < n; i++) {
      if (!party.credit[i] || (circular && party.dayOfMonth[i] > 7)) {
        continue;
      }
      Transaction in = party.entries.get(i);
      LocalDate check = circular ? null : checkDayAfter(in.date());
      if (!circular && check == null) {
        continue;
      }
      long checkDay = check == null ? 0 : check.toEpochDay();
      double x = party.amount[i];
      for (int k = 0; k < n; k++) {
        if (used[k]
            || party.credit[k]
            || !(circular
                ? party.month[k] == party.month[i] && party.dayOfMonth[k] >= 24
                : justAfter(party.day[k], checkDay))
            || !(x > 0 && Math.abs(x - party.amount[k]) <= tolerance * x)) {
          continue;
        }
        used[k] = true;
        into.add(
            new String[] {
              YearMonth.from(in.date()).toString(),
              in.transactionId(),
              party.entries.get(k).transactionId()
            });
        break;
      }
    }
  }

  /** The balance-check day one or two days after {@code d}, or null. */
  static LocalDate checkDayAfter(LocalDate d) {
    YearMonth m = YearMonth.from(d);
    for (int day : new int[] {7, 14, 22, m.lengthOfMonth()}) {
      long gap = day - d.getDayOfMonth();
      if (gap >= 1 && gap <= 2) {
        return m.atDay(day);
      }
    }
    return null;
  }

  private static boolean justAfter(long out, long check) {
    long gap = out - check;
    return gap >= 1 && gap <= 3;
  }

  private static void p2p(List<BankFinding> out, List<List<String[]>> people) {
    if (people.isEmpty()) {
      return;
    }
    TreeSet<String> months = new TreeSet<>();
    List<String> ids = new ArrayList<>();
    for (List<String[]> person : people) {
      for (String[] e : person) {
        months.add(e[0]);
        ids.add(e[1]);
      }
    }
    ids.sort(null);
    out.add(
        new BankFinding(
            BankFinding.P2P_MANIPULATION,
            BankFinding.Severity.MEDIUM,
            months.stream().map(YearMonth::parse).toList(),
            ids,
            String.format(
                Locale.ROOT,
                "regular transfers of similar amounts on similar days with %d person(s), in %d"
                    + " months",
                people.size(),
                months.size())));
  }

  private static void finding(
      List<BankFinding> out, String code, List<String[]> pairs, String what) {
    TreeSet<String> months = new TreeSet<>();
    List<String> ids = new ArrayList<>();
    pairs.sort((p, q) -> p[1].compareTo(q[1]));
    for (String[] p : pairs) {
      months.add(p[0]);
      ids.add(p[1]);
      ids.add(p[2]);
    }
    if (months.size() < MIN_MONTHS) {
      return;
    }
    BankFinding.Severity severity =
        months.size() >= HIGH_MONTHS ? BankFinding.Severity.HIGH : BankFinding.Severity.MEDIUM;
    out.add(
        new BankFinding(
            code,
            severity,
            months.stream().map(YearMonth::parse).toList(),
            ids,
            String.format(
                Locale.ROOT, "%s, in %d months (%d pairs)", what, months.size(), pairs.size())));
  }
}
