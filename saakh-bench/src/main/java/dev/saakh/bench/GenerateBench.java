package dev.saakh.bench;

import dev.saakh.core.customer.CustomerId;
import dev.saakh.core.customer.Segment;
import dev.saakh.synth.Generator;
import dev.saakh.synth.config.GeneratorConfig;
import dev.saakh.synth.lake.LakeWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * End-to-end generation benchmark: writes a whole lake (NDJSON on disk, labels included) several
 * times and reports the median throughput. Usage: {@code GenerateBench [customers] [runs]
 * [threads]}.
 */
public final class GenerateBench {
  private GenerateBench() {}

  public static void main(String[] args) throws IOException {
    int customers = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    int threads =
        args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
    GeneratorConfig config =
        GeneratorConfig.defaults(LocalDate.of(2026, 11, 22)).withScale(customers, 0);
    List<CustomerId> ids = new ArrayList<>();
    for (int i = 1; i <= customers; i++) {
      ids.add(new CustomerId(Segment.MSME, i));
    }
    Path dir = Files.createTempDirectory("saakh-bench");
    double[] rates = new double[runs];
    double[] seconds = new double[runs];
    long transactions = 0;
    for (int r = -1; r < runs; r++) {
      Path lake = dir.resolve("lake" + r);
      long start = System.nanoTime();
      LakeWriter.Summary s =
          new LakeWriter(new Generator(config), threads, false).write(ids, lake, false, n -> {});
      double t = (System.nanoTime() - start) / 1e9;
      transactions = s.transactions();
      delete(lake);
      if (r >= 0) { // run -1 is warm-up
        seconds[r] = t;
        rates[r] = s.transactions() / t;
      }
      System.out.printf(
          Locale.ROOT,
          "%s %d: %.2f s, %,.0f transactions/s%n",
          r < 0 ? "warm-up" : "run",
          r + 1,
          t,
          s.transactions() / t);
    }
    Arrays.sort(rates);
    Arrays.sort(seconds);
    System.out.printf(
        Locale.ROOT,
        "median of %d runs: %d MSME customers, %,d transactions, %.2f s, %,.0f transactions/s on %d threads, %d cores (%s %s)%n",
        runs,
        customers,
        transactions,
        seconds[runs / 2],
        rates[runs / 2],
        threads,
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.vm.name"),
        System.getProperty("java.version"));
    Files.deleteIfExists(dir);
  }

  private static void delete(Path lake) throws IOException {
    try (var walk = Files.walk(lake)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
