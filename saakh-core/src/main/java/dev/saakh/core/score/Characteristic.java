package dev.saakh.core.score;

import java.util.List;
import java.util.Objects;

/**
 * One scorecard line: an observation, the sub-score it feeds, its bins (best first), the points for
 * a missing value, and the adverse reason given when it earns less than its best.
 *
 * @param observation the {@link Observations} name it reads
 * @param higherIsBetter whether bins are lower bounds (value ≥ bound) or upper bounds (≤ bound)
 * @param bins bound → points, best first; the last bin catches every remaining value
 */
record Characteristic(
    String observation,
    SubScore.Kind subScore,
    boolean higherIsBetter,
    List<Bin> bins,
    int missingPoints,
    String reasonCode,
    String reason) {
  record Bin(double bound, int points) {}

  Characteristic {
    Objects.requireNonNull(observation, "observation");
    bins = List.copyOf(bins);
  }

  int maxPoints() {
    return bins.get(0).points();
  }

  int points(Double value) {
    if (value == null) {
      return missingPoints;
    }
    for (int i = 0; i < bins.size() - 1; i++) {
      Bin b = bins.get(i);
      if (higherIsBetter ? value >= b.bound() : value <= b.bound()) {
        return b.points();
      }
    }
    return bins.get(bins.size() - 1).points();
  }
}
