package dev.saakh.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.saakh.core.analytics.CustomerData;
import dev.saakh.core.fraud.BankTurnover;
import dev.saakh.core.fraud.GstFraud;
import dev.saakh.core.fraud.GstFraudReport;
import dev.saakh.core.lake.LakeJson;
import dev.saakh.core.lake.LakeLayout;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * GST fraud severity by generator profile on a cleaned lake ({@code saakh clean --all} first):
 * {@code java -cp saakh-bench.jar dev.saakh.bench.GstFraudProfiles LAKE}. Reads profiles from
 * labels.ndjson, which analytics itself never reads.
 */
public final class GstFraudProfiles {
  private GstFraudProfiles() {}

  public static void main(String[] args) throws IOException {
    LakeLayout lake = new LakeLayout(Path.of(args[0]));
    Map<String, String> profiles = new TreeMap<>();
    try (BufferedReader in = Files.newBufferedReader(lake.labels(), StandardCharsets.UTF_8)) {
      for (String l = in.readLine(); l != null; l = in.readLine()) {
        if (l.contains("\"kind\":\"customer\"") && l.contains("\"segment\":\"MSME\"")) {
          JsonNode n = LakeJson.mapper().readTree(l);
          profiles.put(n.get("customer_id").asText(), n.get("profile").asText());
        }
      }
    }
    Map<String, int[]> byProfile = new TreeMap<>();
    for (Map.Entry<String, String> e : profiles.entrySet()) {
      CustomerData d = CustomerData.read(lake, e.getKey());
      GstFraudReport r =
          GstFraud.detect(d.gst(), BankTurnover.monthly(d.transactions(), d.accounts()));
      int[] c = byProfile.computeIfAbsent(e.getValue(), k -> new int[4]);
      c[r.severity().ordinal()]++;
      c[3] += r.indicatorCount();
    }
    System.out.printf(
        "%-24s %6s %6s %6s %10s%n", "profile", "NONE", "MEDIUM", "HIGH", "indicators");
    byProfile.forEach(
        (k, c) -> System.out.printf("%-24s %6d %6d %6d %10d%n", k, c[0], c[1], c[2], c[3]));
  }
}
