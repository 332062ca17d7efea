package dev.saakh.bench;

import dev.saakh.core.customer.CustomerId;
import dev.saakh.core.customer.Segment;
import dev.saakh.synth.Generator;
import dev.saakh.synth.config.GeneratorConfig;
import dev.saakh.synth.model.CustomerModel;
import dev.saakh.synth.render.CustomerFiles;
import java.time.LocalDate;
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
 * One MSME customer (high growth, the busiest profile) built and rendered, single-threaded: the
 * per-customer cost that the end-to-end benchmark multiplies.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GeneratorBenchmark {
  @Param({"CUST_MSM_00004", "CUST_CON_00001"})
  public String customer;

  private Generator generator;
  private CustomerId id;
  private CustomerModel model;

  @Setup
  public void setUp() {
    generator =
        new Generator(GeneratorConfig.defaults(LocalDate.of(2026, 11, 22)).withScale(10, 10));
    id = CustomerId.parse(customer);
    model = generator.model(id);
    if (id.segment() == Segment.MSME && model.transactions().size() < 500) {
      throw new IllegalStateException(
          "benchmark customer is too small: " + model.transactions().size());
    }
  }

  @Benchmark
  public CustomerModel model() {
    return generator.model(id);
  }

  @Benchmark
  public CustomerFiles render() {
    return CustomerFiles.render(model, generator.config(), false);
  }
}
