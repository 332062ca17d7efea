package dev.saakh.cli;

import dev.saakh.core.analytics.AnomaliesReport;
import dev.saakh.core.analytics.CreditSummary;
import dev.saakh.core.analytics.EarningsSpendings;
import dev.saakh.core.analytics.GstSummary;
import dev.saakh.core.analytics.NetworkSummary;
import dev.saakh.core.analytics.OverallSummary;
import dev.saakh.core.analytics.TransactionSummary;
import dev.saakh.core.features.FeatureVector;
import dev.saakh.core.fraud.BankFinding;
import dev.saakh.core.fraud.GstFraudReport;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What each generator profile should look like in the reports (DESIGN §5), as tests on one
 * customer's reports. Thresholds are ours, stated here; they are evaluation tools, not scoring.
 */
final class ProfileSignatures {
  /** Reports of one customer, by name. */
  record Reports(Map<String, Object> all) {
    GstSummary gst() {
      return (GstSummary) all.get("gst_summary");
    }

    TransactionSummary txns() {
      return (TransactionSummary) all.get("transaction_summary");
    }

    EarningsSpendings earnings() {
      return (EarningsSpendings) all.get("earnings_spendings");
    }

    CreditSummary credit() {
      return (CreditSummary) all.get("credit_summary");
    }

    NetworkSummary.Ocen ocen() {
      return (NetworkSummary.Ocen) all.get("ocen_summary");
    }

    OverallSummary overall() {
      return (OverallSummary) all.get("overall_summary");
    }

    AnomaliesReport anomalies() {
      return (AnomaliesReport) all.get("anomalies_report");
    }
  }

  private ProfileSignatures() {}

  /** Profile → its signature, in a fixed order. */
  static Map<String, Predicate<Reports>> all() {
    Map<String, Predicate<Reports>> s = new LinkedHashMap<>();
    s.put("high_growth", r -> r.gst().growth() != null && r.gst().growth() >= 2.0);
    s.put("declining", r -> r.gst().growth() != null && r.gst().growth() <= 0.5);
    s.put("high_seasonality", r -> festiveRatio(r.gst()) >= 2.0);
    s.put("stable_income", r -> r.gst().volatility() != null && r.gst().volatility() <= 0.1);
    s.put(
        "customer_concentration",
        r -> r.txns().topPayerShare() != null && r.txns().topPayerShare() >= 0.5);
    s.put("fraud", r -> r.gst().fraud().severity() == GstFraudReport.Severity.HIGH);
    s.put("high_debt", r -> r.ocen().applications() >= 5);
    s.put("salaried_stable", r -> r.earnings().salaryMonths() >= 10);
    s.put("gig_income", r -> r.earnings().salaryMonths() == 0);
    s.put("impulse_spender", r -> impulse(r) >= 0.5);
    // credit hunger: five or more bureau enquiries in six months
    s.put("over_leveraged", r -> r.credit().enquiries6m() >= 5);
    s.put(
        "fraud_p2p",
        r ->
            r.anomalies().anomalies().stream()
                .anyMatch(a -> a.code().equals(BankFinding.CIRCULAR_FLOW)));
    return s;
  }

  /** A consumer's impulse spending score; 0 when absent. */
  static double impulse(Reports r) {
    FeatureVector v = r.overall().behavioralSignals();
    Double x = v == null ? null : v.value(FeatureVector.IMPULSE_SPENDING_SCORE);
    return x == null ? 0 : x;
  }

  /** Mean GSTR-3B turnover of October–December months ÷ that of the other months; 0 if none. */
  static double festiveRatio(GstSummary g) {
    double festive = 0;
    double other = 0;
    int nf = 0;
    int no = 0;
    for (GstSummary.Month m : g.monthly()) {
      if (m.turnover() == null) {
        continue;
      }
      double v = m.turnover().amount().doubleValue();
      if (m.period().getMonthValue() >= 10) {
        festive += v;
        nf++;
      } else {
        other += v;
        no++;
      }
    }
    return nf == 0 || no == 0 || other <= 0 ? 0 : (festive / nf) / (other / no);
  }
}
