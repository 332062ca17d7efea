package dev.saakh.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saakh.core.analytics.TransactionSummary.MonthStatus;
import dev.saakh.core.bank.Category;
import dev.saakh.core.bank.Channel;
import dev.saakh.core.bank.DailyBalances;
import dev.saakh.core.bank.Transaction;
import dev.saakh.core.bank.TxnMode;
import dev.saakh.core.bank.TxnType;
import dev.saakh.core.lake.LakeJson;
import dev.saakh.core.money.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** transaction_summary and daily balances on a hand-built statement, figures worked by hand. */
class TransactionSummaryTest {
  private static int seq;

  private static Transaction t(
      String account, String date, TxnType type, long rupees, Category c, String who, long bal) {
    return new Transaction(
        "T" + ++seq,
        account,
        "C",
        LocalDate.parse(date),
        LocalDate.parse(date),
        type,
        Money.ofPaise(rupees * 100),
        TxnMode.FT,
        Channel.NEFT,
        null,
        who,
        null,
        null,
        null,
        c,
        "X",
        Money.ofPaise(bal * 100),
        "INR");
  }

  private static final List<Transaction> STATEMENT =
      List.of(
          t("A", "2025-01-02", TxnType.CREDIT, 1000, Category.INCOME_BUSINESS, "ACME", 1000),
          t("A", "2025-01-10", TxnType.DEBIT, 300, Category.EMI, "BANK", 700),
          t("B", "2025-01-05", TxnType.CREDIT, 500, Category.INCOME_BUSINESS, "ZETA", 500),
          t("A", "2025-01-20", TxnType.DEBIT, 900, Category.CASH_WITHDRAWAL, null, -200),
          // February: no entries, but both accounts continue into March
          t("A", "2025-03-03", TxnType.CREDIT, 1500, Category.INCOME_BUSINESS, "ACME", 1300),
          t("B", "2025-03-31", TxnType.DEBIT, 100, Category.BOUNCE, null, 400));

  @Test
  void monthlyFlowsSplitsAndCounterparties() {
    TransactionSummary s =
        TransactionSummary.of(
            STATEMENT,
            LocalDate.of(2025, 1, 1),
            LocalDate.of(2025, 4, 30),
            TransactionSummary.DEFAULT_CHECK_DAYS);
    assertThat(s.monthly())
        .extracting(TransactionSummary.MonthFlow::month, TransactionSummary.MonthFlow::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(YearMonth.of(2025, 1), MonthStatus.DATA),
            org.assertj.core.groups.Tuple.tuple(YearMonth.of(2025, 2), MonthStatus.NO_ACTIVITY),
            org.assertj.core.groups.Tuple.tuple(YearMonth.of(2025, 3), MonthStatus.DATA),
            org.assertj.core.groups.Tuple.tuple(YearMonth.of(2025, 4), MonthStatus.NO_DATA));
    // January: in 1,000 + 500 = 1,500; out 300 + 900 = 1,200; net 300
    assertThat(s.monthly().get(0).net()).isEqualTo(Money.of("300"));
    assertThat(s.monthly().get(1).inflow()).isEqualTo(Money.of("0"));
    // ACME 2,500 of 3,000 named credits
    assertThat(s.topPayers().get(0).name()).isEqualTo("ACME");
    assertThat(s.topPayerShare()).isEqualTo(2500.0 / 3000);
    assertThat(s.emiCount()).isEqualTo(1);
    assertThat(s.bounceCount()).isEqualTo(1);
    // cash 900 of debits 300 + 900 + 100 = 1,300
    assertThat(s.cashWithdrawalRatio()).isEqualTo(900.0 / 1300);
    assertThat(s.cashDepositRatio()).isEqualTo(0.0);
    assertThat(s.byCategory().get("INCOME_BUSINESS").credits()).isEqualTo(Money.of("3000"));
  }

  @Test
  void balancesOnCheckDaysAreCarriedForwardAndSummedAcrossAccounts() {
    TransactionSummary s =
        TransactionSummary.of(
            STATEMENT,
            LocalDate.of(2025, 1, 1),
            LocalDate.of(2025, 3, 31),
            TransactionSummary.DEFAULT_CHECK_DAYS);
    // day 7: Jan A 1,000 + B 500 = 1,500; Feb A -200 + B 500 = 300; Mar A 1,300 + B 500 = 1,800
    // → (1,500 + 300 + 1,800) / 3 = 1,200
    assertThat(s.balanceDays().get(0).average()).isEqualTo(Money.of("1200"));
    // last: Jan -200 + 500 = 300; Feb 300; Mar 1,300 + 400 = 1,700 → 2,300 / 3 = 766.67
    assertThat(s.balanceDays().get(3).day()).isEqualTo("last");
    assertThat(s.balanceDays().get(3).average()).isEqualTo(Money.of("766.67"));
    // total below zero: never (B's 500 covers A's -200) → 0 days
    assertThat(s.negativeBalanceDays()).isZero();
    DailyBalances b =
        DailyBalances.of(STATEMENT, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31));
    assertThat(b.balance("B", LocalDate.of(2025, 1, 4))).isNull();
    assertThat(b.total(LocalDate.of(2025, 1, 4))).isEqualTo(100_000L);
    assertThat(b.total(LocalDate.of(2025, 1, 1))).isNull();
  }

  @Test
  void anEmptyStatementSaysNoDataWithoutNaN() throws Exception {
    TransactionSummary s =
        TransactionSummary.of(
            List.of(),
            LocalDate.of(2025, 1, 1),
            LocalDate.of(2025, 2, 28),
            TransactionSummary.DEFAULT_CHECK_DAYS);
    assertThat(s.monthly()).allMatch(m -> m.status() == MonthStatus.NO_DATA);
    assertThat(s.averageBalance()).isNull();
    assertThat(s.cashWithdrawalRatio()).isNull();
    assertThat(s.notes()).hasSize(4);
    assertThat(LakeJson.mapper().writeValueAsString(s)).doesNotContain("NaN", "Infinity");
  }
}
