package dev.saakh.core.policy;

import java.util.Objects;

/**
 * A knock-out rule: when {@code signal op threshold} holds, the application is rejected or referred
 * with {@code reason}, text a borrower can read.
 */
public record KnockOut(
    String id,
    Signal signal,
    Comparison op,
    double threshold,
    Outcome outcome,
    IfMissing ifMissing,
    String reason) {
  /** What a rule that fires does. */
  public enum Outcome {
    REJECT,
    REFER
  }

  /** What a rule does when its signal could not be observed. */
  public enum IfMissing {
    PASS,
    REFER,
    REJECT
  }

  /** How the observed value is compared with the threshold. */
  public enum Comparison {
    GT(">"),
    GE(">="),
    LT("<"),
    LE("<="),
    EQ("==");

    private final String symbol;

    Comparison(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }

    public boolean test(double observed, double threshold) {
      return switch (this) {
        case GT -> observed > threshold;
        case GE -> observed >= threshold;
        case LT -> observed < threshold;
        case LE -> observed <= threshold;
        case EQ -> observed == threshold;
      };
    }

    static Comparison ofSymbol(String s) {
      for (Comparison c : values()) {
        if (c.symbol.equals(s)) {
          return c;
        }
      }
      return null;
    }
  }

  public KnockOut {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(signal, "signal");
    Objects.requireNonNull(op, "op");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(ifMissing, "ifMissing");
    Objects.requireNonNull(reason, "reason");
  }
}
