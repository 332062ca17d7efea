package dev.saakh.core.features;

import dev.saakh.core.bank.Category;
import dev.saakh.core.bank.Channel;
import dev.saakh.core.bank.Transaction;
import dev.saakh.core.bank.TxnMode;
import dev.saakh.core.bank.WholeMonths;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** How and when a person spends: early vs late month, impulse spending, UPI spikes. */
final class SpendingFeatures {
  static final Set<Category> DISCRETIONARY =
      EnumSet.of(Category.SHOPPING, Category.FOOD, Category.ENTERTAINMENT, Category.GAMBLING);

  /** "Within 72 hours" at day resolution: the credit's day and the two days after it. */
  static final int IMPULSE_DAYS = 2;

  /** A discretionary debit at or below this many paise is a small ticket (₹500). */
  static final long SMALL_TICKET_PAISE = 500_00;

  /** Share of spending made on discretionary items right after income that scores 1.0. */
  static final double FULL_IMPULSE_SHARE = 0.25;

  /** Small discretionary tickets per month that score 1.0. */
  static final double FULL_SMALL_TICKETS = 30;

  /** The largest week at this multiple of the median week (or more) scores 1.0. */
  static final double FULL_SPIKE_MULTIPLE = 4;

  static final int MIN_WEEKS = 4;

  private SpendingFeatures() {}

  /** Spending on days 1–7 ÷ spending on days 22–end, per full month, averaged over months. */
  static Feature week1VsWeek4(Ledger l) {
    Map<YearMonth, long[]> months = new LinkedHashMap<>();
    for (YearMonth m : WholeMonths.within(l.from, l.to)) {
      months.put(m, new long[2]);
    }
    for (Transaction t : l.inWindow) {
      long[] m = months.get(YearMonth.from(t.date()));
      if (m != null && Ledger.isSpending(t)) {
        int day = t.date().getDayOfMonth();
        m[0] += day <= 7 ? t.amount().paise() : 0;
        m[1] += day >= 22 ? t.amount().paise() : 0;
      }
    }
    double sum = 0;
    int used = 0;
    for (long[] m : months.values()) {
      if (m[1] > 0) {
        sum += m[0] / (double) m[1];
        used++;
      }
    }
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("full_months", months.size());
    inputs.put("months_with_late_spending", used);
    if (used == 0) {
      return Feature.missing(
          months.isEmpty()
              ? "no full calendar month in the window"
              : "no spending on days 22 to month end in any full month",
          inputs);
    }
    return Feature.of(Feature.round(sum / used), inputs);
  }

  /**
   * Half from the share of all spending that went on discretionary items within 72 hours after a
   * significant income credit (1.0 at {@value #FULL_IMPULSE_SHARE}), half from small discretionary
   * tickets per month (1.0 at {@value #FULL_SMALL_TICKETS}).
   */
  static Feature impulse(Ledger l) {
    TreeSet<LocalDate> incomeDays = new TreeSet<>();
    for (Transaction t : l.significantCredits()) {
      incomeDays.add(t.date());
    }
    long spending = 0;
    long afterIncome = 0;
    int small = 0;
    for (Transaction t : l.inWindow) {
      if (!Ledger.isSpending(t)) {
        continue;
      }
      spending += t.amount().paise();
      if (DISCRETIONARY.contains(t.category())) {
        LocalDate credit = incomeDays.floor(t.date());
        if (credit != null && t.date().toEpochDay() - credit.toEpochDay() <= IMPULSE_DAYS) {
          afterIncome += t.amount().paise();
        }
        small += t.amount().paise() <= SMALL_TICKET_PAISE ? 1 : 0;
      }
    }
    int months = monthsSpanned(l);
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("spending", Ledger.rupees(spending));
    inputs.put("discretionary_within_72h_of_income", Ledger.rupees(afterIncome));
    inputs.put("small_discretionary_tickets", small);
    inputs.put("months", months);
    if (spending == 0) {
      return Feature.missing("no spending in the window", inputs);
    }
    double share = afterIncome / (double) spending;
    double perMonth = small / (double) months;
    double score =
        0.5 * Math.min(1, share / FULL_IMPULSE_SHARE)
            + 0.5 * Math.min(1, perMonth / FULL_SMALL_TICKETS);
    return Feature.of(Feature.round(score), inputs);
  }

  private static int monthsSpanned(Ledger l) {
    double days = l.to.toEpochDay() - l.from.toEpochDay() + 1;
    return (int) Math.max(1, Math.round(days / 30.4375));
  }

  /**
   * UPI entries per Monday-to-Sunday week wholly inside the window: (largest week ÷ median week −
   * 1) ÷ ({@value #FULL_SPIKE_MULTIPLE} − 1), clamped to [0, 1]; a median of zero counts as one.
   */
  static Feature upiSpike(Ledger l) {
    LocalDate first = l.from.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    int weeks = (int) ((l.to.toEpochDay() - first.toEpochDay() + 1) / 7);
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("weeks", Math.max(0, weeks));
    if (weeks < MIN_WEEKS) {
      return Feature.missing("fewer than " + MIN_WEEKS + " whole weeks in the window", inputs);
    }
    int[] counts = new int[weeks];
    for (Transaction t : l.inWindow) {
      long w = (t.date().toEpochDay() - first.toEpochDay()) / 7;
      if (t.date().isBefore(first) || w >= weeks || !isUpi(t)) {
        continue;
      }
      counts[(int) w]++;
    }
    int[] sorted = counts.clone();
    Arrays.sort(sorted);
    double median =
        weeks % 2 == 1 ? sorted[weeks / 2] : (sorted[weeks / 2 - 1] + sorted[weeks / 2]) / 2.0;
    int max = sorted[weeks - 1];
    inputs.put("median_week", median);
    inputs.put("largest_week", max);
    double multiple = max / Math.max(1, median);
    return Feature.of(
        Feature.round(SalaryFeatures.clamp((multiple - 1) / (FULL_SPIKE_MULTIPLE - 1))), inputs);
  }

  static boolean isUpi(Transaction t) {
    return t.channel() == Channel.UPI || (t.mode() == TxnMode.UPI);
  }
}
