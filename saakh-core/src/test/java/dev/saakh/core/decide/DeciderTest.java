package dev.saakh.core.decide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.saakh.core.customer.Segment;
import dev.saakh.core.decide.Decision.Outcome;
import dev.saakh.core.money.Money;
import dev.saakh.core.policy.Policy;
import dev.saakh.core.policy.PolicyFile;
import dev.saakh.core.score.Observations;
import dev.saakh.core.score.RiskScore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Decisions under the default policy on hand-made observations and scores. */
class DeciderTest {
  private static final Policy POLICY = PolicyFile.defaults();

  private static Map<String, Double> clean() {
    Map<String, Double> v = new HashMap<>();
    v.put("gst_fraud_high", 0.0);
    v.put("circular_flow_months", 0.0);
    v.put("window_dressing_months", 0.0);
    v.put("manipulation_risk_score", 0.0);
    v.put("p2p_manipulation_risk", 0.0);
    v.put("worst_dpd_12m", 0.0);
    v.put("bureau_score", 760.0);
    v.put("bureau_report_age_days", 20.0);
    v.put("months_of_data", 12.0);
    v.put("recent_loan_applications", 0.0);
    v.put("monthly_income", 50_000.0);
    v.put("monthly_obligations", 5_000.0);
    return v;
  }

  private static RiskScore score(int s) {
    return new RiskScore(s, RiskScore.Band.MODERATE, List.of(), List.of());
  }

  private static Decision decide(Map<String, Double> v, int s, Decider.Request r) {
    return Decider.decide(Segment.CONSUMER, new Observations(v), score(s), POLICY, r);
  }

  @Test
  void theFoirLimitIsTheLoanWhoseEmiFitsUnderTheCap() {
    // grade C (score 66): 18% a year, 1.5% a month; 12 months (the consumer default).
    // EMI room 0.5 × 50,000 − 5,000 = 20,000; × (1 − 1.015^−12) / 0.015 = 10.90751 → 218,150
    // → 218,000 (rounded down to ₹1,000). Turnover 0.5 × 600,000 = 300,000; product max 10 lakh.
    Decision d = decide(clean(), 66, Decider.Request.DEFAULT);
    assertThat(d.outcome()).isEqualTo(Outcome.APPROVE);
    assertThat(d.decidedBy()).isEqualTo("SCORE");
    assertThat(d.grade()).isEqualTo("C");
    assertThat(d.limits())
        .extracting(Limit::name, Limit::amount)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("product_max", Money.of("1000000")),
            org.assertj.core.groups.Tuple.tuple("foir", Money.of("218000")),
            org.assertj.core.groups.Tuple.tuple("turnover", Money.of("300000")));
    assertThat(d.bindingLimit()).isEqualTo("foir");
    assertThat(d.amount()).isEqualTo(Money.of("218000"));
    assertThat(d.offer().terms().tenureMonths()).isEqualTo(12);
    assertThat(d.offer().processingFee()).isEqualTo(Money.of("4360.00")); // 2% of 218,000
    assertThat(d.notice()).isEmpty();
  }

  @Test
  void aSmallerRequestBindsAndAnOfferedTenureIsUsed() {
    Decision d = decide(clean(), 85, new Decider.Request(Money.of("150000"), 24));
    assertThat(d.bindingLimit()).isEqualTo("requested");
    assertThat(d.amount()).isEqualTo(Money.of("150000"));
    assertThat(d.offer().terms().tenureMonths()).isEqualTo(24);
    assertThatThrownBy(() -> decide(clean(), 85, new Decider.Request(null, 18)))
        .hasMessage("tenure 18 months is not offered (options: [6, 12, 24, 36])");
  }

  @Test
  void everyKnockOutIsRecordedAndTheFirstRejectDecidesWithFraudFirstInTheNotice() {
    Map<String, Double> v = clean();
    v.put("gst_fraud_high", 1.0);
    v.put("circular_flow_months", 5.0);
    Decision d = decide(v, 85, Decider.Request.DEFAULT);
    assertThat(d.outcome()).isEqualTo(Outcome.REJECT);
    assertThat(d.decidedBy()).isEqualTo("KO_GST_FRAUD");
    assertThat(d.rules()).hasSize(POLICY.knockOuts().size());
    assertThat(d.rules().get(0).observed()).isEqualTo(1.0);
    assertThat(d.rules().get(0).test()).isEqualTo("gst_fraud_high >= 1");
    assertThat(d.notice().get(0)).startsWith("Your GST returns show repeated signs");
    assertThat(d.notice().get(1)).contains("round-tripping");
    assertThat(d.offer()).isNull();
    assertThat(d.amount()).isNull();
  }

  @Test
  void scoresBelowTheCutOffsRejectOrRefer() {
    Decision low = decide(clean(), 35, Decider.Request.DEFAULT);
    assertThat(low.outcome()).isEqualTo(Outcome.REJECT);
    assertThat(low.decidedBy()).isEqualTo("CUT_OFF");
    assertThat(low.notice().get(0)).contains("score is 35, below the 40 we require");
    Decision middle = decide(clean(), 50, Decider.Request.DEFAULT);
    assertThat(middle.outcome()).isEqualTo(Outcome.REFER);
    assertThat(middle.decidedBy()).isEqualTo("CUT_OFF");
    assertThat(middle.offer()).isNotNull();
  }

  @Test
  void aMissingSignalFollowsItsRuleAndAReferRuleRefers() {
    Map<String, Double> v = clean();
    v.remove("bureau_report_age_days");
    Decision d = decide(v, 85, Decider.Request.DEFAULT);
    assertThat(d.outcome()).isEqualTo(Outcome.REFER);
    assertThat(d.decidedBy()).isEqualTo("KO_BUREAU_STALE");
    assertThat(d.rules())
        .filteredOn(r -> r.id().equals("KO_BUREAU_STALE"))
        .singleElement()
        .satisfies(r -> assertThat(r.test()).endsWith("(not observed)"));
  }

  @Test
  void noRoomUnderTheFoirCapRejectsNamingTheLimit() {
    Map<String, Double> v = clean();
    v.put("monthly_obligations", 30_000.0);
    Decision d = decide(v, 85, Decider.Request.DEFAULT);
    assertThat(d.outcome()).isEqualTo(Outcome.REJECT);
    assertThat(d.decidedBy()).isEqualTo("AMOUNT_BELOW_MINIMUM");
    assertThat(d.notice()).singleElement().asString().contains("below our minimum of ₹25,000.00");
  }
}
