package dev.saakh.core.policy;

import java.util.Objects;

/**
 * A knock-out rule: when {@code signal op threshold} holds, the application gets {@code outcome},
 * and {@code reason} is the plain-language text a borrower can read. {@code ifMissing} says what
 * happens when the signal could not be computed.
 */
public record KnockOut(
    String id,
    Signal signal,
    Comparison op,
    double threshold,
    RuleOutcome outcome,
    IfMissing ifMissing,
    String reason) {
  public KnockOut {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(signal, "signal");
    Objects.requireNonNull(op, "op");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(ifMissing, "ifMissing");
    Objects.requireNonNull(reason, "reason");
    if (id.isBlank() || reason.isBlank()) {
      throw new IllegalArgumentException("knock-out id and reason must not be blank");
    }
    if (!Double.isFinite(threshold)) {
      throw new IllegalArgumentException("threshold must be finite, got " + threshold);
    }
  }

  /** Whether the rule fires for an observed value. */
  public boolean firesOn(double observed) {
    return op.test(observed, threshold);
  }
}
