package dev.saakh.core.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.saakh.core.money.Money;
import dev.saakh.core.offer.InvalidLoanTermsException.Field;
import java.math.BigDecimal;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Bad terms are refused with the field's name and the value. */
class LoanTermsTest {
  private static final Money LAKH = Money.of("100000");
  private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

  @Test
  void refusesPrincipalOutOfRange() {
    assertRefused(
        () -> LoanTerms.of(Money.of("-5"), 12, TWELVE),
        Field.PRINCIPAL,
        "principal must be between 0.01 and 1000000000000000.00, was -5.00");
    assertRefused(() -> LoanTerms.of(Money.ZERO, 12, TWELVE), Field.PRINCIPAL, "was 0.00");
    assertRefused(
        () -> LoanTerms.of(Money.of("1000000000000000.01"), 12, TWELVE),
        Field.PRINCIPAL,
        "was 1000000000000000.01");
  }

  @Test
  void refusesTenureOutOfRange() {
    assertRefused(
        () -> LoanTerms.of(LAKH, 0, TWELVE),
        Field.TENURE_MONTHS,
        "tenure_months must be between 1 and 600, was 0");
    assertRefused(() -> LoanTerms.of(LAKH, 601, TWELVE), Field.TENURE_MONTHS, "was 601");
  }

  @Test
  void refusesRatesOutOfRange() {
    assertRefused(
        () -> LoanTerms.of(LAKH, 12, new BigDecimal("200")),
        Field.ANNUAL_RATE_PERCENT,
        "annual_rate_percent must be between 0 and 100, was 200");
    assertRefused(
        () -> LoanTerms.of(LAKH, 12, new BigDecimal("-0.01")),
        Field.ANNUAL_RATE_PERCENT,
        "was -0.01");
    assertRefused(
        () -> LoanTerms.of(LAKH, 12, new BigDecimal("12.0000001")),
        Field.ANNUAL_RATE_PERCENT,
        "annual_rate_percent must have at most 6 decimals, was 12.0000001");
    assertRefused(
        () -> LoanTerms.of(LAKH, 12, TWELVE).withGstRatePercent(new BigDecimal("100.5")),
        Field.GST_RATE_PERCENT,
        "gst_rate_percent must be between 0 and 100, was 100.5");
  }

  @Test
  void refusesBadFeesAndCharges() {
    assertRefused(
        () -> ProcessingFee.percent(new BigDecimal("101")),
        Field.PROCESSING_FEE,
        "processing_fee must be between 0 and 100, was 101");
    assertRefused(
        () -> ProcessingFee.flat(Money.of("-1")),
        Field.PROCESSING_FEE,
        "processing_fee must not be negative, was -1.00");
    assertRefused(
        () -> LoanTerms.of(LAKH, 12, TWELVE).withOtherUpfrontCharges(Money.of("-0.01")),
        Field.OTHER_UPFRONT_CHARGES,
        "other_upfront_charges must not be negative, was -0.01");
    // 90% fee = 90000 + GST 16200 = 106200, more than the loan.
    assertRefused(
        () ->
            LoanTerms.of(LAKH, 12, TWELVE)
                .withProcessingFee(ProcessingFee.percent(new BigDecimal(90))),
        Field.UPFRONT_CHARGES,
        "upfront_charges (processing fee 90000.00 + GST 16200.00 + other 0.00 = 106200.00) must be"
            + " less than the principal 100000.00");
    assertRefused(
        () -> LoanTerms.of(LAKH, 12, TWELVE).withOtherUpfrontCharges(LAKH),
        Field.UPFRONT_CHARGES,
        "= 100000.00) must be less than the principal 100000.00");
  }

  @Test
  void nullsNameTheField() {
    assertThatThrownBy(() -> LoanTerms.of(null, 12, TWELVE)).hasMessage("principal");
    assertThatThrownBy(() -> LoanTerms.of(LAKH, 12, null)).hasMessage("annual_rate_percent");
    assertThatThrownBy(() -> LoanTerms.of(LAKH, 12, TWELVE).withProcessingFee(null))
        .hasMessage("processing_fee");
  }

  @Test
  void refusesATenureTheRoundedEmiCannotFill() {
    // ₹100 over 600 months at 0%: EMI 0.1667 → 0.17, and 589 × 0.17 = 100.13 > 100.
    assertRefused(
        () -> KeyFacts.of(LoanTerms.of(Money.of("100"), 600, BigDecimal.ZERO)),
        Field.TENURE_MONTHS,
        "tenure_months 600 is too long for a principal of 100.00 at 0%: the EMI of 0.17, rounded"
            + " to paise, repays it by instalment 589");
  }

  @Test
  void percentsAreStoredWithoutTrailingZeros() {
    LoanTerms a = LoanTerms.of(LAKH, 12, new BigDecimal("12.50"));
    LoanTerms b = LoanTerms.of(LAKH, 12, new BigDecimal("12.5"));
    assertThat(a).isEqualTo(b);
    assertThat(a.annualRatePercent().toPlainString()).isEqualTo("12.5");
    assertThat(LoanTerms.of(LAKH, 12, new BigDecimal("1E+1")).annualRatePercent().toPlainString())
        .isEqualTo("10");
    assertThat(a.gstRatePercent().toPlainString()).isEqualTo("18");
  }

  private static void assertRefused(ThrowingCallable call, Field field, String message) {
    assertThatThrownBy(call)
        .isInstanceOf(InvalidLoanTermsException.class)
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(((InvalidLoanTermsException) e).field()).isEqualTo(field));
  }
}
