package dev.saakh.core.fraud;

import java.util.Objects;

/**
 * One GST fraud indicator raised on one return: which rule, the value observed and the threshold it
 * crossed, and a one-line explanation.
 */
public record GstIndicator(String code, double observed, double threshold, String explanation) {
  public static final String ITC_RATIO_HIGH = "itc_ratio_high";
  public static final String LATE_FILING = "late_filing";
  public static final String TURNOVER_MISMATCH = "turnover_mismatch";

  public GstIndicator {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(explanation, "explanation");
  }
}
