package dev.saakh.core.offer;

import dev.saakh.core.money.Money;
import dev.saakh.core.offer.InvalidLoanTermsException.Field;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a lender offers: an amount lent for a number of monthly instalments at a fixed annual
 * nominal rate on the reducing balance with monthly rests, and the charges taken at disbursal.
 *
 * <p>Every bad value throws {@link InvalidLoanTermsException} naming the field and the value.
 * Percents are stored without trailing zeros ({@code 12.50} becomes {@code 12.5}), so equal terms
 * are equal records and print the same JSON.
 *
 * @param principal the sanctioned amount, ₹0.01 to ₹10^15
 * @param tenureMonths the number of monthly instalments, 1 to 600
 * @param annualRatePercent the nominal annual rate in percent, 0 to 100, at most 6 decimals
 * @param processingFee the processing fee before GST
 * @param gstRatePercent GST on the processing fee in percent, 0 to 100 (18 by default)
 * @param otherUpfrontCharges any other charges deducted at disbursal (insurance, stamp duty,
 *     valuation...), taken as given, including any tax on them; not negative
 */
public record LoanTerms(
    Money principal,
    int tenureMonths,
    BigDecimal annualRatePercent,
    ProcessingFee processingFee,
    BigDecimal gstRatePercent,
    Money otherUpfrontCharges) {
  public static final int MAX_TENURE_MONTHS = 600;
  public static final BigDecimal DEFAULT_GST_RATE_PERCENT = BigDecimal.valueOf(18);
  public static final Money MIN_PRINCIPAL = Money.of("0.01");
  public static final Money MAX_PRINCIPAL = Money.of("1000000000000000");

  /** Rates with more decimals than this are refused: they mean nothing and slow the EMI. */
  static final int MAX_RATE_DECIMALS = 6;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public LoanTerms {
    Objects.requireNonNull(principal, Field.PRINCIPAL.jsonName());
    Objects.requireNonNull(processingFee, Field.PROCESSING_FEE.jsonName());
    Objects.requireNonNull(otherUpfrontCharges, Field.OTHER_UPFRONT_CHARGES.jsonName());
    if (principal.compareTo(MIN_PRINCIPAL) < 0 || principal.compareTo(MAX_PRINCIPAL) > 0) {
      throw new InvalidLoanTermsException(
          Field.PRINCIPAL,
          "must be between " + MIN_PRINCIPAL + " and " + MAX_PRINCIPAL + ", was " + principal);
    }
    if (tenureMonths < 1 || tenureMonths > MAX_TENURE_MONTHS) {
      throw new InvalidLoanTermsException(
          Field.TENURE_MONTHS,
          "must be between 1 and " + MAX_TENURE_MONTHS + ", was " + tenureMonths);
    }
    annualRatePercent = percent(annualRatePercent, Field.ANNUAL_RATE_PERCENT);
    if (annualRatePercent.scale() > MAX_RATE_DECIMALS) {
      throw new InvalidLoanTermsException(
          Field.ANNUAL_RATE_PERCENT,
          "must have at most " + MAX_RATE_DECIMALS + " decimals, was " + shown(annualRatePercent));
    }
    gstRatePercent = percent(gstRatePercent, Field.GST_RATE_PERCENT);
    if (otherUpfrontCharges.isNegative()) {
      throw new InvalidLoanTermsException(
          Field.OTHER_UPFRONT_CHARGES, "must not be negative, was " + otherUpfrontCharges);
    }
    checkCharges(principal, processingFee, gstRatePercent, otherUpfrontCharges);
  }

  /** Terms without fees or other charges, GST at 18%. */
  public static LoanTerms of(Money principal, int tenureMonths, BigDecimal annualRatePercent) {
    return new LoanTerms(
        principal,
        tenureMonths,
        annualRatePercent,
        ProcessingFee.NONE,
        DEFAULT_GST_RATE_PERCENT,
        Money.ZERO);
  }

  public LoanTerms withProcessingFee(ProcessingFee fee) {
    return new LoanTerms(
        principal, tenureMonths, annualRatePercent, fee, gstRatePercent, otherUpfrontCharges);
  }

  public LoanTerms withGstRatePercent(BigDecimal percent) {
    return new LoanTerms(
        principal, tenureMonths, annualRatePercent, processingFee, percent, otherUpfrontCharges);
  }

  public LoanTerms withOtherUpfrontCharges(Money charges) {
    return new LoanTerms(
        principal, tenureMonths, annualRatePercent, processingFee, gstRatePercent, charges);
  }

  /** The processing fee in rupees, before GST. */
  public Money processingFeeAmount() {
    return processingFee.on(principal);
  }

  /** GST on the processing fee, rounded half up to paise. */
  public Money gstOnProcessingFee() {
    return gstOn(processingFeeAmount(), gstRatePercent);
  }

  /** Everything deducted at disbursal: the fee, its GST and the other charges. */
  public Money upfrontCharges() {
    return processingFeeAmount().plus(gstOnProcessingFee()).plus(otherUpfrontCharges);
  }

  private static Money gstOn(Money fee, BigDecimal gstRatePercent) {
    return fee.times(gstRatePercent.movePointLeft(2));
  }

  private static void checkCharges(
      Money principal, ProcessingFee fee, BigDecimal gstRatePercent, Money other) {
    Money feeAmount = fee.on(principal);
    Money gst = gstOn(feeAmount, gstRatePercent);
    Money all = feeAmount.plus(gst).plus(other);
    if (all.compareTo(principal) >= 0) {
      throw new InvalidLoanTermsException(
          Field.UPFRONT_CHARGES,
          String.format(
              "(processing fee %s + GST %s + other %s = %s) must be less than the principal %s,"
                  + " leaving something to disburse",
              feeAmount, gst, other, all, principal));
    }
  }

  /** A percent from 0 to 100 without trailing zeros, or the exception naming {@code field}. */
  static BigDecimal percent(BigDecimal value, Field field) {
    Objects.requireNonNull(value, field.jsonName());
    if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
      throw new InvalidLoanTermsException(field, "must be between 0 and 100, was " + shown(value));
    }
    BigDecimal plain = value.stripTrailingZeros();
    return plain.scale() < 0 ? plain.setScale(0) : plain;
  }

  /** Plain digits, unless that would be absurdly long ({@code 1E+999999}). */
  static String shown(BigDecimal value) {
    return Math.abs((long) value.scale()) > 40 ? value.toString() : value.toPlainString();
  }
}
