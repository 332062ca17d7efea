package dev.saakh.core.features;

import dev.saakh.core.bank.Category;
import dev.saakh.core.bank.Transaction;
import dev.saakh.core.bank.TxnType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Features around income arriving: retention, the drop to day 25, and timing consistency. */
final class SalaryFeatures {
  static final int RETENTION_DAYS = 7;
  static final int DROP_DAY = 25;
  static final double CONSISTENT_STDDEV_DAYS = 2;
  static final double INCONSISTENT_STDDEV_DAYS = 5;

  private SalaryFeatures() {}

  static List<Transaction> salaries(Ledger l) {
    List<Transaction> out = new ArrayList<>();
    for (Transaction t : l.inWindow) {
      if (t.type() == TxnType.CREDIT && t.category() == Category.INCOME_SALARY) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * Share of each salary credit still in its account {@value #RETENTION_DAYS} days later: (balance
   * on day +7 − balance just before the credit) ÷ credit, clamped to [0, 1]; averaged within a
   * month, then over months.
   */
  static Feature retention(Ledger l) {
    List<Transaction> salaries = salaries(l);
    Map<YearMonth, double[]> months = new TreeMap<>(); // sum, count
    int skipped = 0;
    for (Transaction s : salaries) {
      Long before = balanceBefore(l, s);
      Long after = l.balance(s.accountId(), s.date().plusDays(RETENTION_DAYS));
      if (before == null || after == null) {
        skipped++;
        continue;
      }
      double kept = clamp((after - before) / (double) s.amount().paise());
      double[] m = months.computeIfAbsent(YearMonth.from(s.date()), k -> new double[2]);
      m[0] += kept;
      m[1]++;
    }
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("salary_credits", salaries.size());
    inputs.put("credits_without_balance_7_days_later", skipped);
    inputs.put("months", months.size());
    if (salaries.isEmpty()) {
      return Feature.missing("no salary credits in the window", inputs);
    }
    if (months.isEmpty()) {
      return Feature.missing("no salary credit has a known balance 7 days later", inputs);
    }
    return Feature.of(Feature.round(meanOfMonthMeans(months)), inputs);
  }

  /** The account's balance just before the credit landed. */
  private static Long balanceBefore(Ledger l, Transaction s) {
    if (s.balanceAfter() != null) {
      return s.balanceAfter().paise() - s.amount().paise();
    }
    return l.balance(s.accountId(), s.date().minusDays(1));
  }

  /**
   * Fall from the post-salary peak to day {@value #DROP_DAY}: for each month's first salary credit,
   * (peak end-of-day balance of that account from the salary day to the next day 25 on or after it
   * − its balance on that day 25) ÷ peak, clamped to [0, 1]; averaged over months. A salary paid
   * after the 25th is measured to the 25th of the next month.
   */
  static Feature balanceDrop(Ledger l) {
    Map<YearMonth, Transaction> first = new TreeMap<>();
    for (Transaction s : salaries(l)) {
      first.putIfAbsent(YearMonth.from(s.date()), s);
    }
    Map<YearMonth, double[]> months = new TreeMap<>();
    for (Map.Entry<YearMonth, Transaction> e : first.entrySet()) {
      Transaction s = e.getValue();
      LocalDate day25 = e.getKey().atDay(DROP_DAY);
      day25 = s.date().isAfter(day25) ? day25.plusMonths(1) : day25;
      Long end = l.balance(s.accountId(), day25);
      long peak = Long.MIN_VALUE;
      for (LocalDate d = s.date(); !d.isAfter(day25); d = d.plusDays(1)) {
        Long b = l.balance(s.accountId(), d);
        peak = b == null ? peak : Math.max(peak, b);
      }
      if (end != null && peak > 0) {
        months.put(e.getKey(), new double[] {clamp((peak - end) / (double) peak), 1});
      }
    }
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("salary_months", first.size());
    inputs.put("months_measured", months.size());
    if (first.isEmpty()) {
      return Feature.missing("no salary credits in the window", inputs);
    }
    if (months.isEmpty()) {
      return Feature.missing("no salary month has a positive peak and a day-25 balance", inputs);
    }
    return Feature.of(Feature.round(meanOfMonthMeans(months)), inputs);
  }

  /**
   * Standard deviation of the day of month of significant credits (above 30% of the month's
   * income): ≤ 2 days gives 1.0, ≥ 5 days gives 0.0, linear between.
   */
  static Feature inflowConsistency(Ledger l) {
    List<Transaction> credits = l.significantCredits();
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("significant_credits", credits.size());
    if (credits.size() < 2) {
      return Feature.missing("fewer than two significant credits", inputs);
    }
    double mean = 0;
    for (Transaction t : credits) {
      mean += t.date().getDayOfMonth();
    }
    mean /= credits.size();
    double var = 0;
    for (Transaction t : credits) {
      double d = t.date().getDayOfMonth() - mean;
      var += d * d;
    }
    double sd = Math.sqrt(var / credits.size());
    inputs.put("day_of_month_stddev", Feature.round(sd));
    double span = INCONSISTENT_STDDEV_DAYS - CONSISTENT_STDDEV_DAYS;
    return Feature.of(Feature.round(clamp((INCONSISTENT_STDDEV_DAYS - sd) / span)), inputs);
  }

  static double meanOfMonthMeans(Map<YearMonth, double[]> months) {
    double sum = 0;
    for (double[] m : months.values()) {
      sum += m[0] / m[1];
    }
    return sum / months.size();
  }

  static double clamp(double v) {
    return Math.max(0, Math.min(1, v));
  }
}
