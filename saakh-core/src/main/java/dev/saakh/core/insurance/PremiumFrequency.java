package dev.saakh.core.insurance;

/** How often a premium falls due, with the number of payments a year. */
public enum PremiumFrequency {
  MONTHLY(12),
  QUARTERLY(4),
  HALF_YEARLY(2),
  ANNUAL(1),
  SINGLE(0);

  private final int perYear;

  PremiumFrequency(int perYear) {
    this.perYear = perYear;
  }

  public int perYear() {
    return perYear;
  }
}
