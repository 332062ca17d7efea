package dev.saakh.core.analytics;

import dev.saakh.core.bank.Transaction;
import dev.saakh.core.money.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code transaction_summary} report over a statement window: monthly inflow, outflow and net
 * (a covered month without entries is {@code NO_ACTIVITY} with zeros, a month no account covers is
 * {@code NO_DATA}), category and channel splits, top counterparties and the share of the largest
 * payer, the total balance across accounts on the balance-check days (7, 14, 22 and the last day by
 * default) averaged over months, EMI and bounce counts, cash ratios and negative-balance days.
 *
 * @param balanceDays the average total end-of-day balance on each check day, over the months in
 *     which one was known
 * @param topPayerShare the largest credit counterparty's share of all named credits
 * @param cashWithdrawalRatio cash withdrawals ÷ all debits
 * @param cashDepositRatio cash deposits ÷ all credits
 * @param notes why a figure is null
 */
public record TransactionSummary(
    LocalDate from,
    LocalDate to,
    int accounts,
    int transactions,
    List<MonthFlow> monthly,
    Map<String, Flow> byCategory,
    Map<String, Flow> byChannel,
    List<Counterparty> topPayers,
    List<Counterparty> topPayees,
    Double topPayerShare,
    List<BalanceDay> balanceDays,
    Money averageBalance,
    int emiCount,
    Money emiTotal,
    int bounceCount,
    Money bounceTotal,
    Double cashWithdrawalRatio,
    Double cashDepositRatio,
    int negativeBalanceDays,
    List<String> notes) {

  /** Whether a month had entries, was covered without any, or was not covered at all. */
  public enum MonthStatus {
    DATA,
    NO_ACTIVITY,
    NO_DATA
  }

  public record MonthFlow(
      YearMonth month,
      MonthStatus status,
      Money inflow,
      Money outflow,
      Money net,
      int credits,
      int debits) {}

  public record Flow(Money credits, Money debits, int count) {}

  public record Counterparty(String name, Money amount, int count, double share) {}

  /** A check day ({@code "7"} … or {@code "last"}) and the average total balance on it. */
  public record BalanceDay(String day, Money average, int months) {}

  public static final List<Integer> DEFAULT_CHECK_DAYS = List.of(7, 14, 22, 31);

  public TransactionSummary {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    monthly = List.copyOf(monthly);
    byCategory = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(byCategory));
    byChannel = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(byChannel));
    topPayers = List.copyOf(topPayers);
    topPayees = List.copyOf(topPayees);
    balanceDays = List.copyOf(balanceDays);
    notes = List.copyOf(notes);
  }

  /**
   * The report over [{@code from}, {@code to}].
   *
   * @param checkDays days of the month for balances; 31 (or more) means the month's last day
   */
  public static TransactionSummary of(
      List<Transaction> txns, LocalDate from, LocalDate to, List<Integer> checkDays) {
    return new TransactionSummaries(txns, from, to).build(checkDays);
  }
}
