package dev.saakh.core.policy;

import java.util.Locale;

/** The observations a knock-out rule can test, by the name policy files use. */
public enum Signal {
  GST_FRAUD_INDICATORS("GST fraud indicators raised across all returns"),
  GST_FRAUD_HIGH("1 when GST fraud severity is HIGH (more than five indicators), else 0"),
  CIRCULAR_FLOW_MONTHS("months with money routed in and back out to the same party"),
  WINDOW_DRESSING_MONTHS("months with credits parked around balance-check days"),
  P2P_MANIPULATION_RISK("regular P2P manipulation risk, 0–0.2 (highest of the statements)"),
  MANIPULATION_RISK_SCORE("manipulation risk score, 0–1 (highest of the statements)"),
  BUREAU_SCORE("credit bureau score, 300–900; missing for a thin file"),
  WORST_DPD_12M("worst days past due on any loan in the last 12 months"),
  ENQUIRIES_6M("credit enquiries in the last 6 months"),
  RECENT_LOAN_APPLICATIONS("OCEN loan applications in the last 90 days"),
  FOIR("existing loan obligations ÷ monthly income"),
  BOUNCES("cheque and NACH bounces in the statement"),
  NEGATIVE_BALANCE_DAYS("days the total balance was below zero"),
  MONTHS_OF_DATA("whole calendar months the bank statement covers"),
  BUREAU_REPORT_AGE_DAYS("age of the bureau report on the decision day");

  private final String description;

  Signal(String description) {
    this.description = description;
  }

  /** The name used in policy files, e.g. {@code gst_fraud_high}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String description() {
    return description;
  }

  static Signal ofLabel(String label) {
    for (Signal s : values()) {
      if (s.label().equals(label)) {
        return s;
      }
    }
    return null;
  }
}
