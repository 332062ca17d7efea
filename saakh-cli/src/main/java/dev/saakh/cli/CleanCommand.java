package dev.saakh.cli;

import dev.saakh.core.clean.AccountChain;
import dev.saakh.core.clean.CleanFiles;
import dev.saakh.core.clean.CleanResult;
import dev.saakh.core.clean.Cleaner;
import dev.saakh.core.clean.Quarantined;
import dev.saakh.core.clean.RawIndex;
import dev.saakh.core.clean.RawLine;
import dev.saakh.core.lake.Dataset;
import dev.saakh.core.lake.LakeLayout;
import dev.saakh.core.money.IndianFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code saakh clean}: raw lake records → clean, quarantine and a clean log, per customer. */
@Command(
    name = "clean",
    mixinStandardHelpOptions = true,
    description = {
      "Clean and validate a customer's raw records: writes LAKE/clean/ID/<dataset>_clean.ndjson,",
      "LAKE/quarantine/ID/<dataset>.ndjson (raw line + reason codes) and",
      "LAKE/logs/ID/clean_log.json. Every raw record ends up clean, quarantined or a duplicate."
    })
final class CleanCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin LakeOption lake = new LakeOption();

  @ArgGroup(multiplicity = "1")
  Which which;

  static final class Which {
    @Option(names = "--customer", paramLabel = "ID", description = "Clean this customer.")
    String customer;

    @Option(names = "--all", description = "Clean every customer of the lake, each in isolation.")
    boolean all;
  }

  @Option(
      names = "--delete-raw",
      description =
          "After a customer is cleaned, remove its lines from the raw files (over-long lines,"
              + " which quarantine keeps only the start of, stay).")
  boolean deleteRaw;

  @Option(
      names = "--threads",
      paramLabel = "T",
      description =
          "With --all: customers cleaned at once, each alone on its thread (default: cores)."
              + " Output does not depend on it.")
  Integer threads;

  @Override
  public Integer call() throws IOException {
    Settings s = new Settings(System.getenv());
    int workers = Values.threads(s, threads); // refused alike with --customer, which uses one
    LakeLayout layout = lake.layout(s);
    if (!Files.isDirectory(layout.rawDir())) {
      throw new IllegalArgumentException(
          "no raw data: " + layout.rawDir() + " is not a folder (run 'saakh generate' first)");
    }
    RawIndex index = RawIndex.scan(layout);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (which.customer != null) {
      String id = which.customer.trim();
      if (!index.has(id)) {
        CleanSummary.warnings(err, index, layout, false);
        throw new IllegalArgumentException(
            "customer " + id + " has no raw records in " + layout.rawDir());
      }
      long start = System.nanoTime();
      CleanResult result = Cleaner.withDefaults().clean(id, index.read(id));
      CleanFiles.write(layout, result);
      CleanSummary.customer(out, result, (System.nanoTime() - start) / 1e6, layout);
      if (deleteRaw) {
        out.printf(
            Locale.ROOT,
            "deleted %s of %s%n",
            IndianFormat.count(index.deleteRaw(Set.of(id)), "raw line"),
            id);
      }
      return CleanSummary.warnings(err, index, layout, false) ? Main.DAMAGED_INPUT : 0;
    }
    return all(layout, index, workers, out);
  }

  private int all(LakeLayout layout, RawIndex index, int workers, PrintWriter out)
      throws IOException {
    List<String> ids = index.customers();
    Progress progress = Progress.onTerminal(spec.commandLine().getErr(), ids.size());
    CleanSummary.Totals totals = new CleanSummary.Totals();
    long start = System.nanoTime();
    ThreadLocal<Cleaner> cleaners = ThreadLocal.withInitial(Cleaner::withDefaults);
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    AtomicInteger done = new AtomicInteger();
    try {
      List<Future<?>> tasks = new ArrayList<>();
      for (String id : ids) {
        tasks.add(
            pool.submit(
                () -> {
                  CleanResult result = cleaners.get().clean(id, index.read(id));
                  CleanFiles.write(layout, result);
                  totals.add(result);
                  int n = done.incrementAndGet();
                  progress.accept(n);
                  return null;
                }));
      }
      for (Future<?> task : tasks) {
        Tasks.await(task);
      }
    } finally {
      pool.shutdownNow();
    }
    progress.finish();
    Map<Dataset, Long> orphans = unattributed(layout, index);
    CleanSummary.all(out, totals, ids.size(), (System.nanoTime() - start) / 1e9, orphans);
    if (deleteRaw) {
      out.printf(
          Locale.ROOT,
          "deleted %s%n",
          IndianFormat.count(index.deleteRaw(new HashSet<>(ids)), "raw line"));
    }
    boolean damaged = CleanSummary.warnings(spec.commandLine().getErr(), index, layout, true);
    return damaged ? Main.DAMAGED_INPUT : 0;
  }

  /**
   * Quarantines the lines that name no customer under {@code _unattributed}; returns how many per
   * dataset.
   */
  private static Map<Dataset, Long> unattributed(LakeLayout layout, RawIndex index)
      throws IOException {
    Path dir = layout.quarantine(RawIndex.UNATTRIBUTED, Dataset.CUSTOMERS).getParent();
    Map<Dataset, Long> counts = new EnumMap<>(Dataset.class);
    for (Map.Entry<Dataset, List<RawLine>> e : index.unattributed().entrySet()) {
      Path file = dir.resolve(e.getKey().fileName() + ".ndjson");
      Files.deleteIfExists(file);
      counts.put(e.getKey(), (long) e.getValue().size());
      if (e.getValue().isEmpty()) {
        continue;
      }
      List<Quarantined> q = new ArrayList<>();
      for (RawLine line : e.getValue()) {
        q.add(Quarantined.unattributed(e.getKey(), line));
      }
      Files.createDirectories(dir);
      CleanFiles.lines(file, q);
    }
    return counts;
  }

  static String chains(List<AccountChain> chains) {
    long links = chains.stream().mapToLong(AccountChain::linksChecked).sum();
    long breaks = chains.stream().mapToLong(AccountChain::breakCount).sum();
    return "balance chains: "
        + IndianFormat.count(chains.size(), "account")
        + ", "
        + IndianFormat.count(links, "link")
        + " checked, "
        + IndianFormat.count(breaks, "break");
  }
}
