package dev.saakh.core.score;

import dev.saakh.core.analytics.AnomaliesReport;
import dev.saakh.core.analytics.CreditSummary;
import dev.saakh.core.analytics.DirectorSignals;
import dev.saakh.core.analytics.EarningsSpendings;
import dev.saakh.core.analytics.GstSummary;
import dev.saakh.core.analytics.NetworkSummary;
import dev.saakh.core.analytics.OverallSummary;
import dev.saakh.core.analytics.TransactionSummary;
import dev.saakh.core.features.FeatureVector;
import dev.saakh.core.fraud.BankFinding;
import dev.saakh.core.fraud.GstFraudReport;
import dev.saakh.core.money.Money;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The named values scoring and policy read, each taken from one report (see {@code
 * docs/scoring.md}); a value that the data cannot support is absent (null), never guessed.
 */
public record Observations(Map<String, Double> values) {
  public Observations {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** The value, or null when it could not be observed. */
  public Double get(String name) {
    return values.get(name);
  }

  /** Observations from the ten reports of {@code Analysis.run}, as of the decision day. */
  public static Observations of(Map<String, Object> reports, LocalDate asOf) {
    TransactionSummary txns = (TransactionSummary) reports.get("transaction_summary");
    EarningsSpendings earnings = (EarningsSpendings) reports.get("earnings_spendings");
    GstSummary gst = (GstSummary) reports.get("gst_summary");
    CreditSummary credit = (CreditSummary) reports.get("credit_summary");
    NetworkSummary.Ocen ocen = (NetworkSummary.Ocen) reports.get("ocen_summary");
    OverallSummary overall = (OverallSummary) reports.get("overall_summary");
    AnomaliesReport anomalies = (AnomaliesReport) reports.get("anomalies_report");
    List<FeatureVector> people = features(overall);
    Map<String, Double> v = new LinkedHashMap<>();
    cashflow(v, txns, earnings);
    business(v, gst);
    behaviour(v, people, earnings);
    debt(v, credit, ocen, earnings, asOf);
    fraud(v, gst, anomalies, people);
    return new Observations(v);
  }

  private static void cashflow(
      Map<String, Double> v, TransactionSummary txns, EarningsSpendings earnings) {
    List<Double> incomes = new ArrayList<>();
    List<java.time.YearMonth> covered = new ArrayList<>();
    for (TransactionSummary.MonthFlow m : txns.monthly()) {
      if (m.status() != TransactionSummary.MonthStatus.NO_DATA) {
        covered.add(m.month());
      }
    }
    for (EarningsSpendings.MonthIncome m : earnings.monthly()) {
      if (covered.contains(m.month())) {
        incomes.add(m.income().amount().doubleValue());
      }
    }
    v.put("months_of_data", (double) covered.size());
    v.put("income_cv", cv(incomes));
    Double income = rupees(earnings.averageMonthlyIncome());
    v.put("monthly_income", income);
    Double balance = rupees(txns.averageBalance());
    v.put(
        "balance_buffer",
        income == null || income <= 0 || balance == null ? null : balance / income);
    v.put("negative_balance_days", (double) txns.negativeBalanceDays());
    v.put("bounces", (double) txns.bounceCount());
    v.put("top_payer_share", txns.topPayerShare());
  }

  private static void business(Map<String, Double> v, GstSummary gst) {
    v.put("gst_growth", gst.growth());
    v.put("gst_on_time_rate", gst.onTimeRate());
    v.put("gst_volatility", gst.volatility());
    v.put("gst_bank_gap", gst.gstVsBankGap() == null ? null : Math.abs(gst.gstVsBankGap()));
    v.put("annual_gst_turnover", lastTwelveMonths(gst));
  }

  private static void behaviour(
      Map<String, Double> v, List<FeatureVector> people, EarningsSpendings earnings) {
    FeatureVector f = people.size() == 1 ? people.get(0) : null;
    v.put(
        "impulse_spending_score", f == null ? null : f.value(FeatureVector.IMPULSE_SPENDING_SCORE));
    v.put(
        "salary_retention_ratio", f == null ? null : f.value(FeatureVector.SALARY_RETENTION_RATIO));
    v.put("avg_balance_drop_rate", f == null ? null : f.value(FeatureVector.AVG_BALANCE_DROP_RATE));
    v.put(
        "inflow_time_consistency",
        f == null ? null : f.value(FeatureVector.INFLOW_TIME_CONSISTENCY));
    v.put("salary_months", (double) earnings.salaryMonths());
  }

  private static void debt(
      Map<String, Double> v,
      CreditSummary credit,
      NetworkSummary.Ocen ocen,
      EarningsSpendings earnings,
      LocalDate asOf) {
    boolean scored = credit.score() != null && credit.score() >= 300;
    v.put("bureau_score", scored ? credit.score().doubleValue() : null);
    v.put("foir", credit.foir() != null ? credit.foir() : earnings.foir());
    v.put("monthly_obligations", rupees(credit.monthlyObligations()));
    boolean report = credit.reportDate() != null;
    v.put("worst_dpd_12m", report ? (double) credit.worstDpd12() : null);
    v.put("enquiries_6m", report ? (double) credit.enquiries6m() : null);
    v.put(
        "bureau_report_age_days",
        report ? (double) ChronoUnit.DAYS.between(credit.reportDate(), asOf) : null);
    v.put("recent_loan_applications", (double) ocen.applicationsLast90Days());
  }

  private static void fraud(
      Map<String, Double> v,
      GstSummary gst,
      AnomaliesReport anomalies,
      List<FeatureVector> people) {
    v.put("gst_fraud_indicators", (double) gst.fraud().indicatorCount());
    v.put("gst_fraud_high", gst.fraud().severity() == GstFraudReport.Severity.HIGH ? 1.0 : 0.0);
    v.put("circular_flow_months", months(anomalies, BankFinding.CIRCULAR_FLOW));
    v.put("window_dressing_months", months(anomalies, BankFinding.WINDOW_DRESSING));
    double p2p = 0;
    double manipulation = 0;
    for (FeatureVector f : people) {
      p2p = Math.max(p2p, f.value(FeatureVector.P2P_MANIPULATION_RISK));
      manipulation = Math.max(manipulation, f.value(FeatureVector.MANIPULATION_RISK_SCORE));
    }
    v.put("p2p_manipulation_risk", p2p);
    v.put("manipulation_risk_score", manipulation);
  }

  /** A consumer's own features, or each MSME director's. */
  private static List<FeatureVector> features(OverallSummary o) {
    List<FeatureVector> out = new ArrayList<>();
    if (o.behavioralSignals() != null) {
      out.add(o.behavioralSignals());
    }
    for (DirectorSignals d : o.directors()) {
      if (d.behavioralSignals() != null) {
        out.add(d.behavioralSignals());
      }
    }
    return out;
  }

  private static double months(AnomaliesReport r, String code) {
    return r.anomalies().stream()
        .filter(a -> a.code().equals(code))
        .mapToDouble(a -> a.periods().size())
        .max()
        .orElse(0);
  }

  private static Double lastTwelveMonths(GstSummary gst) {
    List<GstSummary.Month> m = gst.monthly();
    if (m.size() < 12) {
      return null;
    }
    double sum = 0;
    int known = 0;
    for (GstSummary.Month x : m.subList(m.size() - 12, m.size())) {
      if (x.turnover() != null) {
        sum += x.turnover().amount().doubleValue();
        known++;
      }
    }
    return known == 0 ? null : sum * 12 / known;
  }

  private static Double cv(List<Double> xs) {
    if (xs.size() < 3) {
      return null;
    }
    double mean = xs.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    if (mean <= 0) {
      return null;
    }
    double var = xs.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum() / xs.size();
    return Math.sqrt(var) / mean;
  }

  private static Double rupees(Money m) {
    return m == null ? null : m.amount().doubleValue();
  }
}
