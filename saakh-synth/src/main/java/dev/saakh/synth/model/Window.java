package dev.saakh.synth.model;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The periods a customer's data covers, all ending before the as-of month: {@code bankMonths}
 * complete calendar months of statements and {@code gstMonths} GST tax periods.
 */
public record Window(LocalDate asOf, int bankMonths, int gstMonths) {
  /** The first month of bank statements. */
  public YearMonth bankStart() {
    return YearMonth.from(asOf).minusMonths(bankMonths);
  }

  /** The last complete month of bank statements. */
  public YearMonth bankEnd() {
    return YearMonth.from(asOf).minusMonths(1);
  }

  public LocalDate bankFirstDay() {
    return bankStart().atDay(1);
  }

  public LocalDate bankLastDay() {
    return bankEnd().atEndOfMonth();
  }

  /** The first GST tax period. */
  public YearMonth gstStart() {
    return YearMonth.from(asOf).minusMonths(gstMonths);
  }

  /** GST period number {@code i} (0 = oldest). */
  public YearMonth gstPeriod(int i) {
    return gstStart().plusMonths(i);
  }

  /** Bank month number {@code i} (0 = oldest). */
  public YearMonth bankMonth(int i) {
    return bankStart().plusMonths(i);
  }

  /** Index of {@code month} among the GST periods; bank months are the last of them. */
  public int gstIndexOf(YearMonth month) {
    return (int) (gstStart().until(month, java.time.temporal.ChronoUnit.MONTHS));
  }
}
