package dev.saakh.core.analytics;

import dev.saakh.core.fraud.BankFinding;
import dev.saakh.core.fraud.GstFraudReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The {@code anomalies_report}: every red flag with a code, a severity, its evidence (transaction
 * or return ids, months) and a one-line explanation, most severe first: GST fraud indicators;
 * round-tripping, window dressing and regular P2P ({@code BankPatterns}); high-value entries and
 * inflow spikes ({@code BankOutliers}); income irregularity and a balance spike before the
 * application ({@code StatementTrends}).
 */
public record AnomaliesReport(int count, String highestSeverity, List<Anomaly> anomalies) {
  /** One red flag. */
  public record Anomaly(
      String code,
      String severity,
      List<String> evidence,
      List<String> periods,
      String explanation) {
    public Anomaly {
      Objects.requireNonNull(code, "code");
      evidence = List.copyOf(evidence);
      periods = List.copyOf(periods);
    }
  }

  private static final List<String> ORDER = List.of("HIGH", "MEDIUM", "LOW");

  public AnomaliesReport {
    anomalies = List.copyOf(anomalies);
  }

  public static AnomaliesReport of(GstFraudReport gst, List<BankFinding> bank) {
    List<Anomaly> all = new ArrayList<>();
    if (gst.severity() != GstFraudReport.Severity.NONE) {
      List<String> ids = new ArrayList<>();
      List<String> periods = new ArrayList<>();
      for (GstFraudReport.FlaggedReturn f : gst.flagged()) {
        ids.add(f.returnId());
        periods.add(f.period().toString());
      }
      all.add(
          new Anomaly(
              "gst_fraud_indicators",
              gst.severity().name(),
              ids,
              periods.stream().distinct().toList(),
              gst.summary()));
    }
    for (BankFinding f : bank) {
      all.add(
          new Anomaly(
              f.code(),
              f.severity().name(),
              f.transactionIds(),
              f.months().stream().map(Object::toString).toList(),
              f.explanation()));
    }
    all.sort((a, b) -> Integer.compare(ORDER.indexOf(a.severity()), ORDER.indexOf(b.severity())));
    return new AnomaliesReport(all.size(), all.isEmpty() ? "NONE" : all.get(0).severity(), all);
  }
}
