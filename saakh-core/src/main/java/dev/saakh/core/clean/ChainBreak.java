package dev.saakh.core.clean;

import dev.saakh.core.money.Money;
import java.util.Objects;

/**
 * A link of an account's running balance that does not hold: the previous balance plus this entry's
 * signed amount is {@code expected}, the statement says {@code observed}. A gap (missing entries)
 * or a reordering shows as one; it is reported, never "fixed".
 */
public record ChainBreak(String transactionId, Money expected, Money observed, Money difference) {
  public ChainBreak {
    Objects.requireNonNull(transactionId, "transactionId");
  }

  static ChainBreak of(String id, long expectedPaise, long observedPaise) {
    return new ChainBreak(
        id,
        Money.ofPaise(expectedPaise),
        Money.ofPaise(observedPaise),
        Money.ofPaise(observedPaise - expectedPaise));
  }
}
