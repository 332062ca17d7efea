package dev.saakh.core.fraud;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saakh.core.bank.Account;
import dev.saakh.core.bank.AccountType;
import dev.saakh.core.bank.Bank;
import dev.saakh.core.bank.Category;
import dev.saakh.core.bank.Channel;
import dev.saakh.core.bank.HolderRole;
import dev.saakh.core.bank.Transaction;
import dev.saakh.core.bank.TxnMode;
import dev.saakh.core.bank.TxnType;
import dev.saakh.core.gst.GstReturn;
import dev.saakh.core.gst.GstReturnType;
import dev.saakh.core.money.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GST fraud indicators on hand-built returns, thresholds worked out by hand. */
class GstFraudTest {
  private static GstReturn r3b(YearMonth p, String turnover, String tax, String itc, int daysLate) {
    LocalDate due = p.plusMonths(1).atDay(20);
    return new GstReturn(
        "G-" + p,
        "C",
        "27ABCDE1234F1Z5",
        GstReturnType.GSTR3B,
        p,
        due,
        due.plusDays(daysLate),
        Money.of(turnover),
        Money.of(tax),
        Money.of(itc),
        Money.of("0"),
        Money.of("0"),
        Money.of("0"),
        null,
        false);
  }

  @Test
  void eachIndicatorFiresJustAboveItsThreshold() {
    YearMonth m = YearMonth.of(2025, 4);
    // ITC 95.01 of 100 = 0.9501 > 0.95; 95.00 is not above
    assertThat(GstFraud.indicators(r3b(m, "1000", "100", "95.01", 0), Map.of()))
        .extracting(GstIndicator::code)
        .containsExactly(GstIndicator.ITC_RATIO_HIGH);
    assertThat(GstFraud.indicators(r3b(m, "1000", "100", "95.00", 0), Map.of())).isEmpty();
    // 31 days late fires, 30 does not
    assertThat(GstFraud.indicators(r3b(m, "1000", "100", "10", 31), Map.of()))
        .extracting(GstIndicator::code)
        .containsExactly(GstIndicator.LATE_FILING);
    assertThat(GstFraud.indicators(r3b(m, "1000", "100", "10", 30), Map.of())).isEmpty();
    // turnover 1,501 vs bank 1,000: |501| / 1,000 = 0.501 > 0.5; 1,500 is exactly 0.5
    assertThat(GstFraud.indicators(r3b(m, "1501", "100", "10", 0), Map.of(m, Money.of("1000"))))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.code()).isEqualTo(GstIndicator.TURNOVER_MISMATCH);
              assertThat(i.observed()).isEqualTo(0.501, org.assertj.core.data.Offset.offset(1e-9));
            });
    assertThat(GstFraud.indicators(r3b(m, "1500", "100", "10", 0), Map.of(m, Money.of("1000"))))
        .isEmpty();
    // a month without bank data is never a mismatch; zero bank credits against turnover is
    assertThat(GstFraud.indicators(r3b(m, "9000", "100", "10", 0), Map.of())).isEmpty();
    assertThat(GstFraud.indicators(r3b(m, "9000", "100", "10", 0), Map.of(m, Money.of("0"))))
        .extracting(GstIndicator::observed)
        .containsExactly(GstFraud.MAX_GAP);
  }

  @Test
  void severityIsHighAboveFiveIndicatorsMediumFromOneNoneAtZero() {
    List<GstReturn> returns = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      returns.add(r3b(YearMonth.of(2025, 1).plusMonths(i), "1000", "100", "10", 0));
    }
    assertThat(GstFraud.detect(returns, Map.of()).severity())
        .isEqualTo(GstFraudReport.Severity.NONE);
    for (int i = 0; i < 5; i++) {
      returns.set(i, r3b(YearMonth.of(2025, 1).plusMonths(i), "1000", "100", "99", 0));
    }
    GstFraudReport five = GstFraud.detect(returns, Map.of());
    assertThat(five.severity()).isEqualTo(GstFraudReport.Severity.MEDIUM);
    assertThat(five.summary()).isEqualTo("Detected 5 fraud indicators across 12 GST returns");
    returns.set(5, r3b(YearMonth.of(2025, 6), "1000", "100", "10", 45));
    GstFraudReport six = GstFraud.detect(returns, Map.of());
    assertThat(six.severity()).isEqualTo(GstFraudReport.Severity.HIGH);
    assertThat(six.flagged()).hasSize(6);
    assertThat(six.flagged().get(5).indicators().get(0).explanation())
        .isEqualTo("filed 45 days after the due date 2025-07-20");
  }

  private static Account account(String id, HolderRole role) {
    return new Account(
        id,
        "C",
        Bank.HDFC,
        "XXXXXXXX1234",
        "HDFC0001234",
        null,
        AccountType.CURRENT,
        null,
        null,
        LocalDate.of(2020, 1, 1),
        Money.of("0"),
        null,
        "INR",
        "FIRM",
        null,
        null,
        role);
  }

  private static Transaction credit(String account, LocalDate date, String amount, Category c) {
    return new Transaction(
        account + date,
        account,
        "C",
        date,
        date,
        TxnType.CREDIT,
        Money.of(amount),
        TxnMode.FT,
        Channel.NEFT,
        null,
        null,
        null,
        null,
        null,
        c,
        "NEFT CR",
        null,
        "INR");
  }

  @Test
  void bankTurnoverCountsBusinessCreditsOfCoveredMonthsOnly() {
    List<Account> accounts =
        List.of(account("B", HolderRole.BUSINESS), account("D", HolderRole.DIRECTOR));
    List<Transaction> txns =
        List.of(
            credit("B", LocalDate.of(2025, 1, 10), "500", Category.INCOME_BUSINESS),
            credit("B", LocalDate.of(2025, 2, 3), "700", Category.INCOME_BUSINESS),
            credit("B", LocalDate.of(2025, 2, 4), "99", Category.INCOME_INTEREST),
            credit("D", LocalDate.of(2025, 2, 5), "800", Category.INCOME_BUSINESS),
            credit("B", LocalDate.of(2025, 4, 28), "300", Category.INCOME_BUSINESS));
    // January entered on the 10th (partial, left out); April left on the 28th (> 30 - 5, kept)
    assertThat(BankTurnover.monthly(txns, accounts))
        .containsExactly(
            Map.entry(YearMonth.of(2025, 2), Money.of("700")),
            Map.entry(YearMonth.of(2025, 3), Money.of("0")),
            Map.entry(YearMonth.of(2025, 4), Money.of("300")));
    assertThat(BankTurnover.monthly(txns, accounts.subList(0, 1))).isEmpty();
  }
}
