package dev.saakh.core.fraud;

import dev.saakh.core.bank.Transaction;
import dev.saakh.core.bank.TxnType;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Outliers in a statement, reported as low-severity information rather than fraud:
 *
 * <ul>
 *   <li>{@code high_value_transaction}: an entry at least {@value #HIGH_VALUE_MULTIPLE} times the
 *       median amount of entries of its type, and at least ₹{@value #HIGH_VALUE_FLOOR_RUPEES};
 *   <li>{@code inflow_spike}: a month whose credits are at least {@value #SPIKE_MULTIPLE} times the
 *       median month's (needs {@value #MIN_MONTHS} months with entries).
 * </ul>
 */
public final class BankOutliers {
  public static final String HIGH_VALUE = "high_value_transaction";
  public static final String INFLOW_SPIKE = "inflow_spike";
  static final int HIGH_VALUE_MULTIPLE = 20;
  static final long HIGH_VALUE_FLOOR_RUPEES = 100_000;
  static final double SPIKE_MULTIPLE = 2.5;
  static final int MIN_MONTHS = 4;
  static final int MAX_LISTED = 20;

  private BankOutliers() {}

  public static List<BankFinding> detect(List<Transaction> txns) {
    List<BankFinding> out = new ArrayList<>();
    highValue(txns, out);
    spikes(txns, out);
    return out;
  }

  private static void highValue(List<Transaction> txns, List<BankFinding> out) {
    long creditMedian = median(txns, TxnType.CREDIT);
    long debitMedian = median(txns, TxnType.DEBIT);
    List<String> ids = new ArrayList<>();
    TreeMap<YearMonth, Integer> months = new TreeMap<>();
    for (Transaction t : txns) {
      long median = t.type() == TxnType.CREDIT ? creditMedian : debitMedian;
      long p = t.amount().paise();
      if (median > 0 && p >= HIGH_VALUE_MULTIPLE * median && p >= HIGH_VALUE_FLOOR_RUPEES * 100) {
        if (ids.size() < MAX_LISTED) {
          ids.add(t.transactionId());
        }
        months.merge(YearMonth.from(t.date()), 1, Integer::sum);
      }
    }
    int count = months.values().stream().mapToInt(Integer::intValue).sum();
    if (count > 0) {
      out.add(
          new BankFinding(
              HIGH_VALUE,
              BankFinding.Severity.LOW,
              List.copyOf(months.keySet()),
              ids,
              String.format(
                  Locale.ROOT,
                  "%d entries at least %d× the median entry of their type and ₹1 lakh or more",
                  count,
                  HIGH_VALUE_MULTIPLE)));
    }
  }

  private static void spikes(List<Transaction> txns, List<BankFinding> out) {
    Map<YearMonth, Long> inflow = new TreeMap<>();
    for (Transaction t : txns) {
      if (t.type() == TxnType.CREDIT) {
        inflow.merge(YearMonth.from(t.date()), t.amount().paise(), Long::sum);
      }
    }
    if (inflow.size() < MIN_MONTHS) {
      return;
    }
    long[] values = inflow.values().stream().mapToLong(Long::longValue).sorted().toArray();
    long median = values[values.length / 2];
    List<YearMonth> spiked = new ArrayList<>();
    inflow.forEach(
        (m, v) -> {
          if (median > 0 && v >= SPIKE_MULTIPLE * median) {
            spiked.add(m);
          }
        });
    if (!spiked.isEmpty()) {
      out.add(
          new BankFinding(
              INFLOW_SPIKE,
              BankFinding.Severity.LOW,
              spiked,
              List.of(),
              String.format(
                  Locale.ROOT,
                  "%d months with credits at least %.1f× the median month",
                  spiked.size(),
                  SPIKE_MULTIPLE)));
    }
  }

  private static long median(List<Transaction> txns, TxnType type) {
    long[] a =
        txns.stream().filter(t -> t.type() == type).mapToLong(t -> t.amount().paise()).toArray();
    if (a.length == 0) {
      return 0;
    }
    Arrays.sort(a);
    return a[a.length / 2];
  }
}
