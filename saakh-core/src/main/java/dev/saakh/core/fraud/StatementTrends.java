package dev.saakh.core.fraud;

import dev.saakh.core.bank.DailyBalances;
import dev.saakh.core.bank.Income;
import dev.saakh.core.bank.Transaction;
import dev.saakh.core.bank.TxnType;
import dev.saakh.core.bank.WholeMonths;
import dev.saakh.core.money.IndianFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Trends across a statement that an underwriter must see:
 *
 * <ul>
 *   <li>{@code income_irregularity}: monthly income over the statement's whole calendar months (at
 *       least {@value #MIN_MONTHS}) varies with a coefficient of variation above {@value
 *       #IRREGULAR_CV} (LOW), or above {@value #VERY_IRREGULAR_CV} or with two or more months
 *       without income (MEDIUM); the evidence lists months below half the median month;
 *   <li>{@code balance_spike_before_application}: the average end-of-day balance over the
 *       statement's last {@value #RECENT_DAYS} days is at least {@value #SPIKE_MULTIPLE} times the
 *       average of the {@value #BASE_DAYS} days before, and higher by at least ₹{@value
 *       #SPIKE_FLOOR_RUPEES} (MEDIUM); the evidence lists the largest credits of those last days.
 * </ul>
 *
 * <p>The application is taken to be at the statement's end: an AA statement is fetched for it.
 */
public final class StatementTrends {
  public static final String INCOME_IRREGULARITY = "income_irregularity";
  public static final String BALANCE_SPIKE = "balance_spike_before_application";
  static final int MIN_MONTHS = 6;
  static final double OFF_BAND = 0.5;
  static final int RECENT_DAYS = 30;
  static final int BASE_DAYS = 90;
  static final double SPIKE_MULTIPLE = 2.0;
  static final long SPIKE_FLOOR_RUPEES = 50_000;
  static final int MAX_LISTED = 5;

  private StatementTrends() {}

  public static List<BankFinding> detect(List<Transaction> txns) {
    List<BankFinding> out = new ArrayList<>();
    if (txns.isEmpty()) {
      return out;
    }
    LocalDate first = txns.stream().map(Transaction::date).min(Comparator.naturalOrder()).get();
    LocalDate last = txns.stream().map(Transaction::date).max(Comparator.naturalOrder()).get();
    income(txns, first, last, out);
    balanceSpike(txns, first, last, out);
    return out;
  }

  private static void income(
      List<Transaction> txns, LocalDate first, LocalDate last, List<BankFinding> out) {
    Map<YearMonth, Long> months = new TreeMap<>();
    for (YearMonth m : WholeMonths.within(first, last)) {
      months.put(m, 0L);
    }
    if (months.size() < MIN_MONTHS) {
      return;
    }
    for (Transaction t : txns) {
      months.computeIfPresent(
          YearMonth.from(t.date()), (k, v) -> Income.isIncome(t) ? v + t.amount().paise() : v);
    }
    double[] sorted = months.values().stream().mapToDouble(Long::doubleValue).sorted().toArray();
    double median = sorted[sorted.length / 2];
    if (median <= 0) {
      return;
    }
    List<YearMonth> off = new ArrayList<>();
    months.forEach(
        (k, x) -> {
          if (x < (1 - OFF_BAND) * median || x > (1 + OFF_BAND) * median) {
            off.add(k);
          }
        });
    if (off.size() * 3 < months.size()) {
      return;
    }
    boolean medium = off.size() * 2 >= months.size();
    out.add(
        new BankFinding(
            INCOME_IRREGULARITY,
            medium ? BankFinding.Severity.MEDIUM : BankFinding.Severity.LOW,
            off,
            List.of(),
            String.format(
                Locale.ROOT,
                "monthly income is irregular: %d of %d months differ from the median month (%s)"
                    + " by more than half",
                off.size(),
                months.size(),
                IndianFormat.rupees(median / 100))));
  }

  private static void balanceSpike(
      List<Transaction> txns, LocalDate first, LocalDate last, List<BankFinding> out) {
    LocalDate recentFrom = last.minusDays(RECENT_DAYS - 1L);
    LocalDate baseFrom = recentFrom.minusDays(BASE_DAYS);
    if (baseFrom.isBefore(first)) {
      return;
    }
    DailyBalances b = DailyBalances.of(txns, baseFrom, last);
    double base = average(b, baseFrom, recentFrom.minusDays(1));
    double recent = average(b, recentFrom, last);
    if (Double.isNaN(base)
        || Double.isNaN(recent)
        || recent < SPIKE_MULTIPLE * Math.max(base, 0)
        || recent - base < SPIKE_FLOOR_RUPEES * 100d) {
      return;
    }
    List<String> ids =
        txns.stream()
            .filter(t -> t.type() == TxnType.CREDIT && !t.date().isBefore(recentFrom))
            .sorted(Comparator.comparing((Transaction t) -> t.amount().paise()).reversed())
            .limit(MAX_LISTED)
            .map(Transaction::transactionId)
            .toList();
    out.add(
        new BankFinding(
            BALANCE_SPIKE,
            BankFinding.Severity.MEDIUM,
            List.of(YearMonth.from(last)),
            ids,
            String.format(
                Locale.ROOT,
                "average balance of the last %d days (%s) against %s over the %d days"
                    + " before%s",
                RECENT_DAYS,
                IndianFormat.rupees(recent / 100),
                IndianFormat.rupees(base / 100),
                BASE_DAYS,
                base > 0 ? String.format(Locale.ROOT, ": %.1f times", recent / base) : "")));
  }

  /** Mean end-of-day total balance in paise over the days that have one; NaN if none. */
  private static double average(DailyBalances b, LocalDate from, LocalDate to) {
    double sum = 0;
    int n = 0;
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      Long t = b.total(d);
      if (t != null) {
        sum += t;
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }
}
