package dev.saakh.server.simulator;

import java.util.Arrays;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Stops the start-up when the simulator is switched on in production: it signs consents with a key
 * made on this machine and serves generated data as if banks had sent it.
 */
@Component
@ConditionalOnProperty(name = "saakh.simulator.enabled", havingValue = "true")
class SimulatorGuard {
  SimulatorGuard(Environment env) {
    check(env.getActiveProfiles());
  }

  static void check(String[] activeProfiles) {
    if (Arrays.asList(activeProfiles).contains("prod")) {
      throw new IllegalStateException(
          "saakh.simulator.enabled=true with the prod profile active: the built-in AA/FIP"
              + " simulator must never run in production; set saakh.simulator.enabled=false");
    }
  }
}
