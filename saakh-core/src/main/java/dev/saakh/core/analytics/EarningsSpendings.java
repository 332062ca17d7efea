package dev.saakh.core.analytics;

import dev.saakh.core.bank.Transaction;
import dev.saakh.core.money.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code earnings_spendings} report: income by month and source, net of what is not income
 * (own-account transfers, loan disbursals, refunds and reversals), spending by month and category
 * (own-account transfers excluded), salary detection with 3-, 6- and 12-month averages, EMI
 * obligations by lender, new loans, and FOIR (EMIs ÷ income over the last three complete months).
 *
 * @param salaryMonths months with at least one INCOME_SALARY credit
 * @param salary3m salary over the last 3 complete months of the window ÷ 3 (null without salary)
 * @param foir EMI debits ÷ income, last three complete months; null without income
 */
public record EarningsSpendings(
    LocalDate from,
    LocalDate to,
    List<MonthIncome> monthly,
    Map<String, Money> incomeBySource,
    Map<String, Money> spendingByCategory,
    Money excludedFromIncome,
    int salaryMonths,
    String employer,
    Money salary3m,
    Money salary6m,
    Money salary12m,
    Map<String, Money> emiByLender,
    List<NewLoan> loanDisbursals,
    Money averageMonthlyIncome,
    Double foir,
    List<String> notes) {

  public record MonthIncome(YearMonth month, Money income, Money spending, Money salary) {}

  public record NewLoan(LocalDate date, String lender, Money amount) {}

  public EarningsSpendings {
    monthly = List.copyOf(monthly);
    incomeBySource = java.util.Collections.unmodifiableMap(new TreeMap<>(incomeBySource));
    spendingByCategory = java.util.Collections.unmodifiableMap(new TreeMap<>(spendingByCategory));
    emiByLender = java.util.Collections.unmodifiableMap(new TreeMap<>(emiByLender));
    loanDisbursals = List.copyOf(loanDisbursals);
    notes = List.copyOf(notes);
  }

  public static EarningsSpendings of(List<Transaction> txns, LocalDate from, LocalDate to) {
    return Earnings.build(txns, from, to);
  }

  /** Complete calendar months of [from, to], oldest first. */
  static List<YearMonth> completeMonths(LocalDate from, LocalDate to) {
    YearMonth first =
        from.getDayOfMonth() == 1 ? YearMonth.from(from) : YearMonth.from(from).plusMonths(1);
    YearMonth last =
        to.equals(YearMonth.from(to).atEndOfMonth())
            ? YearMonth.from(to)
            : YearMonth.from(to).minusMonths(1);
    List<YearMonth> out = new ArrayList<>();
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      out.add(m);
    }
    return out;
  }
}
