package dev.saakh.core.fraud;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * A manipulation pattern found in bank statements, with its evidence: the months it was seen in,
 * the transactions that make it up, and one line saying what was seen.
 */
public record BankFinding(
    String code,
    Severity severity,
    List<YearMonth> months,
    List<String> transactionIds,
    String explanation) {
  public static final String CIRCULAR_FLOW = "circular_flow";
  public static final String WINDOW_DRESSING = "balance_window_dressing";
  public static final String P2P_MANIPULATION = "p2p_manipulation";

  public enum Severity {
    LOW,
    MEDIUM,
    HIGH
  }

  public BankFinding {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    months = List.copyOf(months);
    transactionIds = List.copyOf(transactionIds);
    Objects.requireNonNull(explanation, "explanation");
  }
}
