package dev.saakh.bench;

import dev.saakh.core.clean.RawLine;
import dev.saakh.core.decide.Decider;
import dev.saakh.core.lake.Dataset;
import dev.saakh.core.pipeline.Underwriting;
import dev.saakh.core.policy.PolicyFile;
import java.io.IOException;
import java.time.Clock;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * One customer from raw lines to decision record, single-threaded, in memory: consent check, clean,
 * analyze (with behavioural features), score, decide and the offer's Key Facts Statement.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PipelineBenchmark {
  @Param({"CUST_MSM_00004", "CUST_CON_00001"})
  public String customer;

  private Map<Dataset, List<RawLine>> raw;
  private Underwriting underwriting;

  @Setup
  public void setUp() throws IOException {
    raw = RawCustomer.lines(customer);
    Clock clock =
        Clock.fixed(OffsetDateTime.parse("2026-11-23T10:00:00+05:30").toInstant(), ZoneOffset.UTC);
    underwriting = new Underwriting(PolicyFile.defaults(), clock);
    System.out.println(
        "\n" + customer + ": " + raw.get(Dataset.TRANSACTIONS).size() + " raw transactions");
  }

  @Benchmark
  public Underwriting.Result underwrite() {
    return underwriting.run(customer, raw, Decider.Request.DEFAULT);
  }
}
