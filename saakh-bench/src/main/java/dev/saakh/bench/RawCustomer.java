package dev.saakh.bench;

import dev.saakh.core.clean.RawLine;
import dev.saakh.core.customer.CustomerId;
import dev.saakh.core.lake.Dataset;
import dev.saakh.synth.Generator;
import dev.saakh.synth.config.GeneratorConfig;
import dev.saakh.synth.render.CustomerFiles;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** One generated customer's raw lake lines in memory (default messiness), for the benchmarks. */
final class RawCustomer {
  private static final Generator GENERATOR =
      new Generator(GeneratorConfig.defaults(LocalDate.of(2026, 11, 22)).withScale(10, 10));

  private RawCustomer() {}

  /** Generates and renders the customer; the generator is built once and shared. */
  static Map<Dataset, List<RawLine>> lines(String customer) throws IOException {
    return CustomerFiles.render(
            GENERATOR.model(CustomerId.parse(customer)), GENERATOR.config(), false)
        .rawLines();
  }
}
