package dev.saakh.core.pipeline;

import static dev.saakh.core.pipeline.TestingCustomer.ACCOUNT;
import static dev.saakh.core.pipeline.TestingCustomer.FROM;
import static dev.saakh.core.pipeline.TestingCustomer.TO;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.saakh.core.analytics.Analysis;
import dev.saakh.core.analytics.CustomerData;
import dev.saakh.core.bank.Transaction;
import dev.saakh.core.bank.TxnType;
import dev.saakh.core.consent.ConsentArtefact;
import dev.saakh.core.consent.ConsentStatus;
import dev.saakh.core.consent.FiType;
import dev.saakh.core.decide.Decider;
import dev.saakh.core.gst.GstReturn;
import dev.saakh.core.lake.LakeJson;
import dev.saakh.core.policy.PolicyFile;
import dev.saakh.core.score.Observations;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The measured regression: under a consent that covers only DEPOSIT, GST returns no longer reach a
 * decision, and transactions dated outside the FI data range are not counted.
 */
class UnderwritingScopeTest {
  private static final Underwriting UNDERWRITING =
      new Underwriting(
          PolicyFile.defaults(), Clock.fixed(TestingCustomer.NOW.toInstant(), Underwriting.IST));

  private static DecisionRecord decide(CustomerData data) {
    Underwriting.Result r =
        UNDERWRITING.run(
            new StoredClean(TestingCustomer.ID, data, List.of(), "0".repeat(64)),
            Decider.Request.DEFAULT,
            DecisionRecord.DataRef.lake(DataSource.LAKE_CLEAN, List.of()));
    assertThat(r).isInstanceOf(Underwriting.Decided.class);
    return ((Underwriting.Decided) r).record();
  }

  private static DecisionRecord decide(List<FiType> types, List<GstReturn> gst) {
    return decide(
        TestingCustomer.data(
            List.of(TestingCustomer.consent(types)), TestingCustomer.statement(), gst));
  }

  private static String json(Object o) throws Exception {
    return LakeJson.mapper().writeValueAsString(o);
  }

  @Test
  void underADepositOnlyConsentGstReturnsDoNotInfluenceTheDecision() throws Exception {
    List<FiType> deposit = List.of(FiType.DEPOSIT);
    DecisionRecord with = decide(deposit, TestingCustomer.gstReturns());
    DecisionRecord without = decide(deposit, List.of());
    assertThat(with.observations()).isEqualTo(without.observations());
    assertThat(with.observations().get("gst_on_time_rate")).isNull();
    assertThat(json(with.decision())).isEqualTo(json(without.decision()));
    assertThat(with.data().excluded())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.dataset()).isEqualTo("gst");
              assertThat(e.reason()).isEqualTo(Excluded.Why.FI_TYPE_NOT_CONSENTED);
              assertThat(e.records()).isEqualTo(12);
            });
    assertThat(without.data().excluded()).isEmpty();
  }

  @Test
  void underAConsentCoveringGstTheSameReturnsDoInfluenceIt() throws Exception {
    List<FiType> both = List.of(FiType.DEPOSIT, FiType.GSTR1_3B);
    DecisionRecord with = decide(both, TestingCustomer.gstReturns());
    DecisionRecord without = decide(both, List.of());
    assertThat(with.observations()).isNotEqualTo(without.observations());
    assertThat(with.observations().get("gst_on_time_rate")).isEqualTo(0.5);
    assertThat(with.data().excluded()).isEmpty();
    DecisionRecord depositOnly = decide(List.of(FiType.DEPOSIT), TestingCustomer.gstReturns());
    assertThat(json(with.decision().score())).isNotEqualTo(json(depositOnly.decision().score()));
  }

  /**
   * Money sent round a counterparty in the two months before the range (in early in the month, out
   * late, same amount) is a circular flow when counted; dated outside, it must not be.
   */
  @Test
  void transactionsOutsideTheFiDataRangeAreNotCounted() throws Exception {
    List<Transaction> txns = new ArrayList<>();
    for (int m = 2; m >= 1; m--) {
      LocalDate month = FROM.minusMonths(m);
      txns.add(
          TestingCustomer.txn(
              "in" + m, ACCOUNT, month.plusDays(2), TxnType.CREDIT, 900_000, "ROUND LTD"));
      txns.add(
          TestingCustomer.txn(
              "out" + m, ACCOUNT, month.plusDays(25), TxnType.DEBIT, 900_000, "ROUND LTD"));
    }
    txns.addAll(TestingCustomer.statement());
    txns.add(TestingCustomer.txn("new", ACCOUNT, TO.plusDays(1), TxnType.DEBIT, 7_000_000));
    List<FiType> deposit = List.of(FiType.DEPOSIT);
    CustomerData wide =
        TestingCustomer.data(List.of(TestingCustomer.consent(deposit)), txns, List.of());
    DecisionRecord outside = decide(wide);
    DecisionRecord inside = decide(deposit, List.of());
    assertThat(outside.observations()).isEqualTo(inside.observations());
    assertThat(outside.observations().get("circular_flow_months")).isEqualTo(0.0);
    assertThat(json(outside.decision())).isEqualTo(json(inside.decision()));
    assertThat(outside.data().excluded())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.dataset()).isEqualTo("transactions");
              assertThat(e.reason()).isEqualTo(Excluded.Why.OUTSIDE_FI_DATA_RANGE);
              assertThat(e.records()).isEqualTo(5);
            });
    // counted, the five entries would change what analytics finds
    Observations unscoped = Observations.of(Analysis.run(wide), TestingCustomer.NOW.toLocalDate());
    assertThat(unscoped.values().get("circular_flow_months")).isEqualTo(2.0);
    assertThat(unscoped.values()).isNotEqualTo(inside.observations());
  }

  /**
   * A newer consent the gate may not use (revoked) with a wider range (a periodic one, reaching
   * past today) sets neither what is read nor the analytics window: the decision is the one under
   * the usable consent alone.
   */
  @Test
  void aNewerUnusableConsentWithAWiderRangeDoesNotWidenTheWindow() throws Exception {
    List<FiType> deposit = List.of(FiType.DEPOSIT);
    ConsentArtefact revoked =
        TestingCustomer.consent(
            "C-9", deposit, FROM.minusYears(1), TO.plusMonths(3), 21, ConsentStatus.REVOKED);
    List<Transaction> txns = new ArrayList<>(TestingCustomer.statement());
    txns.add(0, TestingCustomer.txn("old", ACCOUNT, FROM.minusMonths(6), TxnType.CREDIT, 50_000));
    DecisionRecord both =
        decide(
            TestingCustomer.data(
                List.of(TestingCustomer.consent(deposit), revoked), txns, List.of()));
    DecisionRecord alone = decide(deposit, List.of());
    assertThat(both.consent().id()).isEqualTo("C-1");
    assertThat(both.observations()).isEqualTo(alone.observations());
    assertThat(both.observations().get("months_of_data")).isEqualTo(12.0);
    assertThat(json(both.decision())).isEqualTo(json(alone.decision()));
    assertThat(both.data().excluded()).extracting(Excluded::records).containsExactly(1L);
  }

  @Test
  void theDecisionRecordListsWhatWasLeftOutInSnakeCase() throws Exception {
    DecisionRecord r = decide(List.of(FiType.DEPOSIT), TestingCustomer.gstReturns());
    JsonNode d = LakeJson.mapper().readTree(json(r));
    assertThat(d.at("/data/excluded/0/dataset").asText()).isEqualTo("gst");
    assertThat(d.at("/data/excluded/0/reason").asText()).isEqualTo("FI_TYPE_NOT_CONSENTED");
    assertThat(d.at("/data/excluded/0/records").asLong()).isEqualTo(12);
    assertThat(d.at("/data/excluded/0/what").asText())
        .isEqualTo(
            "12 gst records left out: FI type GSTR1_3B is not in consent C-1 (it covers DEPOSIT)");
    assertThat(d.at("/data/gaps").isArray()).isTrue();
  }
}
