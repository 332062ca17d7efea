package dev.saakh.synth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.saakh.core.bank.TxnType;
import dev.saakh.core.clean.Narration;
import dev.saakh.core.clean.NarrationParser;
import dev.saakh.core.lake.LakeLayout;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Narration intelligence measured against the generator's truth on a generated population: accuracy
 * per derived field, and the categories it confuses most.
 */
class NarrationAccuracyTest {
  @TempDir Path tmp;

  @Test
  void derivedFieldsMatchTheTruth() throws IOException {
    LakeLayout lake =
        new LakeLayout(TestingLake.write(TestingLake.config(20, 20, true), tmp.resolve("lake"), 2));
    NarrationParser parser = NarrationParser.defaults();
    int total = 0;
    Map<String, Integer> right = new TreeMap<>();
    Map<String, Integer> confusion = new TreeMap<>();
    for (JsonNode l : TestingLake.lines(lake.labels())) {
      if (!l.get("kind").asText().equals("truth")
          || !l.get("dataset").asText().equals("transactions")) {
        continue;
      }
      JsonNode t = l.get("record");
      Narration n =
          parser.parse(t.get("narration").asText(), TxnType.valueOf(t.get("type").asText()));
      total++;
      count(right, "channel", t, n.channel().name());
      count(right, "category", t, n.category().name());
      count(right, "counterparty", t, n.counterparty());
      count(right, "vpa", t, n.vpa());
      count(right, "ifsc", t, n.ifsc());
      count(right, "reference", t, n.reference());
      count(right, "direction", t, n.direction() == null ? null : n.direction().name());
      if (!t.get("category").asText().equals(n.category().name())) {
        confusion.merge(t.get("category").asText() + " -> " + n.category(), 1, Integer::sum);
      }
    }
    StringBuilder report =
        new StringBuilder("narration accuracy over " + total + " transactions:\n");
    for (Map.Entry<String, Integer> e : right.entrySet()) {
      report.append(
          String.format(Locale.ROOT, "  %-12s %.4f%n", e.getKey(), e.getValue() / (double) total));
    }
    report.append("worst category confusions:\n");
    confusion.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(8)
        .forEach(
            e ->
                report
                    .append("  ")
                    .append(e.getKey())
                    .append(": ")
                    .append(e.getValue())
                    .append('\n'));
    System.out.println(report);
    assertThat(right.get("channel") / (double) total)
        .as(report.toString())
        .isGreaterThanOrEqualTo(0.99);
    assertThat(right.get("category") / (double) total)
        .as(report.toString())
        .isGreaterThanOrEqualTo(0.95);
  }

  private static void count(
      Map<String, Integer> right, String field, JsonNode truth, String value) {
    JsonNode expected = truth.get(field);
    boolean same = expected.isNull() ? value == null : Objects.equals(expected.asText(), value);
    right.merge(field, same ? 1 : 0, Integer::sum);
  }
}
