package dev.saakh.core.analytics;

import dev.saakh.core.customer.Customer;
import dev.saakh.core.features.FeatureVector;
import dev.saakh.core.money.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * The {@code overall_summary}: who the customer is and the handful of figures an underwriter reads
 * first, each taken from the report that computes it (named in the field), plus the red flags and
 * the behavioural features (DESIGN §6): a consumer's own in {@code behavioral_signals}, an MSME's
 * per director in {@code directors}.
 */
public record OverallSummary(
    String customerId,
    String name,
    String segment,
    LocalDate windowFrom,
    LocalDate windowTo,
    Money averageMonthlyIncome,
    Money averageBalance,
    Double foir,
    Money gstTurnover,
    String gstFraudSeverity,
    Integer bureauScore,
    int openLoans,
    Money monthlyObligations,
    Money mutualFundValue,
    Money insuranceCover,
    boolean loanStacking,
    int anomalies,
    String highestAnomalySeverity,
    FeatureVector behavioralSignals,
    List<DirectorSignals> directors,
    List<String> notes) {

  public OverallSummary {
    directors = List.copyOf(directors);
    notes = List.copyOf(notes);
  }

  /** A consumer's features, or an MSME's per-director features. */
  record Behaviour(FeatureVector consumer, List<DirectorSignals> directors) {}

  static OverallSummary of(
      CustomerData data,
      TransactionSummary txns,
      EarningsSpendings earnings,
      GstSummary gst,
      CreditSummary credit,
      HoldingsSummary.Funds funds,
      HoldingsSummary.Insurance insurance,
      NetworkSummary.Ocen ocen,
      AnomaliesReport anomalies,
      Behaviour behaviour) {
    Customer c = data.customers().isEmpty() ? null : data.customers().get(0);
    List<String> notes =
        c == null ? List.of("no customer record: name and segment unknown") : List.of();
    return new OverallSummary(
        data.customerId(),
        c == null ? null : c.name(),
        c == null ? null : c.segment().name(),
        txns.from(),
        txns.to(),
        earnings.averageMonthlyIncome(),
        txns.averageBalance(),
        credit.foir(),
        gst.totalTurnover(),
        gst.fraud().severity().name(),
        credit.score(),
        credit.openAccounts(),
        credit.monthlyObligations(),
        funds.current(),
        insurance.activeCover(),
        ocen.stacking(),
        anomalies.count(),
        anomalies.highestSeverity(),
        behaviour.consumer(),
        behaviour.directors(),
        notes);
  }
}
