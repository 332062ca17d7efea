package dev.saakh.core.policy;

import java.math.BigDecimal;
import java.util.Objects;

/** One row of the pricing grid: scores from {@code minScore} up get this grade's price. */
public record Grade(
    String grade, int minScore, BigDecimal annualRatePercent, BigDecimal processingFeePercent) {
  public Grade {
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(annualRatePercent, "annualRatePercent");
    Objects.requireNonNull(processingFeePercent, "processingFeePercent");
  }
}
