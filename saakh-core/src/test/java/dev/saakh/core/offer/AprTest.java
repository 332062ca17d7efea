package dev.saakh.core.offer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saakh.core.money.Money;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** The APR's proof step: any estimate, right or wrong, ends at the same two-decimal rate. */
class AprTest {
  @Test
  void wrongEstimatesAreCorrectedBySearch() {
    // The 5 lakh / 24 months / 16% / 2% + GST loan of KeyFactsTest: APR 18.46.
    KeyFactsStatement kfs =
        KeyFacts.of(
            LoanTerms.of(Money.of("500000"), 24, new BigDecimal(16))
                .withProcessingFee(ProcessingFee.percent(new BigDecimal(2))));
    for (long guess : new long[] {0, 1, 1845, 1846, 1847, 1_000_000, 1L << 40}) {
      assertThat(Apr.of(kfs.netDisbursedAmount(), kfs.schedule(), BigInteger.valueOf(guess)))
          .as("guess %d", guess)
          .isEqualTo(new BigDecimal("18.46"));
    }
  }

  @Test
  void zeroIsFoundFromAnyEstimate() {
    KeyFactsStatement kfs = KeyFacts.of(LoanTerms.of(Money.of("1000"), 3, BigDecimal.ZERO));
    for (long guess : new long[] {0, 1, 7, 99_999}) {
      assertThat(Apr.of(kfs.netDisbursedAmount(), kfs.schedule(), BigInteger.valueOf(guess)))
          .isEqualTo(new BigDecimal("0.00"));
    }
  }

  @Test
  void anAbsurdRateBeyondLongRangeIsStillExact() {
    // ₹10^12 lent for one month at 0%, all but one paisa taken as charges: the borrower gets
    // 0.01 and repays 10^12, a monthly IRR of 10^14 − 1, so the APR is (10^14 − 1) × 1200 %
    // = 119999999999998800.00 %, i.e. 1.2·10^19 hundredths, more than a long holds.
    Money lakhCrore = Money.of("1000000000000");
    KeyFactsStatement kfs =
        KeyFacts.of(
            LoanTerms.of(lakhCrore, 1, BigDecimal.ZERO)
                .withOtherUpfrontCharges(lakhCrore.minus(Money.of("0.01"))));

    assertThat(kfs.netDisbursedAmount()).isEqualTo(Money.of("0.01"));
    assertThat(kfs.annualPercentageRate()).isEqualTo(new BigDecimal("119999999999998800.00"));
  }
}
