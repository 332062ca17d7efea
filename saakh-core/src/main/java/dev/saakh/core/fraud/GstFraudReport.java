package dev.saakh.core.fraud;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * GST fraud indicators over a customer's returns (DESIGN §6): the returns that raised any, the
 * total, a severity ({@code HIGH} when more than five indicators in all, {@code MEDIUM} for one to
 * five, {@code NONE} otherwise) and the summary line.
 *
 * @param bankMonths months in which GST turnover could be compared with bank business credits;
 *     {@code turnover_mismatch} is only ever raised in these
 */
public record GstFraudReport(
    int returnsChecked,
    int indicatorCount,
    Severity severity,
    String summary,
    List<FlaggedReturn> flagged,
    List<YearMonth> bankMonths) {

  public enum Severity {
    NONE,
    MEDIUM,
    HIGH
  }

  /** A return with the indicators it raised. */
  public record FlaggedReturn(
      String returnId, YearMonth period, String returnType, List<GstIndicator> indicators) {
    public FlaggedReturn {
      Objects.requireNonNull(returnId, "returnId");
      indicators = List.copyOf(indicators);
    }
  }

  public GstFraudReport {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(summary, "summary");
    flagged = List.copyOf(flagged);
    bankMonths = List.copyOf(bankMonths);
  }
}
