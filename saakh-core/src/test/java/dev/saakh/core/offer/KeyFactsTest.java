package dev.saakh.core.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.saakh.core.money.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Hand-worked Key Facts Statements; the arithmetic is in the comments. */
class KeyFactsTest {
  @Test
  void oneLakhAtTwelvePercentForAYear() {
    // r = 12/12/100 = 0.01; (1.01)^12 = 1.1268250301; EMI = 100000 × 0.01 × 1.1268250301 /
    // 0.1268250301 = 8884.8788 → 8884.88 (half up).
    // Month 1: interest 100000 × 0.01 = 1000.00, principal 8884.88 − 1000.00 = 7884.88,
    // closing 92115.12. Month 2: interest 921.1512 → 921.15, principal 7963.73.
    // Month 12 opens at 8796.88: interest 87.9688 → 87.97, instalment 8796.88 + 87.97 = 8884.85,
    // 3 paise under the EMI. Interest 11 × 8884.88 + 8884.85 − 100000 = 6618.53.
    KeyFactsStatement kfs = KeyFacts.of(LoanTerms.of(Money.of("100000"), 12, new BigDecimal(12)));

    assertThat(kfs.emi()).isEqualTo(Money.of("8884.88"));
    assertThat(kfs.numberOfInstalments()).isEqualTo(12);
    assertRow(kfs.schedule().get(0), 1, "100000.00", "1000.00", "7884.88", "8884.88", "92115.12");
    assertRow(kfs.schedule().get(1), 2, "92115.12", "921.15", "7963.73", "8884.88", "84151.39");
    assertRow(kfs.lastInstalment(), 12, "8796.88", "87.97", "8796.88", "8884.85", "0.00");
    assertThat(kfs.totalInterest()).isEqualTo(Money.of("6618.53"));
    assertThat(kfs.totalPayable()).isEqualTo(Money.of("106618.53"));
    assertThat(kfs.netDisbursedAmount()).isEqualTo(Money.of("100000.00"));
    assertThat(kfs.totalUpfrontCharges()).isEqualTo(Money.ZERO);
    // No charges: the IRR is the nominal rate, moved only by the interest rounding
    // (11.99997 by an independent bisection), so the APR is 12.00.
    assertThat(kfs.annualPercentageRate()).isEqualTo(new BigDecimal("12.00"));
    assertThat(TestingIrr.annualPercent(kfs)).isCloseTo(12.0, offset(0.0001));
  }

  @Test
  void fiveLakhsAtSixteenPercentWithATwoPercentFeeAndGst() {
    // Fee 2% of 500000 = 10000.00; GST 18% of it = 1800.00; net 500000 − 11800 = 488200.00.
    // r = 16/1200 = 0.013333...; (1+r)^24 = 1.3741468; EMI = 500000 × r × 1.3741468 / 0.3741468
    // = 24481.5617 → 24481.56. The last instalment opens at 24159.33: interest 322.12,
    // instalment 24481.45. Interest 23 × 24481.56 + 24481.45 − 500000 = 87557.33.
    // APR: the monthly IRR of −488200 now and the 24 instalments is 1.53832%; × 12 = 18.4598%,
    // found independently by TestingIrr → 18.46.
    LoanTerms terms =
        LoanTerms.of(Money.of("500000"), 24, new BigDecimal(16))
            .withProcessingFee(ProcessingFee.percent(new BigDecimal(2)));
    KeyFactsStatement kfs = KeyFacts.of(terms);

    assertThat(kfs.processingFee()).isEqualTo(Money.of("10000.00"));
    assertThat(kfs.gstOnProcessingFee()).isEqualTo(Money.of("1800.00"));
    assertThat(kfs.totalUpfrontCharges()).isEqualTo(Money.of("11800.00"));
    assertThat(kfs.netDisbursedAmount()).isEqualTo(Money.of("488200.00"));
    assertThat(kfs.emi()).isEqualTo(Money.of("24481.56"));
    assertThat(kfs.lastInstalment().instalment()).isEqualTo(Money.of("24481.45"));
    assertThat(kfs.totalInterest()).isEqualTo(Money.of("87557.33"));
    assertThat(kfs.totalPayable()).isEqualTo(Money.of("587557.33"));
    assertThat(kfs.annualPercentageRate()).isEqualTo(new BigDecimal("18.46"));
    assertThat(TestingIrr.roundedAnnualPercent(kfs)).isEqualTo(kfs.annualPercentageRate());
  }

  @Test
  void zeroPercentSplitsThePrincipalAndTheLastInstalmentTakesTheRemainder() {
    // EMI 100000 / 7 = 14285.714 → 14285.71; six of them repay 85714.26; the last is 14285.74.
    // No interest, no charges: the instalments sum to the net disbursed amount, IRR 0.
    KeyFactsStatement kfs = KeyFacts.of(LoanTerms.of(Money.of("100000"), 7, BigDecimal.ZERO));

    assertThat(kfs.emi()).isEqualTo(Money.of("14285.71"));
    assertThat(kfs.lastInstalment().instalment()).isEqualTo(Money.of("14285.74"));
    assertThat(kfs.totalInterest()).isEqualTo(Money.ZERO);
    assertThat(kfs.totalPayable()).isEqualTo(Money.of("100000.00"));
    assertThat(kfs.annualPercentageRate()).isEqualTo(new BigDecimal("0.00"));
  }

  @Test
  void zeroPercentWithAFeeStillCostsSomething() {
    // 0% for 12 months, flat fee 1000 + GST 180: net 98820, instalments 8333.33 × 11 + 8333.37.
    // IRR: 98820 = 8333.33 × a(12) (+0.04 at the end) → monthly 0.18309% → 2.1971 → APR 2.20
    // (python's decimal + bisection, and TestingIrr).
    KeyFactsStatement kfs =
        KeyFacts.of(
            LoanTerms.of(Money.of("100000"), 12, BigDecimal.ZERO)
                .withProcessingFee(ProcessingFee.flat(Money.of("1000"))));

    assertThat(kfs.netDisbursedAmount()).isEqualTo(Money.of("98820.00"));
    assertThat(kfs.annualPercentageRate()).isEqualTo(TestingIrr.roundedAnnualPercent(kfs));
    assertThat(kfs.annualPercentageRate()).isEqualTo(new BigDecimal("2.20"));
  }

  @Test
  void oneMonthLoanIsOneInstalmentOfPrincipalAndInterest() {
    // EMI = P × r × (1+r) / r = P(1+r) = 100000 × 1.01 = 101000.00; interest 1000.00.
    // With a flat fee of 500 + GST 90: net 99410, IRR 101000 / 99410 − 1 = 1.59944% a month,
    // APR 19.19.
    KeyFactsStatement plain = KeyFacts.of(LoanTerms.of(Money.of("100000"), 1, new BigDecimal(12)));
    assertThat(plain.schedule()).hasSize(1);
    assertRow(plain.lastInstalment(), 1, "100000.00", "1000.00", "100000.00", "101000.00", "0.00");
    assertThat(plain.emi()).isEqualTo(Money.of("101000.00"));
    assertThat(plain.annualPercentageRate()).isEqualTo(new BigDecimal("12.00"));

    KeyFactsStatement withFee =
        KeyFacts.of(
            LoanTerms.of(Money.of("100000"), 1, new BigDecimal(12))
                .withProcessingFee(ProcessingFee.flat(Money.of("500"))));
    assertThat(withFee.netDisbursedAmount()).isEqualTo(Money.of("99410.00"));
    assertThat(withFee.annualPercentageRate()).isEqualTo(new BigDecimal("19.19"));
  }

  @Test
  void otherChargesAndAnotherGstRateAreDeductedFromTheDisbursal() {
    // Fee 1.5% of 200000 = 3000.00, GST 12% = 360.00, other 2500.00: net 194140.00.
    // APR 12.5623 by an independent bisection → 12.56.
    KeyFactsStatement kfs =
        KeyFacts.of(
            LoanTerms.of(Money.of("200000"), 36, new BigDecimal("10.5"))
                .withProcessingFee(ProcessingFee.percent(new BigDecimal("1.5")))
                .withGstRatePercent(new BigDecimal(12))
                .withOtherUpfrontCharges(Money.of("2500")));

    assertThat(kfs.totalUpfrontCharges()).isEqualTo(Money.of("5860.00"));
    assertThat(kfs.netDisbursedAmount()).isEqualTo(Money.of("194140.00"));
    assertThat(kfs.annualPercentageRate()).isEqualTo(TestingIrr.roundedAnnualPercent(kfs));
    assertThat(kfs.annualPercentageRate()).isEqualTo(new BigDecimal("12.56"));
  }

  @Test
  void anExtremeRateOverFiftyYearsBecomesInterestOnlyWithABalloon() {
    // 100% for 600 months: r = 1/12, the exact EMI exceeds the interest 8333.333... by
    // 100000 × r / ((1+r)^600 − 1) ≈ 10^-17 rupees, so both round to 8333.33 and no principal is
    // repaid until the last instalment, 100000 + 8333.33. The APR is still 8333.33 / 100000 × 1200.
    KeyFactsStatement kfs = KeyFacts.of(LoanTerms.of(Money.of("100000"), 600, new BigDecimal(100)));

    assertThat(kfs.emi()).isEqualTo(Money.of("8333.33"));
    assertThat(kfs.schedule().get(598).closingPrincipal()).isEqualTo(Money.of("100000.00"));
    assertThat(kfs.lastInstalment().instalment()).isEqualTo(Money.of("108333.33"));
    assertThat(kfs.annualPercentageRate()).isEqualTo(new BigDecimal("100.00"));
  }

  static void assertRow(
      RepaymentInstalment row,
      int number,
      String opening,
      String interest,
      String principal,
      String instalment,
      String closing) {
    assertThat(row)
        .isEqualTo(
            new RepaymentInstalment(
                number,
                Money.of(opening),
                Money.of(interest),
                Money.of(principal),
                Money.of(instalment),
                Money.of(closing)));
  }
}
