package dev.saakh.server.console;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.TreeSet;

/** The GST return periods the fraud indicators name, for the GST tab to highlight. */
final class GstFlags {
  private GstFlags() {}

  /** Periods of flagged returns, and the periods of the GST fraud anomaly. */
  static Set<String> periods(JsonNode gstSummary, JsonNode anomalies) {
    Set<String> out = new TreeSet<>();
    for (JsonNode f : gstSummary.path("fraud").path("flagged")) {
      out.add(f.path("period").asText());
    }
    if (anomalies != null) {
      for (JsonNode a : anomalies.path("anomalies")) {
        if (a.path("code").asText().startsWith("gst")) {
          a.path("periods").forEach(p -> out.add(p.asText()));
        }
      }
    }
    return out;
  }
}
