package dev.saakh.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.saakh.core.analytics.CustomerData;
import dev.saakh.core.fraud.BankFinding;
import dev.saakh.core.fraud.BankPatterns;
import dev.saakh.core.lake.LakeJson;
import dev.saakh.core.lake.LakeLayout;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Customer-level precision and recall of the bank manipulation patterns against the generator's
 * fraud labels, on a cleaned lake: {@code java -cp saakh-bench.jar dev.saakh.bench.FraudRecall
 * LAKE}. Also the share of labelled transactions the findings cite.
 */
public final class FraudRecall {
  private FraudRecall() {}

  public static void main(String[] args) throws IOException {
    LakeLayout lake = new LakeLayout(Path.of(args[0]));
    Set<String> customers = new HashSet<>();
    Map<String, Set<String>> truth = new HashMap<>(); // code → customers
    Map<String, Set<String>> truthIds = new HashMap<>(); // code → record ids
    try (BufferedReader in = Files.newBufferedReader(lake.labels(), StandardCharsets.UTF_8)) {
      for (String l = in.readLine(); l != null; l = in.readLine()) {
        if (l.contains("\"kind\":\"customer\"")) {
          customers.add(LakeJson.mapper().readTree(l).get("customer_id").asText());
        } else if (l.contains("\"kind\":\"fraud\"")) {
          JsonNode n = LakeJson.mapper().readTree(l);
          String code = n.get("pattern").asText();
          truth.computeIfAbsent(code, k -> new HashSet<>()).add(n.get("customer_id").asText());
          n.get("record_ids")
              .forEach(id -> truthIds.computeIfAbsent(code, k -> new HashSet<>()).add(id.asText()));
        }
      }
    }
    Map<String, int[]> counts = new TreeMap<>(); // tp, fp, fn, cited, labelled
    for (String id : customers) {
      List<BankFinding> found = BankPatterns.detect(CustomerData.read(lake, id).transactions());
      for (String code : List.of(BankFinding.CIRCULAR_FLOW, BankFinding.WINDOW_DRESSING)) {
        boolean isTrue = truth.getOrDefault(code, Set.of()).contains(id);
        BankFinding f = found.stream().filter(x -> x.code().equals(code)).findFirst().orElse(null);
        int[] c = counts.computeIfAbsent(code, k -> new int[5]);
        c[f != null && isTrue ? 0 : f != null ? 1 : isTrue ? 2 : 4]++;
        if (f != null) {
          c[3] +=
              (int)
                  f.transactionIds().stream()
                      .filter(t -> truthIds.getOrDefault(code, Set.of()).contains(t))
                      .count();
        }
      }
    }
    System.out.printf(
        "%-26s %4s %4s %4s %9s %7s %s%n",
        "pattern", "tp", "fp", "fn", "precision", "recall", "labelled ids cited");
    counts.forEach(
        (code, c) ->
            System.out.printf(
                "%-26s %4d %4d %4d %9.3f %7.3f %d/%d%n",
                code,
                c[0],
                c[1],
                c[2],
                c[0] / Math.max(1.0, c[0] + c[1]),
                c[0] / Math.max(1.0, c[0] + c[2]),
                c[3],
                truthIds.getOrDefault(code, Set.of()).size()));
  }
}
