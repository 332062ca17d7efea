package dev.saakh.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.saakh.core.analytics.AnomaliesReport;
import dev.saakh.core.analytics.GstSummary;
import dev.saakh.core.fraud.BankFinding;
import dev.saakh.core.fraud.GstFraudReport;
import dev.saakh.core.fraud.GstIndicator;
import java.io.PrintWriter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Precision and recall of fraud detection against the generator's labels: per labelled pattern at
 * customer level (with the share of reported evidence ids that are labelled ones), and for fraud
 * customers as a whole (see {@link #fraudFlag}).
 */
final class FraudEvaluation {
  /** Label pattern → what in the reports shows it. */
  private static final Map<String, String> SHOWN_BY = new LinkedHashMap<>();

  static {
    SHOWN_BY.put("circular_flow", "anomaly circular_flow");
    SHOWN_BY.put("balance_window_dressing", "anomaly balance_window_dressing");
    SHOWN_BY.put("p2p_manipulation", "anomaly p2p_manipulation");
    SHOWN_BY.put("itc_ratio_high", "GST indicator itc_ratio_high");
    SHOWN_BY.put("late_filing", "GST indicator late_filing");
    SHOWN_BY.put("gst_turnover_inflation", "GST indicator turnover_mismatch");
  }

  /** Label patterns shown by a bank anomaly of the same code; the others by a GST indicator. */
  private static final Set<String> BANK_PATTERNS =
      Set.of(BankFinding.CIRCULAR_FLOW, BankFinding.WINDOW_DRESSING, BankFinding.P2P_MANIPULATION);

  private static final Set<String> FRAUD_PROFILES = Set.of("fraud", "fraud_p2p");
  private final Map<String, long[]> patterns = new LinkedHashMap<>(); // tp fp fn cited reported
  private final long[] customers = new long[3]; // tp fp fn

  FraudEvaluation() {
    SHOWN_BY.keySet().forEach(p -> patterns.put(p, new long[5]));
  }

  /** One customer's labels and reports. */
  void add(String profile, List<JsonNode> labels, ProfileSignatures.Reports r) {
    Map<String, Set<String>> truth = new LinkedHashMap<>();
    for (JsonNode l : labels) {
      if (l.path("kind").asText().equals("fraud") && !l.path("record_ids").isEmpty()) {
        Set<String> ids = truth.computeIfAbsent(l.path("pattern").asText(), k -> new HashSet<>());
        l.path("record_ids").forEach(id -> ids.add(id.asText()));
      }
    }
    for (Map.Entry<String, long[]> e : patterns.entrySet()) {
      List<String> evidence = evidence(e.getKey(), r);
      boolean labelled = truth.containsKey(e.getKey());
      long[] c = e.getValue();
      if (evidence != null || labelled) {
        c[evidence != null && labelled ? 0 : evidence != null ? 1 : 2]++;
      }
      if (evidence != null) {
        Set<String> ids = truth.getOrDefault(e.getKey(), Set.of());
        c[3] += evidence.stream().filter(ids::contains).count();
        c[4] += evidence.size();
      }
    }
    boolean fraud = FRAUD_PROFILES.contains(profile);
    boolean flagged = r.anomalies().anomalies().stream().anyMatch(FraudEvaluation::fraudFlag);
    if (flagged || fraud) {
      customers[flagged && fraud ? 0 : flagged ? 1 : 2]++;
    }
  }

  /**
   * A fraud flag: any HIGH anomaly, or a manipulation pattern (round-tripping, window dressing,
   * regular P2P) at MEDIUM. Outliers and income trends are not fraud flags.
   */
  static boolean fraudFlag(AnomaliesReport.Anomaly a) {
    return a.severity().equals("HIGH")
        || (a.severity().equals("MEDIUM")
            && (a.code().equals(BankFinding.CIRCULAR_FLOW)
                || a.code().equals(BankFinding.WINDOW_DRESSING)
                || a.code().equals(BankFinding.P2P_MANIPULATION)));
  }

  /** The evidence ids shown for the pattern, or null when the reports do not show it. */
  private static List<String> evidence(String pattern, ProfileSignatures.Reports r) {
    if (!BANK_PATTERNS.contains(pattern)) {
      return gst(pattern, r.gst());
    }
    for (AnomaliesReport.Anomaly a : r.anomalies().anomalies()) {
      if (a.code().equals(pattern)) {
        return a.evidence();
      }
    }
    return null;
  }

  private static List<String> gst(String pattern, GstSummary g) {
    String wanted =
        switch (pattern) {
          case "itc_ratio_high" -> GstIndicator.ITC_RATIO_HIGH;
          case "late_filing" -> GstIndicator.LATE_FILING;
          default -> GstIndicator.TURNOVER_MISMATCH;
        };
    List<String> ids =
        g.fraud().flagged().stream()
            .filter(f -> f.indicators().stream().anyMatch(i -> i.code().equals(wanted)))
            .map(GstFraudReport.FlaggedReturn::returnId)
            .toList();
    return ids.isEmpty() ? null : ids;
  }

  void print(PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "%n%-24s %-34s %4s %4s %4s %9s %7s  %s%n",
        "fraud pattern",
        "shown by",
        "tp",
        "fp",
        "fn",
        "precision",
        "recall",
        "reported evidence that is labelled");
    patterns.forEach(
        (p, c) ->
            out.printf(
                Locale.ROOT,
                "%-24s %-34s %4d %4d %4d %9s %7s  %d/%d%n",
                p,
                SHOWN_BY.get(p),
                c[0],
                c[1],
                c[2],
                EvaluateCleanCommand.ratio(c[0], c[0] + c[1]),
                EvaluateCleanCommand.ratio(c[0], c[0] + c[2]),
                c[3],
                c[4]));
    out.printf(
        Locale.ROOT,
        "%-59s %4d %4d %4d %9s %7s%n",
        "fraud customers (fraud, fraud_p2p) flagged",
        customers[0],
        customers[1],
        customers[2],
        EvaluateCleanCommand.ratio(customers[0], customers[0] + customers[1]),
        EvaluateCleanCommand.ratio(customers[0], customers[0] + customers[2]));
  }
}
