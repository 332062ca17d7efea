package dev.saakh.core.offer;

import dev.saakh.core.money.Money;
import java.util.Objects;

/**
 * One row of the repayment schedule (KFS Annex C). Always {@code interest + principal ==
 * instalment} and {@code closingPrincipal == openingPrincipal - principal}; every amount is at
 * least 0.00.
 *
 * @param number 1 for the first instalment
 * @param openingPrincipal principal outstanding before this instalment
 * @param interest interest for the month on the opening principal
 * @param principal the part of the instalment that repays principal
 * @param instalment what the borrower pays this month: the EMI, except possibly the last
 * @param closingPrincipal principal outstanding after it; 0.00 after the last
 */
public record RepaymentInstalment(
    int number,
    Money openingPrincipal,
    Money interest,
    Money principal,
    Money instalment,
    Money closingPrincipal) {
  public RepaymentInstalment {
    Objects.requireNonNull(openingPrincipal, "openingPrincipal");
    Objects.requireNonNull(interest, "interest");
    Objects.requireNonNull(principal, "principal");
    Objects.requireNonNull(instalment, "instalment");
    Objects.requireNonNull(closingPrincipal, "closingPrincipal");
    if (number < 1) {
      throw new IllegalArgumentException("number must be at least 1, was " + number);
    }
    if (interest.isNegative() || principal.isNegative() || closingPrincipal.isNegative()) {
      throw new IllegalArgumentException(
          "instalment " + number + ": interest, principal and closing principal must be >= 0");
    }
    if (interest.plus(principal).compareTo(instalment) != 0
        || openingPrincipal.minus(principal).compareTo(closingPrincipal) != 0) {
      throw new IllegalArgumentException(
          "instalment "
              + number
              + " does not add up: "
              + openingPrincipal
              + " - "
              + principal
              + " -> "
              + closingPrincipal
              + ", "
              + interest
              + " + "
              + principal
              + " -> "
              + instalment);
    }
  }
}
