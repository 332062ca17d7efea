package dev.saakh.server.simulator;

import dev.saakh.core.bank.Account;
import dev.saakh.core.clean.RawLine;
import dev.saakh.core.customer.CustomerId;
import dev.saakh.core.lake.Dataset;
import dev.saakh.core.pipeline.Underwriting;
import dev.saakh.synth.Generator;
import dev.saakh.synth.config.GeneratorConfig;
import dev.saakh.synth.model.CustomerModel;
import dev.saakh.synth.render.CustomerFiles;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * What the simulated FIPs hold for a customer: the generator's raw lines and accounts for the
 * demo's seed ({@code saakh.demo.seed}) as of today in India, the same data a simulated fetch
 * stores. Kept per customer and day (the generator is deterministic, so this only saves time).
 */
@Component
@ConditionalOnProperty(name = "saakh.simulator.enabled", havingValue = "true")
class CustomerData {
  /** One customer's generated data. */
  record Held(String customerId, Map<Dataset, List<RawLine>> raw, List<Account> accounts) {
    Held {
      raw = Map.copyOf(raw);
      accounts = List.copyOf(accounts);
    }

    List<RawLine> lines(Dataset d) {
      return raw.getOrDefault(d, List.of());
    }
  }

  private final long seed;
  private final Clock clock;
  private final Map<String, Held> cache = new ConcurrentHashMap<>();

  CustomerData(@Value("${saakh.demo.seed:42}") long seed, Clock clock) {
    this.seed = seed;
    this.clock = clock;
  }

  /**
   * The customer's data; {@code id} must be a Saakh customer id ({@link IllegalArgumentException}
   * otherwise).
   */
  Held of(String id) {
    CustomerId parsed = CustomerId.parse(id);
    LocalDate asOf = LocalDate.ofInstant(clock.instant(), Underwriting.IST);
    if (cache.size() > 64) {
      cache.clear();
    }
    return cache.computeIfAbsent(asOf + "/" + id, k -> generate(parsed, asOf));
  }

  private Held generate(CustomerId id, LocalDate asOf) {
    GeneratorConfig config = GeneratorConfig.defaults(asOf).withSeed(seed);
    CustomerModel model = new Generator(config).model(id);
    return new Held(
        model.customerId(),
        CustomerFiles.render(model, config, false).rawLines(),
        CustomerFiles.accounts(model));
  }

  /** The Saakh customer id in an AA customer id ({@code CUST_MSME_00009@saakh-sim}). */
  static String customerOf(String aaCustomerId) {
    int at = aaCustomerId.indexOf('@');
    return (at < 0 ? aaCustomerId : aaCustomerId.substring(0, at)).trim();
  }
}
