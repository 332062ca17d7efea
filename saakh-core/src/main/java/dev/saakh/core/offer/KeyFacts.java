package dev.saakh.core.offer;

import dev.saakh.core.money.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * Computes a loan's Key Facts Statement as RBI's KFS directions (April 2024) define it: equated
 * monthly instalments on the reducing balance with monthly rests, and the APR as the annualised
 * internal rate of return of the net disbursed amount against the instalments.
 *
 * <p>Rounding, always half up to paise ({@link Money#ROUNDING}):
 *
 * <ul>
 *   <li>EMI {@code = P·r/(1−(1+r)^−n)}, {@code r = annual/12/100}, computed to 50 digits then
 *       rounded; {@code P/n} at 0%.
 *   <li>Each month, interest {@code = opening × r} rounded; principal {@code = EMI − interest}.
 *   <li>The last instalment is not the EMI but whatever clears the loan: the opening principal plus
 *       its interest. So the principal column sums to the amount exactly and the closing balance is
 *       0.00; the last instalment differs from the EMI by the rounding carried forward, at most one
 *       paisa per month compounded at the loan's rate, {@code 0.01·((1+r)^n − 1)/r} rupees: 13
 *       paise for 12 months at 12%, but up to ₹35 for 30 years at 12% (in practice a few paise to a
 *       few rupees).
 *   <li>The processing fee as a percent of the principal, and GST on it, are each rounded.
 *   <li>The APR is rounded to 2 decimals (see {@link Apr}); with no charges it equals the nominal
 *       rate up to the interest rounding, which moves it by less than 0.01 for ordinary loans.
 * </ul>
 */
public final class KeyFacts {
  private KeyFacts() {}

  /**
   * The KFS of {@code terms}.
   *
   * @throws InvalidLoanTermsException if the EMI, rounded to paise, would repay the loan before its
   *     last instalment (a tiny principal or an extreme rate over a long tenure)
   */
  public static KeyFactsStatement of(LoanTerms terms) {
    Money emi =
        Amortisation.emi(terms.principal(), terms.tenureMonths(), terms.annualRatePercent());
    List<RepaymentInstalment> schedule = Amortisation.schedule(terms, emi);
    Money interest = Money.ZERO;
    for (RepaymentInstalment row : schedule) {
      interest = interest.plus(row.interest());
    }
    Money charges = terms.upfrontCharges();
    Money net = terms.principal().minus(charges);
    BigDecimal apr = Apr.of(net, schedule);
    return new KeyFactsStatement(
        terms,
        schedule.size(),
        emi,
        terms.processingFeeAmount(),
        terms.gstOnProcessingFee(),
        terms.otherUpfrontCharges(),
        charges,
        net,
        interest,
        terms.principal().plus(interest),
        apr,
        schedule);
  }
}
