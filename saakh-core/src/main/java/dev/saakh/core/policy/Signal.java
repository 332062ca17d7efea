package dev.saakh.core.policy;

/**
 * The observations a knock-out rule can test. {@link #label()} is the name a policy file uses; the
 * decision step computes each value, or reports it missing (see {@link IfMissing}).
 */
public enum Signal {
  GST_FRAUD_INDICATORS("gst_fraud_indicators", "GST fraud indicators raised across all returns"),
  GST_FRAUD_HIGH(
      "gst_fraud_high", "1 when GST fraud severity is HIGH (more than five indicators), else 0"),
  CIRCULAR_FLOW_MONTHS(
      "circular_flow_months", "months with money routed in from and back out to the same party"),
  WINDOW_DRESSING_MONTHS(
      "window_dressing_months", "months with large credits parked around balance-check days"),
  P2P_MANIPULATION_RISK(
      "p2p_manipulation_risk",
      "risk from regular, similar transfers with individuals, 0 to 0.2 (highest statement)"),
  MANIPULATION_RISK_SCORE(
      "manipulation_risk_score", "statement manipulation risk score, 0 to 1 (highest statement)"),
  BUREAU_SCORE("bureau_score", "credit bureau score, 300 to 900; missing for a thin file"),
  WORST_DPD_12M("worst_dpd_12m", "worst days past due on any loan in the last 12 months"),
  ENQUIRIES_6M("enquiries_6m", "credit enquiries in the last 6 months"),
  RECENT_LOAN_APPLICATIONS(
      "recent_loan_applications", "loan applications (OCEN) in the last 90 days"),
  FOIR("foir", "existing loan EMIs divided by monthly income"),
  BOUNCES("bounces", "cheque and NACH bounces in the bank statement"),
  NEGATIVE_BALANCE_DAYS("negative_balance_days", "days the total balance was below zero"),
  MONTHS_OF_DATA("months_of_data", "whole calendar months the bank statement covers"),
  BUREAU_REPORT_AGE_DAYS(
      "bureau_report_age_days", "age in days of the bureau report on the decision day");

  private final String label;
  private final String description;

  Signal(String label, String description) {
    this.label = label;
    this.description = description;
  }

  /** The name used in policy files, e.g. {@code gst_fraud_high}. */
  public String label() {
    return label;
  }

  /** One line saying what the value is. */
  public String description() {
    return description;
  }

  static Signal ofLabel(String label) {
    for (Signal s : values()) {
      if (s.label.equals(label)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown signal '" + label + "'");
  }
}
