package dev.saakh.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saakh.core.bank.Category;
import dev.saakh.core.bank.Channel;
import dev.saakh.core.bank.Transaction;
import dev.saakh.core.bank.TxnMode;
import dev.saakh.core.bank.TxnType;
import dev.saakh.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** earnings_spendings on a four-month salaried statement, worked by hand. */
class EarningsSpendingsTest {
  private static Transaction t(LocalDate d, TxnType type, long rupees, Category c, String who) {
    return new Transaction(
        d + who + c,
        "A",
        "C",
        d,
        d,
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
        null,
        "INR");
  }

  private static List<Transaction> statement() {
    List<Transaction> out = new ArrayList<>();
    for (int m = 1; m <= 4; m++) {
      LocalDate d = LocalDate.of(2025, m, 1);
      out.add(t(d, TxnType.CREDIT, 50_000, Category.INCOME_SALARY, "ACME LTD"));
      out.add(t(d.plusDays(4), TxnType.DEBIT, 10_000, Category.EMI, "HDFC BANK"));
      out.add(t(d.plusDays(5), TxnType.DEBIT, 15_000, Category.RENT, "LANDLORD"));
      out.add(t(d.plusDays(6), TxnType.DEBIT, 5_000, Category.SELF_TRANSFER, "ME"));
      out.add(t(d.plusDays(6), TxnType.CREDIT, 5_000, Category.SELF_TRANSFER, "ME"));
    }
    out.add(
        t(
            LocalDate.of(2025, 3, 15),
            TxnType.CREDIT,
            200_000,
            Category.LOAN_DISBURSAL,
            "BAJAJ FINANCE"));
    out.add(t(LocalDate.of(2025, 3, 16), TxnType.CREDIT, 700, Category.INCOME_REFUND, "AMAZON"));
    return out;
  }

  @Test
  void incomeSalaryObligationsAndFoir() {
    EarningsSpendings e =
        EarningsSpendings.of(statement(), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 30));
    // income: salary only, 4 × 50,000; disbursal, refund and self-transfers excluded
    assertThat(e.incomeBySource()).containsOnlyKeys("INCOME_SALARY");
    assertThat(e.excludedFromIncome()).isEqualTo(Money.of("220700"));
    assertThat(e.salaryMonths()).isEqualTo(4);
    assertThat(e.employer()).isEqualTo("ACME LTD");
    assertThat(e.salary3m()).isEqualTo(Money.of("50000"));
    assertThat(e.salary6m()).isNull();
    assertThat(e.notes()).anyMatch(n -> n.startsWith("6-month salary average"));
    // spending: EMI 10,000 + rent 15,000 a month; self-transfers excluded
    assertThat(e.monthly().get(0).spending()).isEqualTo(Money.of("25000"));
    assertThat(e.emiByLender()).containsEntry("HDFC BANK", Money.of("40000"));
    assertThat(e.loanDisbursals())
        .singleElement()
        .satisfies(l -> assertThat(l.lender()).isEqualTo("BAJAJ FINANCE"));
    // FOIR over Feb–Apr: 30,000 EMI ÷ 150,000 income = 0.2
    assertThat(e.foir()).isEqualTo(0.2);
    assertThat(e.averageMonthlyIncome()).isEqualTo(Money.of("50000"));
  }

  @Test
  void partialMonthsAreNotCompleteAndNoIncomeMeansNoFoir() {
    assertThat(
            EarningsSpendings.completeMonths(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 4, 29)))
        .hasSize(2);
    EarningsSpendings e =
        EarningsSpendings.of(List.of(), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31));
    assertThat(e.foir()).isNull();
    assertThat(e.salary3m()).isNull();
    assertThat(e.monthly()).hasSize(3);
  }
}
