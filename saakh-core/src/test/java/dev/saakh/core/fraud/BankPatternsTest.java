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

/** Round-tripping and window dressing on hand-built statements. */
class BankPatternsTest {
  private static Transaction t(String id, String date, TxnType type, String amount, String who) {
    LocalDate d = LocalDate.parse(date);
    return new Transaction(
        id,
        "A",
        "C",
        d,
        d,
        type,
        Money.of(amount),
        TxnMode.FT,
        Channel.IMPS,
        null,
        who,
        null,
        null,
        null,
        Category.P2P_TRANSFER,
        "X",
        null,
        "INR");
  }

  @Test
  void moneyInEarlyAndBackOutLateToTheSamePartyIsCircular() {
    List<Transaction> txns = new ArrayList<>();
    for (int m = 1; m <= 4; m++) {
      String month = "2025-0" + m;
      txns.add(t("I" + m, month + "-03", TxnType.CREDIT, "100000", "RAVI TRADERS"));
      // 104,000 is within 5% of 100,000; the last month's 106,000 is not
      txns.add(
          t("O" + m, month + "-27", TxnType.DEBIT, m == 4 ? "106000" : "104000", "RAVI TRADERS"));
    }
    txns.add(t("X1", "2025-01-04", TxnType.CREDIT, "5000", "OTHER"));
    txns.add(t("X2", "2025-01-26", TxnType.DEBIT, "5000", "SOMEONE ELSE"));
    List<BankFinding> found = BankPatterns.detect(txns);
    assertThat(found)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(BankFinding.CIRCULAR_FLOW);
              assertThat(f.months())
                  .containsExactly(
                      YearMonth.of(2025, 1), YearMonth.of(2025, 2), YearMonth.of(2025, 3));
              assertThat(f.severity()).isEqualTo(BankFinding.Severity.MEDIUM);
              assertThat(f.transactionIds()).containsExactly("I1", "O1", "I2", "O2", "I3", "O3");
            });
  }

  @Test
  void creditsParkedAroundCheckDaysAreWindowDressing() {
    List<Transaction> txns =
        List.of(
            t("A1", "2025-01-12", TxnType.CREDIT, "500000", "PRIYA"), // check day 14
            t("A2", "2025-01-16", TxnType.DEBIT, "500000", "PRIYA"),
            t("B1", "2025-02-26", TxnType.CREDIT, "300000", "PRIYA"), // last day 28
            t("B2", "2025-03-01", TxnType.DEBIT, "300000", "PRIYA"),
            t("C1", "2025-03-10", TxnType.CREDIT, "200000", "PRIYA"), // no check day after
            t("C2", "2025-03-12", TxnType.DEBIT, "200000", "PRIYA"));
    assertThat(BankPatterns.detect(txns))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(BankFinding.WINDOW_DRESSING);
              assertThat(f.transactionIds()).containsExactly("A1", "A2", "B1", "B2");
            });
    assertThat(BankPatterns.checkDayAfter(LocalDate.of(2024, 2, 27)))
        .isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(BankPatterns.detect(txns.subList(0, 2))).isEmpty();
  }

  @Test
  void similarTransfersWithOnePersonMostMonthsAreRegularP2p() {
    List<Transaction> txns = new ArrayList<>();
    String[] amounts = {"5000", "5100", "4950", "5050", "9000"};
    for (int m = 1; m <= 5; m++) {
      // day 10 ± 1 and within 5% of the 5,000 median, except May's 9,000
      txns.add(
          t(
              "P" + m,
              "2025-0%d-%02d".formatted(m, 9 + m % 3),
              TxnType.CREDIT,
              amounts[m - 1],
              "ASHA"));
      // family transfers of varying size and day are not regular
      txns.add(t("F" + m, "2025-0" + m + "-" + (12 + 3 * m), TxnType.DEBIT, 1000L * m + "", "MOM"));
    }
    assertThat(BankPatterns.detect(txns))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(BankFinding.P2P_MANIPULATION);
              assertThat(f.severity()).isEqualTo(BankFinding.Severity.MEDIUM);
              assertThat(f.transactionIds()).containsExactly("P1", "P2", "P3", "P4");
            });
  }

  @Test
  void theSameAmountPaidOutEarlyEveryMonthIsRentNotManipulation() {
    List<Transaction> txns = new ArrayList<>();
    for (int m = 1; m <= 6; m++) {
      txns.add(t("R" + m, "2025-0" + m + "-0" + (1 + m % 4), TxnType.DEBIT, "18000", "LANDLORD"));
    }
    assertThat(BankPatterns.detect(txns)).isEmpty();
    // the same payments coming in are not rent
    List<Transaction> in =
        txns.stream()
            .map(x -> t(x.transactionId(), x.date().toString(), TxnType.CREDIT, "18000", "X"))
            .toList();
    assertThat(BankPatterns.detect(in))
        .extracting(BankFinding::code)
        .containsExactly(BankFinding.P2P_MANIPULATION);
  }
}
