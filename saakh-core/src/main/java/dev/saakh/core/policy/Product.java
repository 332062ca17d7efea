package dev.saakh.core.policy;

import dev.saakh.core.money.Money;
import java.util.List;
import java.util.Objects;

/**
 * A segment's loan product: amount range, tenure options (distinct, ascending, 1 to 360 months)
 * with a default among them, the FOIR cap that bounds the EMI, and the multiple of annual turnover
 * (an MSME's GST turnover, a consumer's annual income) a loan may reach.
 */
public record Product(
    Money minAmount,
    Money maxAmount,
    List<Integer> tenureMonths,
    int defaultTenureMonths,
    double foirCap,
    double turnoverMultiple) {
  public Product {
    Objects.requireNonNull(minAmount, "minAmount");
    Objects.requireNonNull(maxAmount, "maxAmount");
    tenureMonths = List.copyOf(tenureMonths);
    if (minAmount.compareTo(maxAmount) > 0 || minAmount.amount().signum() <= 0) {
      throw new IllegalArgumentException(
          "need 0 < minAmount <= maxAmount, got " + minAmount + " and " + maxAmount);
    }
    checkTenures(tenureMonths, defaultTenureMonths);
    if (!(foirCap > 0 && foirCap <= 1)) {
      throw new IllegalArgumentException("foirCap must be in (0, 1], got " + foirCap);
    }
    if (!(turnoverMultiple > 0) || !Double.isFinite(turnoverMultiple)) {
      throw new IllegalArgumentException(
          "turnoverMultiple must be positive, got " + turnoverMultiple);
    }
  }

  private static void checkTenures(List<Integer> tenures, int defaultTenure) {
    if (tenures.isEmpty()) {
      throw new IllegalArgumentException("tenureMonths must not be empty");
    }
    int previous = 0;
    for (int t : tenures) {
      if (t <= previous || t > 360) {
        throw new IllegalArgumentException(
            "tenureMonths must be distinct, ascending, 1 to 360, got " + tenures);
      }
      previous = t;
    }
    if (!tenures.contains(defaultTenure)) {
      throw new IllegalArgumentException(
          "defaultTenureMonths " + defaultTenure + " is not one of " + tenures);
    }
  }
}
