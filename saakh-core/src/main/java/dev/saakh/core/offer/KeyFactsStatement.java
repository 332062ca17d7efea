package dev.saakh.core.offer;

import dev.saakh.core.money.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The figures of a loan's Key Facts Statement (RBI, April 2024: Annex A part 1, the APR computation
 * of Annex B and the repayment schedule of Annex C). Made by {@link KeyFacts#of}; every amount is
 * in rupees at scale 2.
 *
 * @param terms the terms these figures are computed from
 * @param numberOfInstalments equal monthly instalments, the tenure
 * @param emi the equated monthly instalment, {@code P·r/(1−(1+r)^−n)} rounded half up to paise; the
 *     last instalment may differ (see {@link KeyFacts})
 * @param processingFee the processing fee before GST
 * @param gstOnProcessingFee GST on the processing fee
 * @param otherUpfrontCharges other charges deducted at disbursal, as given
 * @param totalUpfrontCharges the three above together
 * @param netDisbursedAmount principal − total upfront charges: what the borrower receives
 * @param totalInterest the interest column of the schedule, summed
 * @param totalPayable principal + total interest: the instalments, summed (KFS Annex B item 8; the
 *     upfront charges are not in it, they are deducted from the disbursal)
 * @param annualPercentageRate the APR in percent to 2 decimals: 12 × the monthly rate at which the
 *     schedule's instalments are worth the net disbursed amount
 * @param schedule the instalments in order
 */
public record KeyFactsStatement(
    LoanTerms terms,
    int numberOfInstalments,
    Money emi,
    Money processingFee,
    Money gstOnProcessingFee,
    Money otherUpfrontCharges,
    Money totalUpfrontCharges,
    Money netDisbursedAmount,
    Money totalInterest,
    Money totalPayable,
    BigDecimal annualPercentageRate,
    List<RepaymentInstalment> schedule) {
  public KeyFactsStatement {
    Objects.requireNonNull(terms, "terms");
    Objects.requireNonNull(emi, "emi");
    Objects.requireNonNull(processingFee, "processingFee");
    Objects.requireNonNull(gstOnProcessingFee, "gstOnProcessingFee");
    Objects.requireNonNull(otherUpfrontCharges, "otherUpfrontCharges");
    Objects.requireNonNull(totalUpfrontCharges, "totalUpfrontCharges");
    Objects.requireNonNull(netDisbursedAmount, "netDisbursedAmount");
    Objects.requireNonNull(totalInterest, "totalInterest");
    Objects.requireNonNull(totalPayable, "totalPayable");
    Objects.requireNonNull(annualPercentageRate, "annualPercentageRate");
    schedule = List.copyOf(schedule);
    if (schedule.size() != numberOfInstalments) {
      throw new IllegalArgumentException(
          "schedule has " + schedule.size() + " rows for " + numberOfInstalments + " instalments");
    }
    checkSums(
        terms,
        processingFee.plus(gstOnProcessingFee).plus(otherUpfrontCharges),
        totalUpfrontCharges,
        netDisbursedAmount,
        totalInterest,
        totalPayable);
    if (annualPercentageRate.scale() != 2) {
      throw new IllegalArgumentException(
          "annualPercentageRate must have 2 decimals, was " + annualPercentageRate);
    }
  }

  /** The last instalment, which absorbs the paise rounding of the EMI and interest. */
  public RepaymentInstalment lastInstalment() {
    return schedule.get(schedule.size() - 1);
  }

  private static void checkSums(
      LoanTerms terms, Money charges, Money total, Money net, Money interest, Money payable) {
    if (charges.compareTo(total) != 0
        || terms.principal().minus(total).compareTo(net) != 0
        || terms.principal().plus(interest).compareTo(payable) != 0) {
      throw new IllegalArgumentException(
          "charges, net disbursed amount and total payable do not add up: "
              + charges
              + " vs "
              + total
              + ", "
              + net
              + ", "
              + payable);
    }
  }
}
