package dev.saakh.core.policy;

/**
 * How a knock-out compares the observed value with its threshold. A NaN observation never satisfies
 * a comparison; {@code EQ} is exact, meant for counts and 0/1 flags.
 */
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

  /** The operator as a policy file writes it, e.g. {@code >=}. */
  public String symbol() {
    return symbol;
  }

  /** Whether {@code observed <op> threshold} holds. */
  public boolean test(double observed, double threshold) {
    return switch (this) {
      case GT -> observed > threshold;
      case GE -> observed >= threshold;
      case LT -> observed < threshold;
      case LE -> observed <= threshold;
      case EQ -> observed == threshold;
    };
  }

  static Comparison ofSymbol(String symbol) {
    for (Comparison c : values()) {
      if (c.symbol.equals(symbol)) {
        return c;
      }
    }
    throw new IllegalArgumentException("unknown comparison '" + symbol + "'");
  }
}
