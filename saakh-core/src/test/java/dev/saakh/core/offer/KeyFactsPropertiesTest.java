package dev.saakh.core.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.saakh.core.money.Money;
import dev.saakh.core.offer.InvalidLoanTermsException.Field;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;

/**
 * Properties of every schedule: it amortises to exactly 0.00, the principal column sums to the
 * amount, each row adds up, only the last instalment may differ from the EMI and by no more than
 * the stated bound, and charges never lower the APR below the nominal rate.
 */
class KeyFactsPropertiesTest {
  /**
   * Ordinary loans: ₹10,000 to ₹100 crore, fees up to 5%, up to 36% for up to 10 years or up to 15%
   * for up to 30 years.
   */
  @Property(tries = 1000)
  void ordinaryLoansAmortiseExactlyAndPriceAtLeastTheNominalRate(
      @ForAll("ordinary") LoanTerms terms) {
    KeyFactsStatement kfs = KeyFacts.of(terms);

    assertAmortises(kfs);
    BigDecimal nominal = terms.annualRatePercent();
    assertThat(kfs.annualPercentageRate()).isGreaterThanOrEqualTo(nominal.subtract(CENT));
    if (kfs.totalUpfrontCharges().amount().signum() == 0) {
      assertThat(kfs.annualPercentageRate()).isEqualByComparingTo(nominal);
    }
    KeyFactsStatement free = KeyFacts.of(terms.withProcessingFee(ProcessingFee.NONE));
    assertThat(kfs.annualPercentageRate()).isGreaterThanOrEqualTo(free.annualPercentageRate());
    assertThat(kfs.annualPercentageRate()).isEqualTo(TestingIrr.roundedAnnualPercent(kfs));
  }

  /**
   * Any valid terms, extremes included (₹0.01 to ₹10^15, 600 months, 100%): a schedule that adds
   * up, or the one refusal a valid field can meet, a tenure the rounded EMI repays early.
   */
  @Property(tries = 1000)
  void anyTermsGiveAScheduleThatAddsUpOrAClearRefusal(@ForAll("any") LoanTerms terms) {
    KeyFactsStatement kfs;
    try {
      kfs = KeyFacts.of(terms);
    } catch (InvalidLoanTermsException e) {
      assertThat(e.field()).isEqualTo(Field.TENURE_MONTHS);
      assertThat(e.getMessage()).contains("is too long for a principal of");
      return;
    }
    assertAmortises(kfs);
    assertThat(kfs.annualPercentageRate().signum()).isNotNegative();
  }

  @Property(tries = 200)
  void chargesAtOrAbovePrincipalAreRefused(
      @ForAll("ordinary") LoanTerms terms, @ForAll("fraction") BigDecimal extra) {
    Money tooMuch = terms.principal().plus(terms.principal().times(extra));
    assertThatThrownBy(() -> terms.withOtherUpfrontCharges(tooMuch))
        .isInstanceOf(InvalidLoanTermsException.class)
        .hasMessageContaining("upfront_charges");
  }

  private static final BigDecimal CENT = new BigDecimal("0.01");

  static void assertAmortises(KeyFactsStatement kfs) {
    LoanTerms terms = kfs.terms();
    int n = terms.tenureMonths();
    assertThat(kfs.schedule()).hasSize(n);
    assertThat(kfs.lastInstalment().closingPrincipal()).isEqualTo(Money.ZERO);
    Money principal = Money.ZERO;
    Money interest = Money.ZERO;
    Money paid = Money.ZERO;
    Money opening = terms.principal();
    for (RepaymentInstalment row : kfs.schedule()) {
      assertThat(row.openingPrincipal()).isEqualTo(opening);
      assertThat(row.interest().plus(row.principal())).isEqualTo(row.instalment());
      if (row.number() < n) {
        assertThat(row.instalment()).isEqualTo(kfs.emi());
        assertThat(row.closingPrincipal().amount().signum()).isPositive();
      }
      principal = principal.plus(row.principal());
      interest = interest.plus(row.interest());
      paid = paid.plus(row.instalment());
      opening = row.closingPrincipal();
    }
    assertThat(principal).isEqualTo(terms.principal());
    assertThat(interest).isEqualTo(kfs.totalInterest());
    assertThat(paid).isEqualTo(kfs.totalPayable());
    assertThat(kfs.netDisbursedAmount().plus(kfs.totalUpfrontCharges()))
        .isEqualTo(terms.principal());
    double gap = kfs.lastInstalment().instalment().minus(kfs.emi()).amount().abs().doubleValue();
    assertThat(gap).isLessThanOrEqualTo(lastInstalmentBound(terms) * (1 + 1e-9) + 1e-9);
  }

  /** KeyFacts' stated bound: 0.01·((1+r)^n − 1)/r rupees, 0.01·n at 0%. */
  static double lastInstalmentBound(LoanTerms terms) {
    double r = terms.annualRatePercent().doubleValue() / 1200;
    int n = terms.tenureMonths();
    return r == 0 ? 0.01 * n : 0.01 * (Math.pow(1 + r, n) - 1) / r;
  }

  @Provide
  Arbitrary<LoanTerms> ordinary() {
    Arbitrary<Integer> rate = Arbitraries.integers().between(0, 3600);
    return terms(
        Arbitraries.longs()
            .between(10_000_00L, 100_00_00_000_00L)
            .withDistribution(RandomDistribution.biased()),
        rate.flatMap(
            r ->
                Arbitraries.integers()
                    .between(1, r <= 1500 ? 360 : 120)
                    .map(n -> new TenureRate(n, r))),
        Arbitraries.integers().between(0, 500));
  }

  @Provide
  Arbitrary<LoanTerms> any() {
    return terms(
            Arbitraries.longs()
                .between(1L, 100_000_000_000_000_000L)
                .withDistribution(RandomDistribution.biased()),
            Arbitraries.integers()
                .between(1, 600)
                .flatMap(
                    n -> Arbitraries.integers().between(0, 10_000).map(r -> new TenureRate(n, r))),
            Arbitraries.integers().between(0, 8_400))
        .ignoreException(InvalidLoanTermsException.class);
  }

  @Provide
  Arbitrary<BigDecimal> fraction() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(4);
  }

  /**
   * Rates and fee percents in hundredths of a percent; GST 0, 5, 12, 18 or 28%; some fees flat;
   * other charges up to 2% of the principal.
   */
  private static Arbitrary<LoanTerms> terms(
      Arbitrary<Long> paise,
      Arbitrary<TenureRate> tenureAndRate,
      Arbitrary<Integer> feeHundredths) {
    Arbitrary<Integer> gst = Arbitraries.of(0, 5, 12, 18, 28);
    Arbitrary<Boolean> flat = Arbitraries.of(false, true);
    Arbitrary<Integer> otherPermille = Arbitraries.integers().between(0, 20);
    return Combinators.combine(paise, tenureAndRate, feeHundredths, gst, flat, otherPermille)
        .as(
            (p, tr, fee, g, isFlat, other) -> {
              Money principal = Money.ofPaise(p);
              BigDecimal feePercent = BigDecimal.valueOf(fee, 2);
              ProcessingFee processingFee =
                  isFlat
                      ? ProcessingFee.flat(principal.times(feePercent.movePointLeft(2)))
                      : ProcessingFee.percent(feePercent);
              return new LoanTerms(
                  principal,
                  tr.months(),
                  BigDecimal.valueOf(tr.rateHundredths(), 2),
                  processingFee,
                  BigDecimal.valueOf(g),
                  principal.times(BigDecimal.valueOf(other, 3)));
            });
  }

  /** A tenure with a rate in hundredths of a percent, drawn together so one can bound the other. */
  private record TenureRate(int months, int rateHundredths) {}
}
