package dev.saakh.core.bank;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The calendar months lying wholly inside a statement period, shared by the spending features and
 * the income anomalies: a part month at either end would compare unlike with unlike.
 */
public final class WholeMonths {
  private WholeMonths() {}

  /**
   * The months from the first that starts on or after {@code from} to the last ending by {@code
   * to}.
   */
  public static List<YearMonth> within(LocalDate from, LocalDate to) {
    List<YearMonth> out = new ArrayList<>();
    YearMonth first = YearMonth.from(from.getDayOfMonth() == 1 ? from : from.plusMonths(1));
    for (YearMonth m = first; !m.atEndOfMonth().isAfter(to); m = m.plusMonths(1)) {
      out.add(m);
    }
    return out;
  }
}
