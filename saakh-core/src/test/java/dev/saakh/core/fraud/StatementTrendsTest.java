package dev.saakh.core.fraud;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saakh.core.bank.Category;
import dev.saakh.core.bank.Channel;
import dev.saakh.core.bank.Transaction;
import dev.saakh.core.bank.TxnMode;
import dev.saakh.core.bank.TxnType;
import dev.saakh.core.money.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Income irregularity and a balance spike before the application, on hand-built statements. */
class StatementTrendsTest {
  private long balance;
  private final List<Transaction> txns = new ArrayList<>();

  private void add(String date, TxnType type, long rupees, Category c) {
    balance += type == TxnType.CREDIT ? rupees : -rupees;
    LocalDate d = LocalDate.parse(date);
    txns.add(
        new Transaction(
            "T" + txns.size(),
            "A",
            "C",
            d,
            d,
            type,
            Money.ofPaise(rupees * 100),
            TxnMode.FT,
            Channel.NEFT,
            null,
            "X",
            null,
            null,
            null,
            c,
            "X",
            Money.ofPaise(balance * 100),
            "INR"));
  }

  @Test
  void aSalaryShiftingAcrossMonthEndsIsNotIrregular() {
    // 12 months of ₹50,000; one paid on 31 Mar instead of 1 Apr: March 100k, April 0 → 2 of 12
    for (int m = 1; m <= 12; m++) {
      String day = m == 4 ? "2025-03-31" : YearMonth.of(2025, m).atDay(1).toString();
      add(day, TxnType.CREDIT, 50_000, Category.INCOME_SALARY);
      add(YearMonth.of(2025, m).atDay(20).toString(), TxnType.DEBIT, 40_000, Category.SHOPPING);
    }
    add("2025-12-31", TxnType.DEBIT, 1, Category.BANK_CHARGES);
    assertThat(StatementTrends.detect(txns)).isEmpty();
  }

  @Test
  void incomeOffTheMedianInHalfTheMonthsIsMediumIrregularity() {
    long[] income = {10_000, 60_000, 10_000, 55_000, 10_000, 12_000, 10_000, 58_000};
    for (int m = 1; m <= 8; m++) {
      add(YearMonth.of(2025, m).atDay(5).toString(), TxnType.CREDIT, income[m - 1], Category.OTHER);
    }
    add("2025-08-31", TxnType.DEBIT, 1, Category.BANK_CHARGES);
    // median month (sorted, upper middle) 12,000: 60k, 55k, 58k are more than 50% above → 3 of 8
    List<BankFinding> found = StatementTrends.detect(txns);
    assertThat(found)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(StatementTrends.INCOME_IRREGULARITY);
              assertThat(f.severity()).isEqualTo(BankFinding.Severity.LOW);
              assertThat(f.months())
                  .containsExactly(
                      YearMonth.of(2025, 2), YearMonth.of(2025, 4), YearMonth.of(2025, 8));
            });
  }

  @Test
  void aBalanceParkedInTheLastMonthIsASpikeBeforeApplication() {
    add("2025-01-01", TxnType.CREDIT, 20_000, Category.INCOME_SALARY);
    add("2025-04-20", TxnType.DEBIT, 100, Category.FOOD);
    add("2025-05-05", TxnType.CREDIT, 200_000, Category.P2P_TRANSFER); // parked
    add("2025-05-30", TxnType.DEBIT, 100, Category.FOOD);
    // last 30 days 1–30 May: ~₹20k for 4 days then ~₹220k → average ≈ ₹193k vs ₹20k before
    List<BankFinding> found = StatementTrends.detect(txns);
    assertThat(found)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(StatementTrends.BALANCE_SPIKE);
              assertThat(f.transactionIds()).containsExactly("T2");
              assertThat(f.explanation()).contains("the last 30 days").doesNotContain("Infinity");
            });
  }

  @Test
  void shortOrEmptyStatementsGiveNothing() {
    assertThat(StatementTrends.detect(List.of())).isEmpty();
    add("2025-05-05", TxnType.CREDIT, 200_000, Category.P2P_TRANSFER);
    assertThat(StatementTrends.detect(txns)).isEmpty();
  }
}
