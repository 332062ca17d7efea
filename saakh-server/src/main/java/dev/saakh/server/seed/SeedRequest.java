package dev.saakh.server.seed;

import dev.saakh.server.customer.CustomerService;
import java.util.Locale;
import java.util.Set;

/**
 * The body of the seed's pipeline calls, {@code {"customer_id": "CUST_MSM_00001"}}; any other field
 * is refused (400 {@code unknown-field}) by the API's JSON mapping.
 */
record SeedRequest(String customerId) {
  /** What the seed's bulk examples sent instead of one id; refused like a missing id. */
  static final Set<String> BULK = Set.of("all", "*");

  /**
   * The one customer a seed request names, checked: missing, null, blank or a bulk word ({@code
   * all}, {@code *}) is 400 {@code customer-id-required}; a malformed id 400 {@code
   * bad-customer-id}.
   */
  static String customerId(String given) {
    if (given != null && BULK.contains(given.trim().toLowerCase(Locale.ROOT))) {
      return CustomerService.requireId(null);
    }
    return CustomerService.requireId(given);
  }

  static String customerId(SeedRequest body) {
    return customerId(body == null ? null : body.customerId());
  }
}
