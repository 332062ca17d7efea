package dev.saakh.core.score;

import dev.saakh.core.customer.Segment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Scores one customer: each characteristic's points from its observed value, sub-scores as points
 * over points possible (0–100), the overall score as their weighted sum, and the adverse reasons
 * ranked by the overall-score points each characteristic lost against its best bin.
 */
public final class Scoring {
  public static final int MAX_REASONS = 4;

  private Scoring() {}

  public static RiskScore score(Segment segment, Observations obs) {
    Map<SubScore.Kind, Double> weights = Scorecard.weights(segment);
    List<Characteristic> lines = Scorecard.of(segment);
    Map<SubScore.Kind, int[]> totals = new EnumMap<>(SubScore.Kind.class);
    Map<SubScore.Kind, List<SubScore.Contribution>> parts = new EnumMap<>(SubScore.Kind.class);
    for (Characteristic c : lines) {
      Double value = obs.get(c.observation());
      int points = c.points(value);
      int[] t = totals.computeIfAbsent(c.subScore(), k -> new int[2]);
      t[0] += points;
      t[1] += c.maxPoints();
      parts
          .computeIfAbsent(c.subScore(), k -> new ArrayList<>())
          .add(new SubScore.Contribution(c.observation(), value, points, c.maxPoints()));
    }
    List<SubScore> subs = new ArrayList<>();
    double overall = 0;
    for (SubScore.Kind k : SubScore.Kind.values()) {
      int[] t = totals.get(k);
      int score = (int) Math.round(100.0 * t[0] / t[1]);
      subs.add(new SubScore(k, score, t[0], t[1], parts.get(k)));
      overall += weights.get(k) * 100.0 * t[0] / t[1];
    }
    return new RiskScore(
        (int) Math.round(overall),
        RiskScore.Band.of((int) Math.round(overall)),
        subs,
        reasons(lines, obs, weights, totals));
  }

  private static List<RiskScore.Reason> reasons(
      List<Characteristic> lines,
      Observations obs,
      Map<SubScore.Kind, Double> weights,
      Map<SubScore.Kind, int[]> totals) {
    List<RiskScore.Reason> out = new ArrayList<>();
    for (Characteristic c : lines) {
      Double value = obs.get(c.observation());
      int lost = c.maxPoints() - c.points(value);
      if (lost > 0) {
        double cost = weights.get(c.subScore()) * 100.0 * lost / totals.get(c.subScore())[1];
        out.add(
            new RiskScore.Reason(
                c.reasonCode(),
                value == null ? c.reason() + " (not observed)" : c.reason(),
                c.observation(),
                value,
                Math.round(cost * 10) / 10.0));
      }
    }
    out.sort(
        Comparator.comparingDouble(RiskScore.Reason::pointsBelowBest)
            .reversed()
            .thenComparing(RiskScore.Reason::code));
    return out.subList(0, Math.min(MAX_REASONS, out.size()));
  }
}
