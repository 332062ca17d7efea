package dev.saakh.bench;

import dev.saakh.core.clean.RawIndex;
import dev.saakh.core.clean.RawLine;
import dev.saakh.core.customer.CustomerId;
import dev.saakh.core.decide.Decider;
import dev.saakh.core.lake.Dataset;
import dev.saakh.core.lake.LakeLayout;
import dev.saakh.core.pipeline.Underwriting;
import dev.saakh.core.policy.PolicyFile;
import dev.saakh.synth.Generator;
import dev.saakh.synth.config.GeneratorConfig;
import dev.saakh.synth.lake.LakeWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One customer to decision record, single-threaded: from its raw lines in memory ({@link
 * #underwrite}), from reading them out of a lake on disk ({@link #readLakeAndUnderwrite}, the files
 * in the page cache) or from generating them ({@link #generateAndUnderwrite}): consent check,
 * clean, analyze (with behavioural features), score, decide and the offer's Key Facts Statement.
 * Eight warm-up iterations: the JIT is still improving these paths after five.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(3)
public class PipelineBenchmark {
  @Param({"CUST_MSM_00004", "CUST_CON_00001"})
  public String customer;

  private Map<Dataset, List<RawLine>> raw;
  private Underwriting underwriting;
  private Path lake;
  private RawIndex index;

  @Setup
  public void setUp() throws IOException {
    raw = RawCustomer.lines(customer);
    Clock clock =
        Clock.fixed(OffsetDateTime.parse("2026-11-23T10:00:00+05:30").toInstant(), ZoneOffset.UTC);
    underwriting = new Underwriting(PolicyFile.defaults(), clock);
    lake = Files.createTempDirectory("saakh-bench-lake");
    Generator generator =
        new Generator(GeneratorConfig.defaults(LocalDate.of(2026, 11, 22)).withScale(10, 10));
    new LakeWriter(generator, 1, false)
        .write(List.of(CustomerId.parse(customer)), lake, true, done -> {});
    index = RawIndex.scan(new LakeLayout(lake));
    System.out.println(
        "\n" + customer + ": " + raw.get(Dataset.TRANSACTIONS).size() + " raw transactions");
  }

  @Benchmark
  public Underwriting.Result underwrite() {
    return underwriting.run(customer, raw, Decider.Request.DEFAULT);
  }

  /** The same with the customer's lines read from the lake's raw files, as the CLI reads them. */
  @Benchmark
  public Underwriting.Result readLakeAndUnderwrite() throws IOException {
    return underwriting.run(customer, index.read(customer), Decider.Request.DEFAULT);
  }

  @TearDown
  public void deleteLake() throws IOException {
    try (var files = Files.walk(lake)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /** The same from generation: the simulated FIPs build and render the customer's raw lines. */
  @Benchmark
  public Underwriting.Result generateAndUnderwrite() throws IOException {
    return underwriting.run(customer, RawCustomer.lines(customer), Decider.Request.DEFAULT);
  }
}
