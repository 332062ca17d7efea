package dev.saakh.core.score;

import java.util.List;
import java.util.Locale;

/**
 * One sub-score 0–100: its points over the points possible, with every contribution.
 *
 * @param score round(100 × points ÷ maxPoints)
 */
public record SubScore(
    Kind kind, int score, int points, int maxPoints, List<Contribution> contributions) {
  /** The three sub-scores of DESIGN §7. */
  public enum Kind {
    CASHFLOW_STABILITY,
    BUSINESS_HEALTH,
    DEBT_CAPACITY;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * What one characteristic gave: the value observed (null when missing), the points earned and the
   * best it could have earned.
   */
  public record Contribution(String observation, Double value, int points, int maxPoints) {}

  public SubScore {
    contributions = List.copyOf(contributions);
  }
}
