package dev.saakh.cli;

import dev.saakh.core.decide.Decider;
import dev.saakh.core.decide.Decision;
import dev.saakh.core.lake.LakeJson;
import dev.saakh.core.lake.LakeLayout;
import dev.saakh.core.money.IndianFormat;
import dev.saakh.core.pipeline.InputGap;
import dev.saakh.core.pipeline.Underwriting;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code saakh underwrite --all}: every customer of the lake, each alone (its own data, clean,
 * analysis and decision; nothing shared), on a few workers, with a progress bar, a table of
 * outcomes by profile (by segment when the lake has no labels), the stopped customers with their
 * reasons, and {@code decisions/summary.csv|ndjson} with one row per customer.
 */
final class UnderwriteAll {
  /** Stopped customers listed on the terminal; the summary files hold all of them. */
  private static final int LISTED = 50;

  private final Underwriting uw;
  private final CustomerSource source;
  private final LakeLayout layout;
  private final Decider.Request request;
  private final PrintWriter err;

  UnderwriteAll(
      Underwriting uw,
      CustomerSource source,
      LakeLayout layout,
      Decider.Request request,
      PrintWriter err) {
    this.uw = uw;
    this.source = source;
    this.layout = layout;
    this.request = request;
    this.err = err;
  }

  int run(int workers, PrintWriter out) throws IOException {
    List<String> ids = source.lakeCustomers();
    if (ids.isEmpty()) {
      throw new IllegalArgumentException("no customers in " + layout.root());
    }
    long start = System.nanoTime();
    List<BatchSummary> rows = decideAll(ids, workers);
    Path summary = BatchSummary.write(layout, rows);
    print(out, table(rows, groups(ids)), (System.nanoTime() - start) / 1e9);
    long stopped = rows.stream().filter(BatchSummary::stopped).count();
    printStopped(out, rows, stopped);
    out.println("per-customer summary: " + summary + " (and summary.ndjson)");
    for (InputGap g : source.lakeGaps()) {
      err.println(
          "saakh: warning: " + g.where() + ": " + g.what() + "; such cases are REFER at most");
    }
    if (stopped == rows.size()) {
      err.println("saakh: every customer was stopped; no decision was made");
      return Main.ALL_STOPPED;
    }
    return source.lakeGaps().isEmpty() ? 0 : Main.DAMAGED_INPUT;
  }

  private List<BatchSummary> decideAll(List<String> ids, int workers) throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    AtomicInteger done = new AtomicInteger();
    Progress bar = Progress.onTerminal(err, ids.size());
    try {
      List<Future<BatchSummary>> results = new ArrayList<>();
      for (String id : ids) {
        results.add(pool.submit(() -> one(id, done, bar)));
      }
      List<BatchSummary> rows = new ArrayList<>();
      for (Future<BatchSummary> f : results) {
        rows.add(Tasks.await(f));
      }
      return rows;
    } finally {
      pool.shutdownNow();
      bar.finish();
    }
  }

  private BatchSummary one(String id, AtomicInteger done, Progress bar) throws IOException {
    Underwriting.Result r = source.underwrite(uw, id, request);
    UnderwriteCommand.store(new DecisionStore(layout), r);
    bar.accept(done.incrementAndGet());
    return BatchSummary.of(r);
  }

  private static Map<String, long[]> table(List<BatchSummary> rows, Map<String, String> groups) {
    Map<String, long[]> table = new TreeMap<>();
    for (BatchSummary row : rows) {
      long[] counts = table.computeIfAbsent(groups.get(row.customerId()), k -> new long[4]);
      counts[column(row.outcome())]++;
    }
    return table;
  }

  private static int column(String outcome) {
    return switch (outcome) {
      case "APPROVE" -> 0;
      case "REFER" -> 1;
      case "REJECT" -> 2;
      default -> 3;
    };
  }

  /** Customer → profile from the labels, or segment when there are none. */
  private Map<String, String> groups(List<String> ids) {
    Map<String, String> out = new HashMap<>();
    ids.forEach(id -> out.put(id, id.startsWith("CUST_MSM_") ? "(MSME)" : "(consumer)"));
    if (!Files.exists(layout.labels())) {
      return out;
    }
    try (BufferedReader in = Files.newBufferedReader(layout.labels(), StandardCharsets.UTF_8)) {
      for (String l = in.readLine(); l != null; l = in.readLine()) {
        if (l.contains("\"kind\":\"customer\"")) {
          var n = LakeJson.mapper().readTree(l);
          out.computeIfPresent(
              n.path("customer_id").asText(), (k, v) -> n.path("profile").asText());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static void print(PrintWriter out, Map<String, long[]> table, double seconds) {
    String row = "%-24s %8s %8s %8s %8s%n";
    out.printf(
        Locale.ROOT,
        row,
        "profile",
        Decision.Outcome.APPROVE,
        Decision.Outcome.REFER,
        Decision.Outcome.REJECT,
        BatchSummary.STOPPED);
    long[] total = new long[4];
    table.forEach(
        (k, counts) -> {
          out.printf(Locale.ROOT, row, cells(k, counts));
          for (int i = 0; i < 4; i++) {
            total[i] += counts[i];
          }
        });
    out.printf(Locale.ROOT, row, cells("all", total));
    long n = total[0] + total[1] + total[2] + total[3];
    out.printf(
        Locale.ROOT,
        "underwrote %s in %.1f s; decisions in LAKE/decisions/<ID>/decision.json%n",
        IndianFormat.count(n, "customer"),
        seconds);
  }

  private static Object[] cells(String group, long[] counts) {
    Object[] out = new Object[counts.length + 1];
    out[0] = group;
    for (int i = 0; i < counts.length; i++) {
      out[i + 1] = IndianFormat.count(counts[i]);
    }
    return out;
  }

  private static void printStopped(PrintWriter out, List<BatchSummary> rows, long stopped) {
    if (stopped == 0) {
      return;
    }
    out.println("stopped " + IndianFormat.count(stopped, "customer") + ":");
    rows.stream()
        .filter(BatchSummary::stopped)
        .limit(LISTED)
        .forEach(r -> out.println("  " + r.customerId() + ": " + r.decidedBy()));
    if (stopped > LISTED) {
      out.println("  … and " + IndianFormat.count(stopped - LISTED) + " more in the summary");
    }
  }
}
