package dev.saakh.synth.lake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.saakh.core.customer.CustomerId;
import dev.saakh.core.lake.Dataset;
import dev.saakh.core.lake.LakeLayout;
import dev.saakh.synth.Generator;
import dev.saakh.synth.config.ConfigFile;
import dev.saakh.synth.render.CustomerFiles;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Generates customers on {@code threads} workers and appends their files in customer order, so the
 * bytes never depend on the thread count. Everything is written into a staging folder beside the
 * lake and moved into place only when complete: a failure leaves nothing half-written, and a run
 * killed while replacing a lake leaves the old or the new one complete ({@link Staging}).
 */
public final class LakeWriter {
  /** The engine version recorded in every lake manifest. */
  public static final String VERSION = "0.1.0";

  /** What was written. */
  public record Summary(int customers, Map<Dataset, Long> records, long transactions) {}

  private final Generator generator;
  private final int threads;
  private final boolean rebit;

  public LakeWriter(Generator generator, int threads, boolean rebit) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    this.generator = generator;
    this.threads = threads;
    this.rebit = rebit;
  }

  /**
   * Writes the customers {@code ids} as a new lake at {@code lake}, replacing an existing one only
   * when {@code overwrite}. {@code progress} receives the number of customers done so far.
   */
  public Summary write(List<CustomerId> ids, Path lake, boolean overwrite, IntConsumer progress)
      throws IOException {
    return write(ids, lake, overwrite, progress, notice -> {});
  }

  /**
   * As {@link #write(List, Path, boolean, IntConsumer)}; {@code notices} hears, one sentence each,
   * what was tidied up after an earlier run that was killed (a lake restored, folders removed).
   *
   * <p>Only a Saakh lake is ever replaced: a non-empty folder without a {@code lake.json} written
   * by saakh generate, or holding anything that is not part of a lake, is refused, as are a
   * symbolic link, the root and the folder saakh runs in. The new lake is written beside the old
   * one and swapped in so that a run killed at any moment leaves one of the two complete.
   */
  public Summary write(
      List<CustomerId> ids,
      Path lake,
      boolean overwrite,
      IntConsumer progress,
      Consumer<String> notices)
      throws IOException {
    LakeFolder target = new LakeFolder(lake.toAbsolutePath().normalize());
    target.checkWritable();
    Leftovers.recover(target.path()).forEach(notices);
    target.checkReplaceable(overwrite);
    Files.createDirectories(target.path().getParent());
    Path tmp = Staging.create(target.path(), Staging.Kind.TMP);
    try {
      Summary summary = writeInto(ids, new LakeLayout(tmp), progress);
      manifest(new LakeLayout(tmp), ids, summary);
      Staging.replace(tmp, target, overwrite);
      return summary;
    } catch (IOException | RuntimeException e) {
      Staging.delete(tmp);
      throw e;
    }
  }

  private Summary writeInto(List<CustomerId> ids, LakeLayout layout, IntConsumer progress)
      throws IOException {
    Files.createDirectories(layout.rawDir());
    Map<Dataset, OutputStream> raw = new EnumMap<>(Dataset.class);
    Map<Dataset, Long> counts = new EnumMap<>(Dataset.class);
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "saakh-generate");
              t.setDaemon(true);
              return t;
            });
    try (OutputStream labels = open(layout.labels())) {
      for (Dataset d : Dataset.values()) {
        raw.put(d, open(layout.raw(d)));
        counts.put(d, 0L);
      }
      ArrayDeque<Future<CustomerFiles>> inFlight = new ArrayDeque<>();
      int next = 0;
      int done = 0;
      while (done < ids.size()) {
        while (next < ids.size() && inFlight.size() < threads * 4) {
          CustomerId id = ids.get(next++);
          inFlight.add(
              pool.submit(
                  () -> CustomerFiles.render(generator.model(id), generator.config(), rebit)));
        }
        CustomerFiles files = take(inFlight.poll());
        for (Dataset d : Dataset.values()) {
          files.writeRaw(d, raw.get(d));
          counts.merge(d, (long) files.records(d), Long::sum);
        }
        files.writeLabels(labels);
        if (files.hasRebit()) {
          Path doc = layout.rebitDir(files.customerId()).resolve("deposit.json");
          Files.createDirectories(doc.getParent());
          try (OutputStream out = open(doc)) {
            files.writeRebit(out);
          }
        }
        progress.accept(++done);
      }
    } finally {
      pool.shutdownNow();
      for (OutputStream out : raw.values()) {
        out.close();
      }
    }
    return new Summary(ids.size(), counts, counts.get(Dataset.TRANSACTIONS));
  }

  private static CustomerFiles take(Future<CustomerFiles> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("generation interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("generation failed: " + e.getCause(), e.getCause());
    }
  }

  private void manifest(LakeLayout layout, List<CustomerId> ids, Summary summary)
      throws IOException {
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = json.createObjectNode();
    root.put("engine", "saakh");
    root.put("version", VERSION);
    root.set("config", ConfigFile.toJson(generator.config()));
    ArrayNode customers = root.putArray("customer_ids");
    if (ids.size() <= 20) {
      ids.forEach(id -> customers.add(id.toString()));
    } else {
      customers.add(ids.get(0).toString()).add("…").add(ids.get(ids.size() - 1).toString());
    }
    ObjectNode records = root.putObject("raw_records");
    summary.records().forEach((d, n) -> records.put(d.fileName(), n));
    Files.write(layout.manifest(), json.writeValueAsBytes(root));
  }

  private static OutputStream open(Path file) throws IOException {
    return new BufferedOutputStream(Files.newOutputStream(file), 1 << 20);
  }
}
