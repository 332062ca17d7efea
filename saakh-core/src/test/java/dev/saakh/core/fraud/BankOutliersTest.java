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

/** High-value entries and inflow spikes on a hand-built statement. */
class BankOutliersTest {
  private static Transaction t(String id, LocalDate d, TxnType type, long rupees) {
    return new Transaction(
        id,
        "A",
        "C",
        d,
        d,
        type,
        Money.ofPaise(rupees * 100),
        TxnMode.FT,
        Channel.NEFT,
        null,
        null,
        null,
        null,
        null,
        Category.OTHER,
        "X",
        null,
        "INR");
  }

  @Test
  void flagsEntriesFarAboveTheMedianAndSpikedMonths() {
    List<Transaction> txns = new ArrayList<>();
    for (int m = 1; m <= 6; m++) {
      for (int k = 0; k < 5; k++) {
        txns.add(t("C" + m + k, LocalDate.of(2025, m, 1 + k), TxnType.CREDIT, 10_000));
      }
    }
    // median credit 10,000; 2,00,000 is 20× and ≥ ₹1 lakh → high value
    txns.add(t("BIG", LocalDate.of(2025, 3, 20), TxnType.CREDIT, 200_000));
    // March inflow 2,50,000 vs median month 50,000 → spike (≥ 2.5×)
    List<BankFinding> found = BankOutliers.detect(txns);
    assertThat(found)
        .extracting(BankFinding::code)
        .containsExactly(BankOutliers.HIGH_VALUE, BankOutliers.INFLOW_SPIKE);
    assertThat(found.get(0).transactionIds()).containsExactly("BIG");
    assertThat(found.get(1).months()).containsExactly(YearMonth.of(2025, 3));
    // 1,99,999 is below 20× the median: nothing high-value
    txns.set(txns.size() - 1, t("BIG", LocalDate.of(2025, 3, 20), TxnType.CREDIT, 199_999));
    assertThat(BankOutliers.detect(txns))
        .extracting(BankFinding::code)
        .doesNotContain(BankOutliers.HIGH_VALUE);
    assertThat(BankOutliers.detect(List.of())).isEmpty();
  }
}
