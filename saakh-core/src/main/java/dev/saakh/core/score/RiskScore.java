package dev.saakh.core.score;

import java.util.List;
import java.util.Objects;

/**
 * The overall score 0–100 (higher is better), its risk band, the three sub-scores and up to four
 * adverse reasons.
 */
public record RiskScore(int score, Band band, List<SubScore> subScores, List<Reason> reasons) {
  /** Risk bands by overall score. */
  public enum Band {
    LOW(75),
    MODERATE(60),
    HIGH(40),
    VERY_HIGH(0);

    private final int minScore;

    Band(int minScore) {
      this.minScore = minScore;
    }

    public int minScore() {
      return minScore;
    }

    static Band of(int score) {
      for (Band b : values()) {
        if (score >= b.minScore) {
          return b;
        }
      }
      return VERY_HIGH;
    }
  }

  /**
   * An adverse reason: the characteristic, what was observed, and how many overall-score points it
   * cost against its best (the ranking key).
   */
  public record Reason(
      String code, String text, String observation, Double value, double pointsBelowBest) {
    public Reason {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(text, "text");
    }
  }

  public RiskScore {
    if (score < 0 || score > 100) {
      throw new IllegalArgumentException("score must be 0–100: " + score);
    }
    subScores = List.copyOf(subScores);
    reasons = List.copyOf(reasons);
  }
}
