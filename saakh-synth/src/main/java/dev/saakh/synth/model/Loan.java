package dev.saakh.synth.model;

import dev.saakh.core.bureau.LoanType;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A loan the customer (or a director) holds: the bureau reports it as a tradeline and the bank
 * statement shows its disbursal and EMIs.
 *
 * @param holderIndex -1 for the business or consumer, else the director's index
 * @param emiDay day of month the EMI is debited
 * @param closedDate null while open
 * @param viaOcenApplication id of the OCEN application that originated it, or null
 */
public record Loan(
    String lender,
    LoanType type,
    int holderIndex,
    long principalPaise,
    double annualRate,
    int tenureMonths,
    long emiPaise,
    LocalDate openedDate,
    LocalDate closedDate,
    int emiDay,
    String viaOcenApplication) {

  public Loan {
    Objects.requireNonNull(lender, "lender");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(openedDate, "openedDate");
  }

  /**
   * Whether an EMI falls due on {@code date}'s month (from the month after opening, until closed).
   */
  public boolean emiDueIn(LocalDate monthDay) {
    LocalDate firstEmi = openedDate.plusMonths(1).withDayOfMonth(1);
    LocalDate last = closedDate != null ? closedDate : openedDate.plusMonths(tenureMonths);
    return !monthDay.isBefore(firstEmi) && !monthDay.isAfter(last);
  }

  /**
   * The same loan over {@code months}, EMI recomputed, closed on {@code closed} (or open: null).
   */
  public Loan withTenure(int months, LocalDate closed) {
    return new Loan(
        lender,
        type,
        holderIndex,
        principalPaise,
        annualRate,
        months,
        emi(principalPaise, annualRate, months),
        openedDate,
        closed,
        emiDay,
        viaOcenApplication);
  }

  /** Standard EMI {@code P·r/(1−(1+r)^−n)}, in paise, for a monthly rate r. */
  public static long emi(long principalPaise, double annualRate, int months) {
    double r = annualRate / 12;
    return Math.round(principalPaise * r / (1 - Math.pow(1 + r, -months)));
  }

  /** Principal outstanding after {@code paid} EMIs. */
  public long outstandingAfter(int paid) {
    double r = annualRate / 12;
    double balance =
        principalPaise * Math.pow(1 + r, paid) - emiPaise * (Math.pow(1 + r, paid) - 1) / r;
    return Math.max(0, Math.round(balance));
  }
}
