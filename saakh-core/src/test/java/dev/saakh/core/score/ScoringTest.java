package dev.saakh.core.score;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saakh.core.customer.Segment;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The consumer scorecard on observations whose points are worked out by hand. */
class ScoringTest {
  static Observations consumer() {
    Map<String, Double> v = new HashMap<>();
    v.put("income_cv", 0.2); // ≤ 0.30 → 18 of 25
    v.put("balance_buffer", 0.3); // ≥ 0.2 → 10 of 25
    v.put("negative_balance_days", 0.0); // 20 of 20
    v.put("bounces", 2.0); // ≤ 3 → 5 of 20
    v.put("months_of_data", 12.0); // 10 of 10 → cashflow 63/100
    v.put("impulse_spending_score", 0.7); // > 0.6 → 3 of 30
    v.put("salary_retention_ratio", 0.6); // 25 of 25
    v.put("avg_balance_drop_rate", 0.4); // ≤ 0.6 → 12 of 20
    v.put("salary_months", 12.0); // 25 of 25 → behaviour 65/100
    v.put("bureau_score", 720.0); // ≥ 700 → 22 of 30
    v.put("foir", 0.5); // ≤ 0.6 → 8 of 25
    v.put("worst_dpd_12m", 0.0); // 20 of 20
    v.put("enquiries_6m", 2.0); // ≤ 3 → 6 of 10
    v.put("recent_loan_applications", 0.0); // 15 of 15 → debt 71/100
    return new Observations(v);
  }

  @Test
  void subScoresAreEarnedPointsOverPossiblePoints() {
    RiskScore s = Scoring.score(Segment.CONSUMER, consumer());
    assertThat(s.subScores()).extracting(SubScore::score).containsExactly(63, 65, 71);
    // 0.40 × 63 + 0.25 × 65 + 0.35 × 71 = 66.3
    assertThat(s.score()).isEqualTo(66);
    assertThat(s.band()).isEqualTo(RiskScore.Band.MODERATE);
    SubScore.Contribution impulse = s.subScores().get(1).contributions().get(0);
    assertThat(impulse).isEqualTo(new SubScore.Contribution("impulse_spending_score", 0.7, 3, 30));
  }

  @Test
  void adverseReasonsAreTheFourLargestLossesInOverallPoints() {
    // losses × weight: impulse 27 × .25 = 6.75; balance buffer 15 × .4 = 6.0; bounces 15 × .4 =
    // 6.0; foir 17 × .35 = 5.95; then bureau and income 2.8, drop 2.0, enquiries 1.4
    RiskScore s = Scoring.score(Segment.CONSUMER, consumer());
    assertThat(s.reasons())
        .extracting(RiskScore.Reason::code)
        .containsExactly(
            "R20_IMPULSE_SPENDING", "R02_LOW_BALANCES", "R04_BOUNCES", "R31_HIGH_OBLIGATIONS");
    assertThat(s.reasons().get(0).pointsBelowBest()).isEqualTo(6.8); // 6.75 shown to 0.1
    assertThat(s.reasons().get(3).value()).isEqualTo(0.5);
  }

  @Test
  void nothingObservedEarnsEachLinesMissingPointsAndSaysSo() {
    RiskScore s = Scoring.score(Segment.MSME, new Observations(Map.of()));
    // cashflow missing points 8+8+10+10+0 = 36; business 8+6+6+8+10 = 38 of 100;
    // debt 12+10+10+5+8 = 45 of 100 → 0.35 × 36 + 0.35 × 38 + 0.30 × 45 = 39.4
    assertThat(s.subScores()).extracting(SubScore::score).containsExactly(36, 38, 45);
    assertThat(s.score()).isEqualTo(39);
    assertThat(s.band()).isEqualTo(RiskScore.Band.VERY_HIGH);
    assertThat(s.reasons())
        .hasSize(4)
        .allSatisfy(r -> assertThat(r.text()).endsWith("(not observed)"));
  }

  @Test
  void theBestValuesEverywhereScoreOneHundredWithNoReasons() {
    Map<String, Double> v = new HashMap<>(consumer().values());
    v.put("income_cv", 0.1);
    v.put("balance_buffer", 2.0);
    v.put("bounces", 0.0);
    v.put("impulse_spending_score", 0.1);
    v.put("avg_balance_drop_rate", 0.1);
    v.put("bureau_score", 800.0);
    v.put("foir", 0.1);
    v.put("enquiries_6m", 0.0);
    RiskScore s = Scoring.score(Segment.CONSUMER, new Observations(v));
    assertThat(s.score()).isEqualTo(100);
    assertThat(s.band()).isEqualTo(RiskScore.Band.LOW);
    assertThat(s.reasons()).isEmpty();
  }
}
