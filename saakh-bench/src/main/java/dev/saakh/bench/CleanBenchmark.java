package dev.saakh.bench;

import dev.saakh.core.clean.CleanResult;
import dev.saakh.core.clean.Cleaner;
import dev.saakh.core.clean.RawLine;
import dev.saakh.core.lake.Dataset;
import java.io.IOException;
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
 * The whole clean stage for one customer, single-threaded, from raw lines in memory (default
 * messiness) to typed records, quarantine, duplicates and balance chains: JSON parsing, value
 * parsers, dedupe, chain walk, narration reading, self-transfer pairing. File I/O excluded.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CleanBenchmark {
  @Param({"CUST_MSM_00004", "CUST_CON_00001"})
  public String customer;

  private Map<Dataset, List<RawLine>> raw;
  private Cleaner cleaner;

  @Setup
  public void setUp() throws IOException {
    raw = RawCustomer.lines(customer);
    cleaner = Cleaner.withDefaults();
    System.out.println(
        "\n" + customer + ": " + raw.get(Dataset.TRANSACTIONS).size() + " raw transactions");
  }

  @Benchmark
  public CleanResult clean() {
    return cleaner.clean(customer, raw);
  }
}
