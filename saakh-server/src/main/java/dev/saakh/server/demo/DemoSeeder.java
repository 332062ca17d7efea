package dev.saakh.server.demo;

import dev.saakh.core.customer.CustomerId;
import dev.saakh.core.customer.Segment;
import dev.saakh.core.pipeline.Underwriting;
import dev.saakh.server.api.ApiException;
import dev.saakh.server.customer.CustomerService;
import dev.saakh.server.security.Caller;
import dev.saakh.server.security.Role;
import dev.saakh.server.security.Tokens;
import dev.saakh.server.security.Users;
import dev.saakh.server.store.CustomerStore;
import dev.saakh.server.store.PolicyStore;
import dev.saakh.synth.config.GeneratorConfig;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo (profile {@code demo}, the default): three users and their published API tokens, the
 * default policy, and a generated population, cleaned and analysed, so a fresh clone can be driven
 * at once. Simulated data only; another profile (e.g. {@code prod}) starts empty.
 */
@Component
@Profile("demo")
@Order(10)
public class DemoSeeder implements ApplicationRunner {
  /** Demo sign-ins: user name = role in lower case, password = this prefix + the user name. */
  public static final String PASSWORD_PREFIX = "saakh-demo-";

  /** Demo bearer tokens: this prefix + the role in lower case. */
  public static final String TOKEN_PREFIX = "saakh-demo-token-";

  private static final Logger LOG = LoggerFactory.getLogger(DemoSeeder.class);
  private final Users users;
  private final Tokens tokens;
  private final PolicyStore policies;
  private final CustomerStore store;
  private final CustomerService service;
  private final Clock clock;
  private final int customers;
  private final long seed;

  public DemoSeeder(
      Users users,
      Tokens tokens,
      PolicyStore policies,
      CustomerStore store,
      CustomerService service,
      Clock clock,
      @Value("${saakh.demo.customers}") int customers,
      @Value("${saakh.demo.seed}") long seed) {
    this.users = users;
    this.tokens = tokens;
    this.policies = policies;
    this.store = store;
    this.service = service;
    this.clock = clock;
    this.customers = customers;
    this.seed = seed;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (Role role : Role.values()) {
      String name = role.name().toLowerCase(java.util.Locale.ROOT);
      if (!users.exists(name)) {
        users.create(name, PASSWORD_PREFIX + name, role);
      }
      String tokenName = "demo-" + name;
      if (!tokens.anyFor(tokenName)) {
        tokens.store(tokenName, role, "saakh-demo", TOKEN_PREFIX + name);
      }
    }
    policies.active();
    if (!store.ids(1).isEmpty()) {
      return;
    }
    LocalDate asOf = LocalDate.ofInstant(clock.instant(), Underwriting.IST);
    GeneratorConfig config = GeneratorConfig.defaults(asOf).withSeed(seed);
    Caller demo = new Caller("saakh-demo", Role.UNDERWRITER);
    long started = System.nanoTime();
    List<String> refused = new ArrayList<>();
    for (String id : ids(customers)) {
      service.simulateFetch(demo, id, config);
      try {
        service.clean(demo, id);
        service.analyze(demo, id);
      } catch (ApiException e) {
        // The generator gives some customers no usable consent, as real portfolios have; the gate
        // refuses them here exactly as it will refuse any request for them.
        refused.add(id + " (" + e.getMessage() + ")");
      }
    }
    if (!refused.isEmpty()) {
      LOG.info("demo: not cleaned, the consent gate refused: {}", refused);
    }
    LOG.info(
        "demo: generated, cleaned and analysed {} customers (seed {}, as of {}) in {} ms",
        customers,
        seed,
        asOf,
        (System.nanoTime() - started) / 1_000_000);
  }

  /** Half MSMEs, half consumers (MSMEs first when odd). */
  static List<String> ids(int n) {
    List<String> ids = new ArrayList<>();
    int msme = (n + 1) / 2;
    for (int i = 1; i <= msme; i++) {
      ids.add(new CustomerId(Segment.MSME, i).toString());
    }
    for (int i = 1; i <= n - msme; i++) {
      ids.add(new CustomerId(Segment.CONSUMER, i).toString());
    }
    return ids;
  }
}
