package dev.saakh.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.saakh.core.analytics.Analysis;
import dev.saakh.core.analytics.CustomerData;
import dev.saakh.core.clean.Cleaner;
import dev.saakh.core.clean.RawIndex;
import dev.saakh.core.lake.LakeLayout;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code saakh evaluate}: clean + analyze every customer and compare with the profile labels. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Clean and analyze every customer of a generated lake in memory and check that each",
      "profile's signature shows (growth, decline, seasonality, concentration, fraud…): per",
      "signature, the share of that profile's customers showing it and the share of other",
      "customers of the same segment wrongly showing it. Then, per labelled fraud pattern,",
      "customer-level precision and recall, and how many fraud customers a HIGH anomaly flags."
    })
final class EvaluateCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin LakeOption lake = new LakeOption();

  @Override
  public Integer call() throws IOException {
    LakeLayout layout = lake.layout(new Settings(System.getenv()));
    Map<String, Predicate<ProfileSignatures.Reports>> signatures = ProfileSignatures.all();
    Map<String, long[]> counts = new TreeMap<>(); // signature → hit, of, false hit, others
    Cleaner cleaner = Cleaner.withDefaults();
    FraudEvaluation fraud = new FraudEvaluation();
    try (LabelBlocks labels = new LabelBlocks(layout.labels())) {
      RawIndex index = RawIndex.scan(layout);
      for (List<JsonNode> block = labels.next(); block != null; block = labels.next()) {
        JsonNode customer =
            block.stream()
                .filter(l -> l.path("kind").asText().equals("customer"))
                .findFirst()
                .orElse(null);
        if (customer == null) {
          continue;
        }
        String id = customer.path("customer_id").asText();
        String profile = customer.path("profile").asText();
        String segment = customer.path("segment").asText();
        ProfileSignatures.Reports r =
            new ProfileSignatures.Reports(
                Analysis.run(CustomerData.of(cleaner.clean(id, index.read(id)))));
        fraud.add(profile, block, r);
        for (Map.Entry<String, Predicate<ProfileSignatures.Reports>> s : signatures.entrySet()) {
          boolean segmentOf = segmentOf(s.getKey()).equals(segment);
          if (!segmentOf) {
            continue;
          }
          long[] c = counts.computeIfAbsent(s.getKey(), k -> new long[4]);
          boolean shows = s.getValue().test(r);
          if (s.getKey().equals(profile)) {
            c[0] += shows ? 1 : 0;
            c[1]++;
          } else {
            c[2] += shows ? 1 : 0;
            c[3]++;
          }
        }
      }
    }
    print(spec.commandLine().getOut(), counts);
    fraud.print(spec.commandLine().getOut());
    return 0;
  }

  private static String segmentOf(String profile) {
    return switch (profile) {
      case "salaried_stable", "gig_income", "over_leveraged", "fraud_p2p", "impulse_spender" ->
          "CONSUMER";
      default -> "MSME";
    };
  }

  private static void print(PrintWriter out, Map<String, long[]> counts) {
    out.printf(
        Locale.ROOT,
        "%-24s %22s %26s%n",
        "profile signature",
        "shown by its profile",
        "shown by other profiles");
    counts.forEach(
        (k, c) ->
            out.printf(
                Locale.ROOT,
                "%-24s %10d/%-4d %6s %12d/%-4d %6s%n",
                k,
                c[0],
                c[1],
                EvaluateCleanCommand.ratio(c[0], c[1]),
                c[2],
                c[3],
                EvaluateCleanCommand.ratio(c[2], c[3])));
  }
}
