package dev.saakh.bench;

import dev.saakh.core.clean.CleanResult;
import dev.saakh.core.clean.Cleaner;
import dev.saakh.core.clean.RawLine;
import dev.saakh.core.customer.CustomerId;
import dev.saakh.core.lake.Dataset;
import dev.saakh.synth.Generator;
import dev.saakh.synth.config.GeneratorConfig;
import dev.saakh.synth.render.CustomerFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
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
    Generator generator =
        new Generator(GeneratorConfig.defaults(LocalDate.of(2026, 11, 22)).withScale(10, 10));
    CustomerFiles files =
        CustomerFiles.render(
            generator.model(CustomerId.parse(customer)), generator.config(), false);
    raw = new EnumMap<>(Dataset.class);
    for (Dataset d : Dataset.values()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      files.writeRaw(d, out);
      List<RawLine> lines = new ArrayList<>();
      for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
        if (!line.isEmpty()) {
          lines.add(RawLine.of(lines.size() + 1, line));
        }
      }
      raw.put(d, lines);
    }
    cleaner = Cleaner.withDefaults();
    System.out.println(
        "\n" + customer + ": " + raw.get(Dataset.TRANSACTIONS).size() + " raw transactions");
  }

  @Benchmark
  public CleanResult clean() {
    return cleaner.clean(customer, raw);
  }
}
