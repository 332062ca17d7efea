package dev.saakh.core.policy;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One row of the pricing grid: overall scores from {@code minScore} up (to the next better grade)
 * get this annual interest rate and processing fee, both in percent.
 */
public record Grade(
    String grade, int minScore, BigDecimal annualRatePercent, BigDecimal processingFeePercent) {
  public Grade {
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(annualRatePercent, "annualRatePercent");
    Objects.requireNonNull(processingFeePercent, "processingFeePercent");
    if (grade.isBlank()) {
      throw new IllegalArgumentException("grade must not be blank");
    }
    if (minScore < 0 || minScore > 100) {
      throw new IllegalArgumentException("minScore must be 0 to 100, got " + minScore);
    }
    if (annualRatePercent.signum() <= 0) {
      throw new IllegalArgumentException("annualRatePercent must be positive");
    }
    if (processingFeePercent.signum() < 0) {
      throw new IllegalArgumentException("processingFeePercent must not be negative");
    }
  }
}
