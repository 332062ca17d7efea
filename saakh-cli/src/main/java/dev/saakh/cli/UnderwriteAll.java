package dev.saakh.cli;

import dev.saakh.core.decide.Decider;
import dev.saakh.core.decide.Decision;
import dev.saakh.core.lake.LakeJson;
import dev.saakh.core.lake.LakeLayout;
import dev.saakh.core.pipeline.Underwriting;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * {@code saakh underwrite --all}: every customer of the lake, each alone (its own raw lines, its
 * own clean, analysis and decision; nothing shared), on a few workers, with a progress bar and a
 * final table of outcomes by profile (by segment when the lake has no labels).
 */
final class UnderwriteAll {
  private final Underwriting uw;
  private final RawSource source;
  private final LakeLayout layout;
  private final Decider.Request request;
  private final PrintWriter progress;

  UnderwriteAll(
      Underwriting uw,
      RawSource source,
      LakeLayout layout,
      Decider.Request request,
      PrintWriter progress) {
    this.uw = uw;
    this.source = source;
    this.layout = layout;
    this.request = request;
    this.progress = progress;
  }

  int run(int workers, PrintWriter out) throws IOException {
    List<String> ids = source.lakeCustomers();
    if (ids.isEmpty()) {
      throw new IllegalArgumentException("no customers in " + layout.rawDir());
    }
    Map<String, String> groups = groups(ids);
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, workers));
    AtomicInteger done = new AtomicInteger();
    Progress bar = Progress.onTerminal(progress, ids.size());
    long start = System.nanoTime();
    try {
      List<Future<String>> results = new ArrayList<>();
      for (String id : ids) {
        results.add(pool.submit(() -> one(id, done, bar)));
      }
      Map<String, long[]> table = new TreeMap<>();
      for (int i = 0; i < ids.size(); i++) {
        String outcome = get(results.get(i));
        long[] row = table.computeIfAbsent(groups.get(ids.get(i)), k -> new long[4]);
        row[outcomeColumn(outcome)]++;
      }
      bar.finish();
      print(out, table, ids.size(), (System.nanoTime() - start) / 1e9);
    } finally {
      pool.shutdownNow();
    }
    return 0;
  }

  private String one(String id, AtomicInteger done, Progress progress) throws IOException {
    Underwriting.Result r = uw.run(id, source.read(id), request);
    String outcome;
    if (r instanceof Underwriting.Decided d) {
      UnderwriteCommand.write(layout, d);
      outcome = d.record().decision().outcome().name();
    } else {
      outcome = "STOPPED";
    }
    progress.accept(done.incrementAndGet());
    return outcome;
  }

  private static String get(Future<String> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static int outcomeColumn(String outcome) {
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

  private static void print(PrintWriter out, Map<String, long[]> table, int n, double seconds) {
    out.printf(
        Locale.ROOT,
        "%-24s %8s %8s %8s %8s%n",
        "profile",
        Decision.Outcome.APPROVE,
        Decision.Outcome.REFER,
        Decision.Outcome.REJECT,
        "STOPPED");
    long[] total = new long[4];
    table.forEach(
        (k, row) -> {
          out.printf(Locale.ROOT, "%-24s %8d %8d %8d %8d%n", k, row[0], row[1], row[2], row[3]);
          for (int i = 0; i < 4; i++) {
            total[i] += row[i];
          }
        });
    out.printf(
        Locale.ROOT, "%-24s %8d %8d %8d %8d%n", "all", total[0], total[1], total[2], total[3]);
    out.printf(
        Locale.ROOT,
        "underwrote %d customers in %.1f s; decisions in LAKE/decisions/<ID>/decision.json%n",
        n,
        seconds);
  }
}
