package dev.saakh.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.saakh.core.clean.CleanResult;
import dev.saakh.core.clean.Cleaner;
import dev.saakh.core.clean.RawIndex;
import dev.saakh.core.lake.LakeLayout;
import dev.saakh.core.money.IndianFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code saakh evaluate-clean}: cleaning measured against the generator's ground truth. */
@Command(
    name = "evaluate-clean",
    mixinStandardHelpOptions = true,
    description = {
      "Clean every customer of a generated lake in memory (nothing is written) and compare with",
      "LAKE/labels.ndjson: duplicate precision/recall, what became of each injected defect, field",
      "accuracy against the true records, channel and category accuracy, worst confusions.",
      "Transaction field accuracy needs a lake generated with labels.transaction_truth on."
    })
final class EvaluateCleanCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin LakeOption lake = new LakeOption();

  @Override
  public Integer call() throws IOException {
    Settings s = new Settings(System.getenv());
    LakeLayout layout = lake.layout(s);
    CleanEvaluation eval = new CleanEvaluation();
    Cleaner cleaner = Cleaner.withDefaults();
    try (LabelBlocks labels = new LabelBlocks(layout.labels())) {
      RawIndex index = RawIndex.scan(layout);
      for (List<JsonNode> block = labels.next(); block != null; block = labels.next()) {
        String id = block.get(0).path("customer_id").asText();
        CleanResult result = cleaner.clean(id, index.read(id));
        eval.add(result, block);
      }
    }
    print(spec.commandLine().getOut(), eval);
    return 0;
  }

  static void print(PrintWriter out, CleanEvaluation e) {
    out.printf(
        Locale.ROOT,
        "customers: %s (raw = clean + quarantined + duplicates held for all)%n",
        IndianFormat.count(e.customers));
    out.printf(
        Locale.ROOT,
        "duplicates: %s labelled, %s removed; precision %s, recall %s, pointer to kept record right"
            + " %s%n",
        IndianFormat.count(e.dupTruth),
        IndianFormat.count(e.dupPredicted),
        ratio(e.dupHit, e.dupPredicted),
        ratio(e.dupHit, e.dupTruth),
        ratio(e.dupPointerRight, e.dupHit));
    out.printf(
        Locale.ROOT,
        "quarantine: %s records; %s of them carry a labelled defect%n",
        IndianFormat.count(e.flagged),
        ratio(e.flaggedWithDefect, e.flagged));
    out.println();
    out.println("injected defects and what cleaning did with them:");
    for (Map.Entry<String, Map<String, Long>> k : e.defects.entrySet()) {
      long total = k.getValue().values().stream().mapToLong(Long::longValue).sum();
      StringBuilder b = new StringBuilder();
      k.getValue()
          .forEach(
              (outcome, n) ->
                  b.append(String.format(Locale.ROOT, "; %s %s", outcome, IndianFormat.count(n))));
      out.printf(Locale.ROOT, "  %-34s %8s%s%n", k.getKey(), IndianFormat.count(total), b);
    }
    transactions(out, e);
    fields(out, "other datasets, fields vs truth (clean records only):", worst(e.recordFields));
  }

  private static void transactions(PrintWriter out, CleanEvaluation e) {
    fields(out, "transaction fields vs truth, clean narrations:", e.txnFields);
    fields(out, "transaction fields vs truth, noisy narrations:", e.noisyFields);
    fields(out, "transaction fields vs truth, narration missing:", e.unreadFields);
    if (!e.byChannel.isEmpty()) {
      out.println();
      out.println(
          "by true channel (narration present): transactions, channel accuracy, category accuracy");
      e.byChannel.forEach(
          (ch, c) ->
              out.printf(
                  Locale.ROOT,
                  "  %-10s %8d  %s  %s%n",
                  ch,
                  c[0],
                  ratio(c[1], c[0]),
                  ratio(c[2], c[0])));
      out.println();
      out.println("worst category confusions, narration present (truth → cleaned):");
      e.confusion.entrySet().stream()
          .sorted(
              Map.Entry.<String, Long>comparingByValue()
                  .reversed()
                  .thenComparing(Map.Entry.comparingByKey()))
          .limit(12)
          .forEach(c -> out.printf(Locale.ROOT, "  %-40s %6d%n", c.getKey(), c.getValue()));
    } else {
      out.println();
      out.println(
          "(no transaction truth in labels: generate with labels.transaction_truth on"
              + " for transaction field accuracy)");
    }
  }

  private static Map<String, long[]> worst(Map<String, long[]> all) {
    Map<String, long[]> out = new java.util.TreeMap<>();
    long[] total = new long[2];
    all.forEach(
        (k, v) -> {
          total[0] += v[0];
          total[1] += v[1];
          if (v[0] < v[1]) {
            out.put(k, v);
          }
        });
    if (total[1] > 0) {
      out.put("(all fields)", total);
    }
    return out;
  }

  private static void fields(PrintWriter out, String title, Map<String, long[]> f) {
    if (f.isEmpty()) {
      return;
    }
    out.println();
    out.println(title);
    f.forEach(
        (k, c) ->
            out.printf(
                Locale.ROOT, "  %-34s %s of %s%n", k, ratio(c[0], c[1]), IndianFormat.count(c[1])));
  }

  static String ratio(long n, long d) {
    return d == 0 ? "n/a" : String.format(Locale.ROOT, "%.4f", (double) n / d);
  }
}
