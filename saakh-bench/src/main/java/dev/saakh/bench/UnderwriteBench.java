package dev.saakh.bench;

import dev.saakh.core.customer.CustomerId;
import dev.saakh.core.decide.Decider;
import dev.saakh.core.lake.LakeJson;
import dev.saakh.core.pipeline.Underwriting;
import dev.saakh.core.policy.PolicyFile;
import dev.saakh.synth.Generator;
import dev.saakh.synth.config.GeneratorConfig;
import dev.saakh.synth.render.CustomerFiles;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * End to end, in memory: generate each customer (simulated FIPs), render its raw lines, then
 * consent → clean → analyze → score → decide, and serialise its decision record; customers one at a
 * time per worker. {@code java -Xmx1g -cp saakh-bench.jar dev.saakh.bench.UnderwriteBench MSMES
 * CONSUMERS THREADS RUNS}; prints each run's wall time, customers/s and the heap in use.
 */
public final class UnderwriteBench {
  private UnderwriteBench() {}

  public static void main(String[] args) throws Exception {
    int msmes = Integer.parseInt(args[0]);
    int consumers = Integer.parseInt(args[1]);
    int threads = Integer.parseInt(args[2]);
    int runs = Integer.parseInt(args[3]);
    GeneratorConfig cfg =
        GeneratorConfig.defaults(LocalDate.of(2026, 11, 22)).withScale(msmes, consumers);
    Generator generator = new Generator(cfg);
    List<CustomerId> ids = new ArrayList<>();
    for (int i = 1; i <= msmes; i++) {
      ids.add(CustomerId.parse(String.format(Locale.ROOT, "CUST_MSM_%05d", i)));
    }
    for (int i = 1; i <= consumers; i++) {
      ids.add(CustomerId.parse(String.format(Locale.ROOT, "CUST_CON_%05d", i)));
    }
    Clock clock =
        Clock.fixed(OffsetDateTime.parse("2026-11-23T10:00:00+05:30").toInstant(), ZoneOffset.UTC);
    Underwriting uw = new Underwriting(PolicyFile.defaults(), clock);
    for (int run = 0; run <= runs; run++) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      AtomicLong bytes = new AtomicLong();
      long start = System.nanoTime();
      List<Future<?>> work = new ArrayList<>();
      for (CustomerId id : ids) {
        work.add(
            pool.submit(
                () -> {
                  var raw = CustomerFiles.render(generator.model(id), cfg, false).rawLines();
                  Underwriting.Result r = uw.run(id.toString(), raw, Decider.Request.DEFAULT);
                  if (r instanceof Underwriting.Decided d) {
                    bytes.addAndGet(LakeJson.mapper().writeValueAsBytes(d.record()).length);
                  }
                  return null;
                }));
      }
      for (Future<?> f : work) {
        f.get();
      }
      double s = (System.nanoTime() - start) / 1e9;
      pool.shutdown();
      Runtime rt = Runtime.getRuntime();
      System.out.printf(
          Locale.ROOT,
          "%s %d customers in %.2f s (%.0f/s), %d threads, decision JSON %d MB, heap used %d MB of"
              + " max %d MB%n",
          run == 0 ? "warm-up" : "run " + run,
          ids.size(),
          s,
          ids.size() / s,
          threads,
          bytes.get() >> 20,
          (rt.totalMemory() - rt.freeMemory()) >> 20,
          rt.maxMemory() >> 20);
    }
  }
}
