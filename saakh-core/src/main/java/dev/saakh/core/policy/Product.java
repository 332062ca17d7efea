package dev.saakh.core.policy;

import dev.saakh.core.money.Money;
import java.util.List;
import java.util.Objects;

/**
 * A segment's loan product: amount range, tenure options, the FOIR cap used to size the EMI and the
 * multiple of annual turnover (an MSME's GST turnover, a consumer's income) a loan may reach.
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
  }
}
