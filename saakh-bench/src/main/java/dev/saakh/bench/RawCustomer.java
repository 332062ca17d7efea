package dev.saakh.bench;

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

/** One generated customer's raw lake lines in memory (default messiness), for the benchmarks. */
final class RawCustomer {
  private RawCustomer() {}

  static Map<Dataset, List<RawLine>> lines(String customer) throws IOException {
    Generator generator =
        new Generator(GeneratorConfig.defaults(LocalDate.of(2026, 11, 22)).withScale(10, 10));
    CustomerFiles files =
        CustomerFiles.render(
            generator.model(CustomerId.parse(customer)), generator.config(), false);
    Map<Dataset, List<RawLine>> raw = new EnumMap<>(Dataset.class);
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
    return raw;
  }
}
