package dev.saakh.bench;

import dev.saakh.core.analytics.Analysis;
import dev.saakh.core.analytics.CustomerData;
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

/** The ten analytics reports for one cleaned customer, single-threaded, in memory. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AnalyticsBenchmark {
  @Param({"CUST_MSM_00004", "CUST_CON_00001"})
  public String customer;

  private CustomerData data;

  @Setup
  public void setUp() throws IOException {
    Map<Dataset, List<RawLine>> raw = RawCustomer.lines(customer);
    data = CustomerData.of(Cleaner.withDefaults().clean(customer, raw));
    System.out.println("\n" + customer + ": " + data.transactions().size() + " clean transactions");
  }

  @Benchmark
  public Map<String, Object> analyze() {
    return Analysis.run(data);
  }
}
