package dev.saakh.server.fetch;

import dev.saakh.core.clean.RawLine;
import dev.saakh.core.customer.CustomerId;
import dev.saakh.core.lake.Dataset;
import dev.saakh.core.pipeline.Underwriting;
import dev.saakh.synth.Generator;
import dev.saakh.synth.config.GeneratorConfig;
import dev.saakh.synth.render.CustomerFiles;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The customer's profile (the {@code customers} record: segment, business, directors) is the
 * lender's own onboarding data, not FI data, so no AA delivers it. With the simulator on (the
 * demo), the onboarding record is the generator's, for the same seed the simulated FIPs use; in
 * production none is invented: the record is left out and the segment comes from the customer id.
 */
@Component
class Profiles {
  private final boolean simulated;
  private final long seed;
  private final Clock clock;

  Profiles(
      @Value("${saakh.simulator.enabled:false}") boolean simulated,
      @Value("${saakh.demo.seed:42}") long seed,
      Clock clock) {
    this.simulated = simulated;
    this.seed = seed;
    this.clock = clock;
  }

  /** The profile's raw lines for the customer (none outside the demo). */
  List<RawLine> of(String customerId) {
    if (!simulated) {
      return List.of();
    }
    LocalDate asOf = LocalDate.ofInstant(clock.instant(), Underwriting.IST);
    GeneratorConfig config = GeneratorConfig.defaults(asOf).withSeed(seed);
    return CustomerFiles.render(
            new Generator(config).model(CustomerId.parse(customerId)), config, false)
        .rawLines()
        .getOrDefault(Dataset.CUSTOMERS, List.of());
  }
}
