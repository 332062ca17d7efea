package dev.saakh.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saakh.core.bank.Category;
import dev.saakh.core.bank.Transaction;
import dev.saakh.core.lake.Dataset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Salary recognised from monthly credits whose narration never says "salary". */
class RecurringSalaryTest {
  private static final String A = "CUST_CON_00001-A1";

  private static List<Transaction> clean(TestingRaw raw) {
    return raw.clean().records(Dataset.TRANSACTIONS, Transaction.class);
  }

  private static TestingRaw months(String employer, String... amounts) {
    TestingRaw raw = TestingRaw.customer().account(A, "ABCPR1234K");
    long balance = 0;
    for (int m = 0; m < amounts.length; m++) {
      balance += Long.parseLong(amounts[m]);
      raw.txn(
          "T" + m,
          A,
          "2025-%02d-01".formatted(m + 1),
          amounts[m],
          "BY TRANSFER-NEFT*PUNB0788765*PUNBN9831364395" + m + "*" + employer + "--",
          Long.toString(balance),
          "CR");
    }
    return raw;
  }

  @Test
  void monthlyCreditsOfSimilarSizeFromOneCompanyAreSalary() {
    // 52,000 is within 20% of the 50,000 median; 80,000 (a bonus) is not and stays OTHER
    List<Transaction> txns =
        clean(months("ACCENTURE SOLUTIONS", "50000", "52000", "50000", "80000"));
    assertThat(txns)
        .extracting(Transaction::category)
        .containsExactly(
            Category.INCOME_SALARY, Category.INCOME_SALARY, Category.INCOME_SALARY, Category.OTHER);
  }

  @Test
  void twoMonthsOrVaryingAmountsAreNotEnough() {
    assertThat(clean(months("WIPRO LTD", "50000", "50000")))
        .extracting(Transaction::category)
        .containsOnly(Category.OTHER);
    assertThat(clean(months("WIPRO LTD", "10000", "50000", "90000")))
        .extracting(Transaction::category)
        .containsOnly(Category.OTHER);
  }
}
