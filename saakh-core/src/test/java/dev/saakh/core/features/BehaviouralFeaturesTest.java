package dev.saakh.core.features;

import static dev.saakh.core.features.FeatureVector.AVG_BALANCE_DROP_RATE;
import static dev.saakh.core.features.FeatureVector.BALANCE_MANIPULATION_RISK;
import static dev.saakh.core.features.FeatureVector.CIRCULAR_TRANSACTION_RISK;
import static dev.saakh.core.features.FeatureVector.IMPULSE_SPENDING_SCORE;
import static dev.saakh.core.features.FeatureVector.INFLOW_TIME_CONSISTENCY;
import static dev.saakh.core.features.FeatureVector.MANIPULATION_RISK_SCORE;
import static dev.saakh.core.features.FeatureVector.P2P_MANIPULATION_RISK;
import static dev.saakh.core.features.FeatureVector.SALARY_RETENTION_RATIO;
import static dev.saakh.core.features.FeatureVector.UPI_VOLUME_SPIKE_SCORE;
import static dev.saakh.core.features.FeatureVector.WEEK1_VS_WEEK4_SPENDING_RATIO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.saakh.core.bank.Category;
import dev.saakh.core.bank.Channel;
import dev.saakh.core.bank.Transaction;
import dev.saakh.core.bank.TxnType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each feature on small statements whose values are worked out by hand in the comments. */
class BehaviouralFeaturesTest {
  private static final LocalDate FROM = LocalDate.parse("2025-01-01");
  private static final LocalDate TO = LocalDate.parse("2025-02-28");

  /**
   * Two salary months on one account, balances after each entry in brackets: 1 Jan salary 10,000
   * (10,000); 3 Jan shopping 2,000 (8,000); 20 Jan rent 4,000 (4,000); 1 Feb salary 10,000
   * (14,000); 5 Feb food 9,000 (5,000); 28 Feb groceries 1,000 (4,000).
   */
  private static List<Transaction> twoSalaryMonths() {
    return new TestingStatement("A")
        .credit("2025-01-01", 10_000, Category.INCOME_SALARY, "ACME")
        .debit("2025-01-03", 2_000, Category.SHOPPING, "MALL")
        .debit("2025-01-20", 4_000, Category.RENT, "OWNER")
        .credit("2025-02-01", 10_000, Category.INCOME_SALARY, "ACME")
        .debit("2025-02-05", 9_000, Category.FOOD, "CAFE")
        .debit("2025-02-28", 1_000, Category.GROCERIES, "SHOP")
        .entries();
  }

  @Test
  void salaryRetentionAveragesEachMonthsShareStillThereSevenDaysLater() {
    // Jan: balance on 8 Jan 8,000, before the credit 0 → 8,000 / 10,000 = 0.8.
    // Feb: balance on 8 Feb 5,000, before the credit 4,000 → 1,000 / 10,000 = 0.1. Mean 0.45.
    FeatureVector v = BehaviouralFeatures.of(twoSalaryMonths(), FROM, TO);
    assertThat(v.value(SALARY_RETENTION_RATIO)).isEqualTo(0.45);
    assertThat(v.features().get(SALARY_RETENTION_RATIO).inputs())
        .containsEntry("salary_credits", 2)
        .containsEntry("months", 2);
  }

  @Test
  void balanceDropRunsFromThePostSalaryPeakToDay25() {
    // Jan: peak 10,000 (1 Jan), 25 Jan 4,000 → 0.6. Feb: peak 14,000, 25 Feb 5,000 → 9/14.
    FeatureVector v = BehaviouralFeatures.of(twoSalaryMonths(), FROM, TO);
    assertThat(v.value(AVG_BALANCE_DROP_RATE)).isCloseTo((0.6 + 9 / 14.0) / 2, within(1e-4));
  }

  @Test
  void week1VsWeek4UsesOnlyMonthsWithLateSpending() {
    // Jan: days 1–7 2,000, days 22–31 nothing → left out. Feb: 9,000 ÷ 1,000 = 9.
    FeatureVector v = BehaviouralFeatures.of(twoSalaryMonths(), FROM, TO);
    assertThat(v.value(WEEK1_VS_WEEK4_SPENDING_RATIO)).isEqualTo(9.0);
    assertThat(v.features().get(WEEK1_VS_WEEK4_SPENDING_RATIO).inputs())
        .containsEntry("full_months", 2)
        .containsEntry("months_with_late_spending", 1);
  }

  @Test
  void impulseWeighsDiscretionarySpendingRightAfterIncome() {
    // Spending 16,000; discretionary within 2 days of a salary: the 2,000 shopping on 3 Jan (the
    // 5 Feb food is 4 days after). Share 0.125 → 0.5 × 0.125/0.25 = 0.25; no ticket ≤ ₹500.
    FeatureVector v = BehaviouralFeatures.of(twoSalaryMonths(), FROM, TO);
    assertThat(v.value(IMPULSE_SPENDING_SCORE)).isEqualTo(0.25);
  }

  @Test
  void inflowOnTheSameDayEveryMonthIsFullyConsistent() {
    FeatureVector v = BehaviouralFeatures.of(twoSalaryMonths(), FROM, TO);
    assertThat(v.value(INFLOW_TIME_CONSISTENCY)).isEqualTo(1.0);
    assertThat(v.features().get(INFLOW_TIME_CONSISTENCY).inputs())
        .containsEntry("day_of_month_stddev", 0.0);
  }

  @Test
  void inflowSpreadOverTheMonthScoresLinearlyBetweenTwoAndFiveDays() {
    // Significant credits on days 1 and 8: mean 4.5, population sd 3.5 → (5 − 3.5) / 3 = 0.5.
    List<Transaction> txns =
        new TestingStatement("A")
            .credit("2025-01-01", 5_000, Category.INCOME_BUSINESS, "X")
            .credit("2025-02-08", 5_000, Category.INCOME_BUSINESS, "Y")
            .entries();
    assertThat(BehaviouralFeatures.of(txns, FROM, TO).value(INFLOW_TIME_CONSISTENCY))
        .isEqualTo(0.5);
  }

  @Test
  void upiSpikeComparesTheBusiestWeekWithTheMedianWeek() {
    // Weeks from Mon 6 Jan: 2 UPI entries in each of 7 weeks, 6 in the 4th → median 2, max 6:
    // (6/2 − 1) / 3 = 0.6667.
    TestingStatement s = new TestingStatement("A");
    s.credit("2025-01-01", 100_000, Category.INCOME_SALARY, "ACME");
    LocalDate monday = LocalDate.parse("2025-01-06");
    for (int w = 0; w < 7; w++) {
      int n = w == 3 ? 6 : 2;
      for (int i = 0; i < n; i++) {
        s.debit(monday.plusDays(7L * w + i).toString(), 100, Category.FOOD, "CAFE");
      }
    }
    s.debit("2025-02-28", 100, Category.GROCERIES, "SHOP");
    FeatureVector v = BehaviouralFeatures.of(s.entries(), FROM, TO);
    assertThat(v.value(UPI_VOLUME_SPIKE_SCORE)).isEqualTo(0.6667);
    assertThat(v.features().get(UPI_VOLUME_SPIKE_SCORE).inputs())
        .containsEntry("median_week", 2.0)
        .containsEntry("largest_week", 6);
  }

  @Test
  void noSalaryGivesNullSalaryFeaturesWithAReason() {
    List<Transaction> txns =
        new TestingStatement("A")
            .credit("2025-01-02", 3_000, Category.INCOME_BUSINESS, "GIG")
            .debit("2025-02-27", 1_000, Category.FOOD, "CAFE")
            .entries();
    FeatureVector v = BehaviouralFeatures.of(txns, FROM, TO);
    assertThat(v.value(SALARY_RETENTION_RATIO)).isNull();
    assertThat(v.features().get(SALARY_RETENTION_RATIO).note())
        .isEqualTo("no salary credits in the window");
    assertThat(v.value(AVG_BALANCE_DROP_RATE)).isNull();
  }

  @Test
  void partOfOneMonthSupportsNeitherWeeklyNorMonthlyComparisons() {
    List<Transaction> txns =
        new TestingStatement("A")
            .credit("2025-01-05", 3_000, Category.INCOME_SALARY, "ACME")
            .debit("2025-01-20", 1_000, Category.FOOD, "CAFE")
            .entries();
    FeatureVector v = BehaviouralFeatures.of(txns, FROM, TO);
    assertThat(v.from()).isEqualTo(LocalDate.parse("2025-01-05"));
    assertThat(v.to()).isEqualTo(LocalDate.parse("2025-01-20"));
    assertThat(v.value(WEEK1_VS_WEEK4_SPENDING_RATIO)).isNull();
    assertThat(v.features().get(WEEK1_VS_WEEK4_SPENDING_RATIO).note())
        .isEqualTo("no full calendar month in the window");
    assertThat(v.value(UPI_VOLUME_SPIKE_SCORE)).isNull();
    assertThat(v.value(INFLOW_TIME_CONSISTENCY)).isNull(); // one significant credit
    // 12 Jan is in the statement: 3,000 − 0 of 3,000 kept → 1.0
    assertThat(v.value(SALARY_RETENTION_RATIO)).isEqualTo(1.0);
  }

  @Test
  void allZeroBalancesGiveZeroRetentionAndNoDropRate() {
    // The salary leaves the same day: end-of-day balances are all zero, so there is no peak.
    List<Transaction> txns =
        new TestingStatement("A")
            .credit("2025-01-01", 1_000, Category.INCOME_SALARY, "ACME")
            .debit("2025-01-01", 1_000, Category.CASH_WITHDRAWAL, null)
            .debit("2025-02-28", 0 + 1, Category.BANK_CHARGES, "BANK")
            .credit("2025-02-28", 1, Category.INCOME_INTEREST, "BANK")
            .entries();
    FeatureVector v = BehaviouralFeatures.of(txns, FROM, TO);
    assertThat(v.value(SALARY_RETENTION_RATIO)).isEqualTo(0.0);
    assertThat(v.value(AVG_BALANCE_DROP_RATE)).isNull();
    assertThat(v.features().get(AVG_BALANCE_DROP_RATE).note())
        .isEqualTo("no salary month has a positive peak and a day-25 balance");
  }

  @Test
  void missingBalancesAreSaidNotGuessed() {
    List<Transaction> txns =
        new TestingStatement("A")
            .withoutBalances()
            .credit("2025-01-01", 1_000, Category.INCOME_SALARY, "ACME")
            .debit("2025-02-28", 100, Category.FOOD, "CAFE")
            .entries();
    FeatureVector v = BehaviouralFeatures.of(txns, FROM, TO);
    assertThat(v.value(SALARY_RETENTION_RATIO)).isNull();
    assertThat(v.features().get(SALARY_RETENTION_RATIO).inputs())
        .containsEntry("credits_without_balance_7_days_later", 1);
  }

  @Test
  void emptyStatementGivesNullsAndZeroRisks() {
    FeatureVector v = BehaviouralFeatures.of(List.of(), FROM, TO);
    assertThat(v.transactions()).isZero();
    assertThat(v.value(SALARY_RETENTION_RATIO)).isNull();
    assertThat(v.value(IMPULSE_SPENDING_SCORE)).isNull();
    assertThat(v.value(MANIPULATION_RISK_SCORE)).isEqualTo(0.0);
  }

  @Test
  void manipulationRisksGrowWithTheMonthsEachPatternWasSeen() {
    TestingStatement s = new TestingStatement("A");
    s.credit("2025-01-01", 50_000, Category.INCOME_SALARY, "ACME");
    for (int m = 1; m <= 6; m++) {
      String month = "2025-%02d-".formatted(m);
      // regular: the same person sends ~5,000 around the 10th every month → 6 months → 0.2
      s.credit(month + "10", 5_000 + 50L * (m % 3), Category.P2P_TRANSFER, "RAVI");
      if (m <= 2) {
        // round trip: in by the 7th, back out after the 24th within 5% → 2 months → 0.15
        s.credit(month + "03", 20_000, Category.P2P_TRANSFER, "SHELL");
        s.debit(month + "26", 20_500, Category.P2P_TRANSFER, "SHELL");
      }
    }
    FeatureVector v = BehaviouralFeatures.of(s.entries(), FROM, LocalDate.parse("2025-06-30"));
    assertThat(v.value(P2P_MANIPULATION_RISK)).isEqualTo(0.2);
    assertThat(v.value(CIRCULAR_TRANSACTION_RISK)).isEqualTo(0.15);
    assertThat(v.value(BALANCE_MANIPULATION_RISK)).isEqualTo(0.0);
    assertThat(v.value(MANIPULATION_RISK_SCORE)).isEqualTo(0.35);
  }

  @Test
  void windowDressingTwoMonthsIsBalanceRiskPointOne() {
    // a credit two days before the 14th, paid back two days after, in January and February
    TestingStatement s = new TestingStatement("A");
    s.credit("2025-01-01", 10_000, Category.INCOME_SALARY, "ACME");
    for (String month : new String[] {"2025-01-", "2025-02-"}) {
      s.add(month + "12", TxnType.CREDIT, 90_000, Category.P2P_TRANSFER, "LENDER", Channel.IMPS);
      s.add(month + "16", TxnType.DEBIT, 90_000, Category.P2P_TRANSFER, "LENDER", Channel.IMPS);
    }
    s.debit("2025-02-28", 100, Category.FOOD, "CAFE");
    FeatureVector v = BehaviouralFeatures.of(s.entries(), FROM, TO);
    assertThat(v.value(BALANCE_MANIPULATION_RISK)).isEqualTo(0.1);
  }

  @Test
  void refusesABackwardWindowAndUnknownFeatureNames() {
    assertThatThrownBy(() -> BehaviouralFeatures.of(List.of(), TO, FROM))
        .hasMessageContaining("before it starts");
    FeatureVector v = BehaviouralFeatures.of(List.of(), FROM, TO);
    assertThatThrownBy(() -> v.value("salary")).hasMessageContaining("unknown feature 'salary'");
  }
}
