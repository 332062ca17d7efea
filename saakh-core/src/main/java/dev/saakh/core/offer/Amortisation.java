package dev.saakh.core.offer;

import dev.saakh.core.money.Money;
import dev.saakh.core.offer.InvalidLoanTermsException.Field;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** The EMI and the reducing-balance schedule with monthly rests. */
final class Amortisation {
  /** Enough digits that rates down to 10^-6 % over 600 months lose nothing before paise. */
  private static final MathContext MC = new MathContext(50, RoundingMode.HALF_EVEN);

  /** Annual percent to monthly fraction: ÷ 12 months ÷ 100. */
  private static final BigDecimal TWELVE_HUNDRED = BigDecimal.valueOf(1200);

  private Amortisation() {}

  /**
   * {@code P·r/(1−(1+r)^−n)} with {@code r = annual/1200}, or {@code P/n} at 0%, rounded half up to
   * paise.
   */
  static Money emi(Money principal, int months, BigDecimal annualRatePercent) {
    BigDecimal p = principal.amount();
    if (annualRatePercent.signum() == 0) {
      return new Money(p.divide(BigDecimal.valueOf(months), 2, Money.ROUNDING));
    }
    BigDecimal r = annualRatePercent.divide(TWELVE_HUNDRED, MC);
    BigDecimal growth = BigDecimal.ONE.add(r).pow(months, MC);
    BigDecimal exact = p.multiply(r).multiply(growth).divide(growth.subtract(BigDecimal.ONE), MC);
    return new Money(exact);
  }

  /** A month's interest, {@code opening × annual/1200}, rounded half up to paise exactly. */
  static Money interest(Money opening, BigDecimal annualRatePercent) {
    return new Money(
        opening.amount().multiply(annualRatePercent).divide(TWELVE_HUNDRED, 2, Money.ROUNDING));
  }

  /**
   * The schedule: each month interest on the opening principal, the rest of the EMI repays
   * principal; the last instalment repays what is left with its interest.
   *
   * @throws InvalidLoanTermsException if the rounded EMI would repay the loan before the last
   *     instalment (tiny principal over a long tenure, or an extreme rate over a long tenure)
   */
  static List<RepaymentInstalment> schedule(LoanTerms terms, Money emi) {
    int months = terms.tenureMonths();
    List<RepaymentInstalment> rows = new ArrayList<>(months);
    Money opening = terms.principal();
    for (int k = 1; k <= months; k++) {
      Money interest = interest(opening, terms.annualRatePercent());
      Money principal = k < months ? emi.minus(interest) : opening;
      Money closing = opening.minus(principal);
      if (k < months && closing.amount().signum() <= 0) {
        throw repaidEarly(terms, emi, k);
      }
      rows.add(
          new RepaymentInstalment(
              k, opening, interest, principal, interest.plus(principal), closing));
      opening = closing;
    }
    return rows;
  }

  private static InvalidLoanTermsException repaidEarly(LoanTerms terms, Money emi, int month) {
    return new InvalidLoanTermsException(
        Field.TENURE_MONTHS,
        terms.tenureMonths()
            + " is too long for a principal of "
            + terms.principal()
            + " at "
            + terms.annualRatePercent().toPlainString()
            + "%: the EMI of "
            + emi
            + ", rounded to paise, repays it by instalment "
            + month);
  }
}
